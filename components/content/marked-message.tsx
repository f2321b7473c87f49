import { Fragment, type ReactNode } from "react";
import type { TextPart } from "@/components/cards/card-view";
import type { LocalizedText } from "@/lib/content/translations";

// Private-use characters around a value's index: they survive ICU formatting untouched and never
// occur in a catalogue text, so the formatted message splits exactly at the values.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * A message in the reader's language with values in their own, as text parts: each value whose
 * `lang` is set (the German original of a title, a Kreis, an organisation on a French page) is a
 * part with that lang; `format` is the message's translator call with the values (issue 20).
 */
export function markedParts(values: Record<string, LocalizedText>, format: (values: Record<string, string>) => string): TextPart[] {
  const names = Object.keys(values);
  const text = format(Object.fromEntries(names.map((name, index) => [name, values[name]!.lang ? `${OPEN}${index}${CLOSE}` : values[name]!.text])));
  // split with a capture group alternates text and value index: [text, index, text, …]
  return text.split(MARKER).flatMap((part, index): TextPart[] => {
    if (index % 2 === 0) return part ? [{ text: part }] : [];
    const value = values[names[Number(part)]!]!;
    return [{ text: value.text, lang: value.lang }];
  });
}

/** markedMessage's parts as React nodes: a span with lang around each German value. */
export function markedMessage(values: Record<string, LocalizedText>, format: (values: Record<string, string>) => string): ReactNode {
  const parts = markedParts(values, format);
  if (parts.every((part) => !part.lang)) return parts.map((part) => part.text).join("");
  return parts.map((part, index) =>
    part.lang ? (
      <span key={index} lang={part.lang}>
        {part.text}
      </span>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
