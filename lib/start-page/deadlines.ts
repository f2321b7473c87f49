import { earliestCardChange } from "@/lib/programme/deadline";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { deriveProgrammeStatus, earliestStatusChange } from "@/lib/programme/status";
import type { DeadlineTeaserDTO } from "./dto";

/** How many programmes "Fristen demnächst" shows. */
export const START_PAGE_DEADLINES = 5;

/**
 * The open programmes whose deadlines come next, nearest first (same day: by title). Only "open"
 * programmes have a deadline still ahead (or today); rolling, upcoming and closed ones are left out.
 */
export function nearestDeadlines(cards: readonly ProgrammeCardDTO[], now: Date, limit = START_PAGE_DEADLINES): DeadlineTeaserDTO[] {
  return cards
    .filter((card): card is ProgrammeCardDTO & { deadline: string } => card.deadline !== null && deriveProgrammeStatus(card, now) === "open")
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title, "de"))
    .slice(0, Math.max(0, limit))
    .map(({ slug, title, titleFr, titleEn, fundingBodyName, applicationStart, deadline }) => ({ slug, title, titleFr, titleEn, fundingBodyName, applicationStart, deadline }));
}

/**
 * When the start page must be rendered anew although no entry changed: at the next status change
 * of any programme (the open count; which programmes are open and so in "Fristen demnächst") or
 * when a shown countdown moves on (Berlin midnight). Null: never by itself.
 */
export function startPageExpiry(cards: readonly ProgrammeCardDTO[], shown: readonly DeadlineTeaserDTO[], now: Date): Date | null {
  const changes = [earliestStatusChange(cards, now), earliestCardChange(shown, now)].filter((d): d is Date => d !== null);
  return changes.length ? new Date(Math.min(...changes.map((d) => d.getTime()))) : null;
}
