import type { RelativeSchedule } from "./types";

// Shorthands for application windows, in days relative to the day the seed runs.

/** Open now, deadline in `deadlineIn` days (0 = today is the last day). */
export const open = (deadlineIn: number, startedDaysAgo = 60): RelativeSchedule => ({
  start: -startedDaysAgo,
  deadline: deadlineIn,
});

/** Open without deadline ("laufend"). */
export const rolling = (startedDaysAgo: number | null = null): RelativeSchedule => ({
  start: startedDaysAgo === null ? null : -startedDaysAgo,
  deadline: null,
});

/** Applications possible from `startsIn` days on. */
export const upcoming = (startsIn: number, deadlineIn: number | null = null): RelativeSchedule => ({
  start: startsIn,
  deadline: deadlineIn,
});

/** Deadline passed `closedDaysAgo` days ago (1 = yesterday was the last day). */
export const closed = (closedDaysAgo: number, ranForDays = 90): RelativeSchedule => ({
  start: -(closedDaysAgo + ranForDays),
  deadline: -closedDaysAgo,
});
