import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";
import { deriveProgrammeStatus, nextStatusChange, type ProgrammeDays, type ProgrammeStatus } from "./status";

/** Deadlines this close are counted down on cards ("Endet in 6 Tagen"). */
export const DEADLINE_COUNTDOWN_DAYS = 14;

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** How far ahead a countdown is shown: cards only near deadlines, a detail page always. */
export type CountdownWindow = { within?: number };

/** A programme's own page counts every open deadline down ("Endet in 45 Tagen"). */
export const DETAIL_COUNTDOWN: CountdownWindow = { within: Number.POSITIVE_INFINITY };

/**
 * Whole Berlin calendar days left until an open programme's deadline (0: ends today), or null when
 * there is nothing to count down: no deadline, not open now, or more than `within` (default 14)
 * days away. Computed from the same Berlin "today" as the status, so a page cached until midnight
 * (the midnight job expires the programme tag) never shows a countdown that disagrees with its status.
 */
export function deadlineDaysLeft(days: ProgrammeDays, now: Date = new Date(), { within = DEADLINE_COUNTDOWN_DAYS }: CountdownWindow = {}): number | null {
  if (!days.deadline || deriveProgrammeStatus(days, now) !== "open") return null;
  const left = dayNumber(days.deadline) - dayNumber(berlinDay(now));
  return left <= within ? left : null;
}

/** Status and countdown from one "now", as every programme card shows them. */
export function programmeTiming(days: ProgrammeDays, now: Date = new Date(), window: CountdownWindow = {}): { status: ProgrammeStatus; daysLeft: number | null } {
  return { status: deriveProgrammeStatus(days, now), daysLeft: deadlineDaysLeft(days, now, window) };
}

/**
 * The next instant at which a card's status or countdown changes: like nextStatusChange, and every
 * Berlin midnight while a countdown is shown or appears tomorrow. Cached lists expire then even if
 * the midnight job did not run.
 */
export function nextCardChange(days: ProgrammeDays, now: Date = new Date(), window: CountdownWindow = {}): Date | null {
  const statusChange = nextStatusChange(days, now);
  const midnight = startOfBerlinDay(addDays(berlinDay(now), 1));
  const counting = deadlineDaysLeft(days, now, window) !== null || deadlineDaysLeft(days, midnight, window) !== null;
  if (!counting) return statusChange;
  return statusChange && statusChange < midnight ? statusChange : midnight;
}

/** The earliest card change among several programmes (a list page showing them expires then). */
export function earliestCardChange(programmes: readonly ProgrammeDays[], now: Date = new Date()): Date | null {
  const changes = programmes.map((p) => nextCardChange(p, now)).filter((d): d is Date => d !== null);
  return changes.length ? new Date(Math.min(...changes.map((d) => d.getTime()))) : null;
}

/**
 * When a programme's own page changes by itself: its status or countdown (counted every day), or
 * the status of a successor it links (shown beside the link). The page expires then.
 */
export function nextDetailChange(days: ProgrammeDays, linked: readonly ProgrammeDays[], now: Date = new Date()): Date | null {
  const changes = [nextCardChange(days, now, DETAIL_COUNTDOWN), ...linked.map((p) => nextStatusChange(p, now))].filter((d): d is Date => d !== null);
  return changes.length ? new Date(Math.min(...changes.map((d) => d.getTime()))) : null;
}
