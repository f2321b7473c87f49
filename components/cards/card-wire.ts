import type { CardView } from "./card-view";

// How a card travels in the flight payload: the CardView with one- and two-letter keys. A list of
// 20 cards repeats some thirty keys per card, twice escaped in the inline payload (about 3 KB on a
// results page; docs/architecture.md, "Page weight"). Values are untouched. Packed by LocalCard on
// the server, unpacked by the Card client component, so everything else reads the CardView.
const SHORT_KEYS = {
  href: "h",
  heading: "g",
  title: "t",
  highlighted: "hl",
  logo: "o",
  above: "a",
  status: "s",
  below: "b",
  summary: "m",
  facts: "f",
  notes: "n",
  footer: "z",
  titleLang: "tl",
  summaryLang: "sl",
  langNote: "ln",
  tone: "c",
  parts: "p",
  text: "x",
  time: "d",
  lang: "l",
  label: "k",
  countdown: "cd",
  days: "dy",
  detail: "dt",
  value: "v",
  src: "sr",
  srcSet: "ss",
  sizes: "sz",
  width: "w",
  height: "ht",
} as const;

const LONG_KEYS: Record<string, string> = Object.fromEntries(Object.entries(SHORT_KEYS).map(([long, short]) => [short, long]));

/** A CardView with short keys; only unpackCard reads it. */
export type CardWire = { readonly [short: string]: unknown };

function rename(value: unknown, keys: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rename(item, keys));
  if (value === null || typeof value !== "object") return value;
  const renamed: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const to = keys[key];
    // A new CardView field must get its short key here, or it would silently not reach the card.
    if (!to) throw new Error(`card-wire: no short key for "${key}"`);
    renamed[to] = rename(item, keys);
  }
  return renamed;
}

export const packCard = (view: CardView): CardWire => rename(view, SHORT_KEYS) as CardWire;

export const unpackCard = (wire: CardWire): CardView => rename(wire, LONG_KEYS) as CardView;
