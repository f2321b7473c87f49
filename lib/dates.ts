// Calendar dates are always interpreted in Europe/Berlin, never in the server's timezone.
export const TIME_ZONE = "Europe/Berlin";

const isoDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Berlin calendar day of an instant, as YYYY-MM-DD. */
export function berlinDay(instant: Date = new Date()): string {
  return isoDay.format(instant);
}

/** A DATE column comes back as UTC midnight; its calendar day is the UTC date part. */
export function dateColumnDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** The instant at which the given Berlin calendar day begins (handles DST). */
export function startOfBerlinDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  // Start from UTC midnight and correct by the Berlin offset at that moment (+1 or +2 hours).
  const guess = new Date(Date.UTC(y, m - 1, d));
  const offsetMinutes = berlinOffsetMinutes(guess);
  const candidate = new Date(guess.getTime() - offsetMinutes * 60_000);
  const correction = berlinOffsetMinutes(candidate);
  return correction === offsetMinutes ? candidate : new Date(guess.getTime() - correction * 60_000);
}

/** Adds whole calendar days to a YYYY-MM-DD string. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function berlinOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TIME_ZONE,
    timeZoneName: "longOffset",
  }).formatToParts(instant);
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** dateColumnDay for nullable DATE columns. */
export function optionalDateColumnDay(value: Date | null): string | null {
  return value ? dateColumnDay(value) : null;
}
