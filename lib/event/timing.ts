// Whether an event is past is derived from its end at render time, never stored: a cached card
// carries only its instants, and the pages that split upcoming from past expire their render at
// the next end (docs/architecture.md, "Caching and freshness").

type Timed = { endsAt: string };

/** An event is past once its end has passed. */
export const isPastEvent = (event: Timed, now: Date = new Date()): boolean => Date.parse(event.endsAt) <= now.getTime();

/** The earliest end still ahead: the instant a list of these events next changes; null if none. */
export function nextEventEnd(events: readonly Timed[], now: Date = new Date()): Date | null {
  let next: number | null = null;
  for (const event of events) {
    const end = Date.parse(event.endsAt);
    if (end > now.getTime() && (next === null || end < next)) next = end;
  }
  return next === null ? null : new Date(next);
}
