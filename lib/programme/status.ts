import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";

/**
 * A programme's application status is derived from its dates, never stored:
 * - upcoming: the application start lies in the future
 * - closed: the deadline day has passed (it is open through the whole deadline day, Berlin time)
 * - rolling: open without a deadline ("laufend")
 * - open: open with a deadline
 */
export const PROGRAMME_STATUSES = ["open", "rolling", "upcoming", "closed"] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** Display order wherever programmes are listed by status: applicable now first, closed last. */
export const STATUS_RANK: Record<ProgrammeStatus, number> = { open: 0, rolling: 1, upcoming: 2, closed: 3 };

/** Calendar days as YYYY-MM-DD (Europe/Berlin), as carried by the DTOs. */
export interface ProgrammeDays {
  applicationStart: string | null;
  deadline: string | null;
}

export function deriveProgrammeStatus(days: ProgrammeDays, now: Date = new Date()): ProgrammeStatus {
  const today = berlinDay(now);
  if (days.deadline && days.deadline < today) return "closed";
  if (days.applicationStart && days.applicationStart > today) return "upcoming";
  return days.deadline ? "open" : "rolling";
}

/**
 * The next instant at which the derived status changes, or null if it never will.
 * Caches of pages showing a status must expire no later than this.
 */
export function nextStatusChange(days: ProgrammeDays, now: Date = new Date()): Date | null {
  const today = berlinDay(now);
  const boundaries: string[] = [];
  if (days.applicationStart) boundaries.push(days.applicationStart);
  // Closed from the day after the deadline.
  if (days.deadline) boundaries.push(addDays(days.deadline, 1));
  const future = boundaries.filter((day) => day > today).sort();
  return future[0] ? startOfBerlinDay(future[0]) : null;
}

/** The earliest status change among several programmes (a page listing them expires then). */
export function earliestStatusChange(programmes: readonly ProgrammeDays[], now: Date = new Date()): Date | null {
  const changes = programmes.map((p) => nextStatusChange(p, now)).filter((d): d is Date => d !== null);
  return changes.length ? new Date(Math.min(...changes.map((d) => d.getTime()))) : null;
}
