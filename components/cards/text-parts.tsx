import type { TextPart } from "./card-view";

/** Text parts as inline nodes: a <time> for a date, a span with lang around a German-only name. */
export function TextParts({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) =>
    part.time ? (
      <time key={index} dateTime={part.time} lang={part.lang}>
        {part.text}
      </time>
    ) : part.lang ? (
      <span key={index} lang={part.lang}>
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}
