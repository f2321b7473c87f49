import { berlinDay } from "@/lib/dates";
import { deadlineDaysLeft } from "@/lib/programme/deadline";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";

// What one alert has to tell on a day (pure: the job feeds it the selection and the alert's marks).

/** A selected programme with its id and last content change (lib/programme/stamps.ts). */
export type SelectedProgramme = ProgrammeCardDTO & { id: string; updatedAt: string };

export type AlertMarks = {
  /** programmes published or changed after this instant are news */
  sentUntil: Date;
  /** deadlines already announced, "<programmeId>@<YYYY-MM-DD>" */
  announcedDeadlines: readonly string[];
};

export type AlertNews = {
  /** newly published or changed since sentUntil, newest first */
  changed: SelectedProgramme[];
  /** open programmes whose deadline is at most 14 Berlin days away and was not announced yet */
  deadlines: SelectedProgramme[];
  /** the marks to store once the mail is queued */
  marks: { sentUntil: Date; announcedDeadlines: string[] };
};

export const deadlineKey = (p: Pick<SelectedProgramme, "id" | "deadline">) => `${p.id}@${p.deadline}`;

/**
 * The news of one alert at `now`. A change is a content change or publication (the stamp, not
 * updatedAt: "geprüft" is no news). A deadline is announced once: a programme listed as changed
 * carries its deadline in its line, so it is not listed twice but counts as announced. Marks of
 * deadlines that have passed are dropped, so the list stays small; a moved deadline is a new key.
 */
export function alertNews(programmes: readonly SelectedProgramme[], marks: AlertMarks, now: Date): AlertNews {
  const announced = new Set(marks.announcedDeadlines);
  const changed = programmes
    .filter((p) => Date.parse(p.updatedAt) > marks.sentUntil.getTime() && Date.parse(p.updatedAt) <= now.getTime())
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.title.localeCompare(b.title, "de"));
  const changedIds = new Set(changed.map((p) => p.id));
  const near = programmes.filter((p) => deadlineDaysLeft(p, now) !== null && !announced.has(deadlineKey(p)));
  const deadlines = near.filter((p) => !changedIds.has(p.id)).sort((a, b) => (a.deadline ?? "").localeCompare(b.deadline ?? "") || a.title.localeCompare(b.title, "de"));
  const today = berlinDay(now);
  const kept = marks.announcedDeadlines.filter((key) => (key.split("@")[1] ?? "") >= today);
  return {
    changed,
    deadlines,
    marks: { sentUntil: now, announcedDeadlines: [...new Set([...kept, ...near.map(deadlineKey)])] },
  };
}

export const hasNews = (news: Pick<AlertNews, "changed" | "deadlines">) => news.changed.length + news.deadlines.length > 0;

/** The Berlin calendar day of `now` as a DATE column value (UTC midnight of that day). */
export function berlinDateColumn(now: Date): Date {
  return new Date(`${berlinDay(now)}T00:00:00Z`);
}
