import { addDays, berlinDay, dateColumnDay, startOfBerlinDay } from "@/lib/dates";

/**
 * A programme's application status is derived from its dates, never stored:
 * - upcoming: the application start lies in the future
 * - closed: the deadline day has passed (it is open through the whole deadline day, Berlin time)
 * - rolling: open without a deadline ("laufend")
 * - open: open with a deadline
 */
export const PROGRAMME_STATUSES = ["open", "rolling", "upcoming", "closed"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export interface ProgrammeDates {
  applicationStart: Date | null;
  deadline: Date | null;
}

export function deriveProgrammeStatus(dates: ProgrammeDates, now: Date = new Date()): ProgrammeStatus {
  const today = berlinDay(now);
  if (dates.deadline && dateColumnDay(dates.deadline) < today) return "closed";
  if (dates.applicationStart && dateColumnDay(dates.applicationStart) > today) return "upcoming";
  return dates.deadline ? "open" : "rolling";
}

/**
 * The next instant at which the derived status changes, or null if it never will.
 * Caches of pages showing a status must expire no later than this.
 */
export function nextStatusChange(dates: ProgrammeDates, now: Date = new Date()): Date | null {
  const today = berlinDay(now);
  const boundaries: string[] = [];
  if (dates.applicationStart) boundaries.push(dateColumnDay(dates.applicationStart));
  // Closed from the day after the deadline.
  if (dates.deadline) boundaries.push(addDays(dateColumnDay(dates.deadline), 1));
  const future = boundaries.filter((day) => day > today).sort();
  return future[0] ? startOfBerlinDay(future[0]) : null;
}
