import { Fragment, type ReactNode } from "react";
import type { LocalizedText } from "@/lib/content/translations";

// Private-use characters around a value's index: they survive ICU formatting untouched and never
// occur in a catalogue text, so the formatted message splits exactly at the values.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * A message in the reader's language with values in their own: each value whose `lang` is set (the
 * German original of a title, a Kreis, an organisation on a French page) is wrapped in a span with
 * that lang; `format` is the message's translator call with the values (issue 20).
 */
export function markedMessage(values: Record<string, LocalizedText>, format: (values: Record<string, string>) => string): ReactNode {
  const names = Object.keys(values);
  if (names.every((name) => !values[name]!.lang)) return format(Object.fromEntries(names.map((name) => [name, values[name]!.text])));
  const text = format(Object.fromEntries(names.map((name, index) => [name, values[name]!.lang ? `${OPEN}${index}${CLOSE}` : values[name]!.text])));
  // split with a capture group alternates text and value index: [text, index, text, …]
  return text.split(MARKER).map((part, index) => {
    if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
    const value = values[names[Number(part)]!]!;
    return (
      <span key={index} lang={value.lang}>
        {value.text}
      </span>
    );
  });
}
