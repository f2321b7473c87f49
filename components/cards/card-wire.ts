import type { CardView, FactView, TextPart } from "./card-view";

// How a card travels in the flight payload: the CardView with one- and two-letter keys, and each
// fact as a [label, value or parts, lang] tuple. A list of 20 cards repeats some thirty keys per
// card, twice escaped in the inline payload (about 4 KB on a results page; docs/architecture.md,
// "Page weight"). Values are untouched. Packed by LocalCard on the server, unpacked by the Card
// client component, so everything else reads the CardView.
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

/** A fact: its value as a text, or as parts (short keys) when only part of it is German. */
type FactWire = [label: string, value: string | unknown[], lang?: "de"];

function packFact({ label, value, parts, lang }: FactView): FactWire {
  const wire: FactWire = [label, parts ? (rename(parts, SHORT_KEYS) as unknown[]) : value];
  if (lang) wire.push(lang);
  return wire;
}

function unpackFact([label, value, lang]: FactWire): FactView {
  const fact: FactView = typeof value === "string" ? { label, value } : { label, parts: rename(value, LONG_KEYS) as TextPart[] };
  return lang ? { ...fact, lang } : fact;
}

export function packCard({ facts, ...view }: CardView): CardWire {
  const wire = rename(view, SHORT_KEYS) as Record<string, unknown>;
  if (facts) wire[SHORT_KEYS.facts] = facts.map(packFact);
  return wire;
}

export function unpackCard(wire: CardWire): CardView {
  const { [SHORT_KEYS.facts]: facts, ...rest } = wire;
  const view = rename(rest, LONG_KEYS) as CardView;
  return facts ? { ...view, facts: (facts as FactWire[]).map(unpackFact) } : view;
}
