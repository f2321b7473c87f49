// Calendar dates are always interpreted in Europe/Berlin, never in the server's timezone.
export const TIME_ZONE = "Europe/Berlin";

const isoDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Berlin calendar day of an instant, as YYYY-MM-DD. */
/** The calendar year in Berlin: 2025-12-31T23:30Z is already 2026 there. */
export const berlinYear = (now: Date = new Date()): number => Number(berlinDay(now).slice(0, 4));

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

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a Berlin wall-clock time "YYYY-MM-DDTHH:mm" (what <input type="datetime-local">
 * sends). Corrected by the Berlin offset like startOfBerlinDay, so it is right in any server zone.
 */
export function berlinLocalToInstant(local: string): Date {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) throw new Error(`not a local date-time: ${local}`);
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  const guess = new Date(Date.UTC(y, m - 1, d, h, min));
  const offsetMinutes = berlinOffsetMinutes(guess);
  const candidate = new Date(guess.getTime() - offsetMinutes * 60_000);
  const correction = berlinOffsetMinutes(candidate);
  return correction === offsetMinutes ? candidate : new Date(guess.getTime() - correction * 60_000);
}

const localParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Berlin wall-clock time of an instant as "YYYY-MM-DDTHH:mm" (the form's value). */
export function instantToBerlinLocal(instant: Date): string {
  const parts = Object.fromEntries(localParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Whether "YYYY-MM-DDTHH:mm" names a real calendar day and time. */
export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return false;
  const [y, m, d, h, min] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && h < 24 && min < 60;
}

/** The earliest of some instants, ignoring the missing ones (null when none is given). */
export function earliestInstant(instants: readonly (Date | null)[]): Date | null {
  return instants.reduce<Date | null>((min, instant) => (instant && (!min || instant < min) ? instant : min), null);
}

/**
 * An instant as ISO 8601 with the Berlin offset of that moment, e.g. "2026-11-20T18:00:00+01:00"
 * (structured data and feeds that should show the local time, not UTC).
 */
export function berlinIsoWithOffset(instant: Date): string {
  const offset = berlinOffsetMinutes(instant);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hours = String(Math.floor(abs / 60)).padStart(2, "0");
  const minutes = String(abs % 60).padStart(2, "0");
  const seconds = String(new Date(instant.getTime() + offset * 60_000).getUTCSeconds()).padStart(2, "0");
  return `${instantToBerlinLocal(instant)}:${seconds}${sign}${hours}:${minutes}`;
}
