import { addDays, berlinDay } from "@/lib/dates";
import type { ProgrammeStatus } from "./status";

// /fristen: the deadlines still ahead (today's included, the programme is open through its whole
// deadline day), grouped by month, and the month grid of its calendar view. Pure functions over
// Berlin calendar days (YYYY-MM-DD strings), so the server's time zone never matters.

/** How many months ahead the calendar view can be paged (and the cache keys it allows). */
export const CALENDAR_MONTHS_AHEAD = 24;

export interface DeadlineRow {
  slug: string;
  title: string;
  deadline: string | null;
  status: ProgrammeStatus;
  daysLeft: number | null;
}

export type UpcomingDeadline<R extends DeadlineRow> = R & { deadline: string };

/** Rows whose deadline is today or later, by deadline, then title. */
export function upcomingDeadlines<R extends DeadlineRow>(rows: readonly R[], now: Date = new Date()): UpcomingDeadline<R>[] {
  const today = berlinDay(now);
  return rows
    .filter((row): row is UpcomingDeadline<R> => row.deadline !== null && row.deadline >= today)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title, "de"));
}

/** Consecutive groups per month ("2027-01"), in the rows' order. */
export function groupByMonth<R extends { deadline: string }>(rows: readonly R[]): { month: string; rows: R[] }[] {
  const groups: { month: string; rows: R[] }[] = [];
  for (const row of rows) {
    const month = row.deadline.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.rows.push(row);
    else groups.push({ month, rows: [row] });
  }
  return groups;
}

/** The month as YYYY-MM plus `offset` months. */
export function shiftMonth(month: string, offset: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + offset, 1)).toISOString().slice(0, 7);
}

/** The months the calendar view shows: this Berlin month and the next CALENDAR_MONTHS_AHEAD. */
export function calendarMonths(now: Date = new Date()): string[] {
  const current = berlinDay(now).slice(0, 7);
  return Array.from({ length: CALENDAR_MONTHS_AHEAD + 1 }, (_, i) => shiftMonth(current, i));
}

/** Weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = `${month}-01`;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length }, (_, i) => addDays(first, i))];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
