import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";
import type { MilestoneDTO } from "./dto";

// Whether a milestone is reached is derived from its date and today's Berlin day, never stored,
// so a cached page cannot carry a stale mark (the page expires at the next Berlin midnight).

/** A milestone whose day lies before today counts as done. */
export const isMilestoneDone = (milestone: Pick<MilestoneDTO, "date">, today: string = berlinDay()): boolean => milestone.date < today;

/** Date order; milestones of the same day keep their stored order. */
export const byMilestoneDate = <M extends Pick<MilestoneDTO, "date">>(a: M, b: M): number => a.date.localeCompare(b.date);

/** The instant the "done" marks of a page next change: the start of tomorrow in Berlin. */
export const nextMilestoneChange = (now: Date = new Date()): Date => startOfBerlinDay(addDays(berlinDay(now), 1));
