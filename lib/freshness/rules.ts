import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";

// The dashboard's thresholds in one place (issue 4, item 8).
export const STALE_AFTER_DAYS = 90;
export const DEADLINE_WINDOW_DAYS = 30;
export const SECTION_LIMIT = 20;

/**
 * Entries verified before this instant are overdue: their verification day lies more than
 * STALE_AFTER_DAYS Berlin calendar days back (verified exactly 90 days ago is still fine).
 */
export function staleBefore(now: Date): Date {
  return startOfBerlinDay(addDays(berlinDay(now), -STALE_AFTER_DAYS));
}

/** The deadline window as DATE-column values: today through today + DEADLINE_WINDOW_DAYS. */
export function deadlineWindow(now: Date): { from: Date; to: Date; today: string } {
  const today = berlinDay(now);
  return { today, from: dateColumn(today), to: dateColumn(addDays(today, DEADLINE_WINDOW_DAYS)) };
}

/** A DATE column compares against UTC midnight of its calendar day. */
export const dateColumn = (day: string) => new Date(`${day}T00:00:00.000Z`);
