import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";
import { PublicationStatus } from "@/lib/db/enums";

// The freshness thresholds in one place: the /redaktion dashboard, the editor lists' filters
// (`ungeprueft=1`, `frist=30`) and the "not verified" hints all read them from here, so a list
// reached from a dashboard link shows exactly the entries the dashboard counted.
export const STALE_AFTER_DAYS = 90;
export const DEADLINE_WINDOW_DAYS = 30;
export const SECTION_LIMIT = 20;

/**
 * Entries verified before this instant are overdue: their verification day lies more than
 * STALE_AFTER_DAYS Berlin calendar days back (verified exactly 90 days ago is still fine).
 */
export function staleBefore(now: Date = new Date()): Date {
  return startOfBerlinDay(addDays(berlinDay(now), -STALE_AFTER_DAYS));
}

/**
 * Where-fragment (any content table): not verified for more than STALE_AFTER_DAYS Berlin days, or
 * never (null). Wrapped in AND so it can be spread next to a caller's own OR.
 */
export const staleWhere = (now: Date = new Date()) => ({
  AND: [{ OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: staleBefore(now) } }] }],
});

/** Whether a "zuletzt geprüft" instant is overdue; never checked (null) always is. */
export const isStale = (lastVerifiedAt: Date | string | null, now: Date = new Date()) =>
  lastVerifiedAt === null || new Date(lastVerifiedAt) < staleBefore(now);

/** The deadline window as DATE-column values: today through today + DEADLINE_WINDOW_DAYS. */
export function deadlineWindow(now: Date): { from: Date; to: Date; today: string } {
  const today = berlinDay(now);
  return { today, from: dateColumn(today), to: dateColumn(addDays(today, DEADLINE_WINDOW_DAYS)) };
}

/**
 * Where-fragment (programmes): the deadline lies in the window. Archived programmes are left out:
 * nobody has to act on their deadline any more.
 */
export function upcomingDeadlineWhere(now: Date = new Date()) {
  const { from, to } = deadlineWindow(now);
  return { status: { not: PublicationStatus.ARCHIVED }, deadline: { gte: from, lte: to } };
}

/** A DATE column compares against UTC midnight of its calendar day. */
export const dateColumn = (day: string) => new Date(`${day}T00:00:00.000Z`);
