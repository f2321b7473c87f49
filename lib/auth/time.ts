import { TIME_ZONE } from "@/lib/dates";

// A wall-clock time in Berlin ("14:35"), for messages like the end of a sign-in lockout.
const clock = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });

/** Rounded up to the full minute: "ab 14:35 Uhr" must not name a moment that is still locked. */
export function formatClockTimeUp(instant: Date): string {
  return clock.format(new Date(Math.ceil(instant.getTime() / 60_000) * 60_000));
}
