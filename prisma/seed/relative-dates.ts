import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";

// Everything date-like in the seed is relative to the Berlin day it runs on, so a database seeded
// today shows the same mix of open, upcoming and closed programmes as one seeded next year.
// Within one day the values are deterministic, which keeps re-runs idempotent.
export interface SeedClock {
  today: string;
  /** A DATE column value for the day `offset` days from today (negative = past). */
  day(offset: number): Date;
  /** A fixed time of day (`hour` Berlin time) `daysAgo` days before today. */
  instant(daysAgo: number, hour?: number): Date;
}

export function seedClock(now: Date = new Date()): SeedClock {
  const today = berlinDay(now);
  // startOfBerlinDay builds Intl formatters on every call; synthetic data asks for the same days
  // hundreds of thousands of times, so remember them.
  const dayStarts = new Map<number, number>();
  const dayStart = (daysAgo: number) => {
    let start = dayStarts.get(daysAgo);
    if (start === undefined) {
      start = startOfBerlinDay(addDays(today, -daysAgo)).getTime();
      dayStarts.set(daysAgo, start);
    }
    return start;
  };
  return {
    today,
    day: (offset) => new Date(`${addDays(today, offset)}T00:00:00Z`),
    instant: (daysAgo, hour = 10) => new Date(dayStart(daysAgo) + hour * 3_600_000),
  };
}
