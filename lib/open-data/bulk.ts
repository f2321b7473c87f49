import "server-only";
import { unstable_cache } from "next/cache";
import { getAdvisorCards } from "@/lib/advisor/cached";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { berlinDay, startOfBerlinDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { getProgrammeCards } from "@/lib/programme/cached";
import { getEventCards } from "@/lib/event/cached";
import { getInitiativeCards } from "@/lib/initiative/cached";
import { getProviderCards } from "@/lib/provider/cached";
import * as activity from "./activity-serialize";
import { getPublishedStamps } from "./cached";
import { type DownloadFormat, type DownloadName, recordsToCsv, recordsToJson } from "./bulk-files";
import {
  listPublishedAdvisorDetails,
  listPublishedEventDetails,
  listPublishedInitiativeDetails,
  listPublishedProgrammeDetails,
  listPublishedProviderDetails,
} from "./bulk-queries";
import type { JsonAnswer } from "./http";
import * as to from "./serialize";

// Bulk files are built from cached reads (one query per directory, expired with the directory's
// pages), so a download costs the database nothing until the next change.
const cached = <T>(read: () => Promise<T>, key: string, tag: string) => unstable_cache(read, [key], { tags: [tag], revalidate: 3600 });
const programmeDetails = cached(listPublishedProgrammeDetails, "open-data-bulk-programmes", CONTENT_TAGS.programme.all);
const advisorDetails = cached(listPublishedAdvisorDetails, "open-data-bulk-advisors", CONTENT_TAGS.advisor.all);
const providerDetails = cached(listPublishedProviderDetails, "open-data-bulk-providers", CONTENT_TAGS.provider.all);
const eventDetails = cached(listPublishedEventDetails, "open-data-bulk-events", CONTENT_TAGS.event.all);
// An initiative's record names its published programmes and contact: their edits expire it too.
const initiativeDetails = unstable_cache(listPublishedInitiativeDetails, ["open-data-bulk-initiatives"], {
  tags: [CONTENT_TAGS.initiative.all, CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all],
  revalidate: 3600,
});

export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

/** Every published entry of a directory as the API's full record, in id order. */
export async function directoryRecords(name: DownloadName, now = new Date()): Promise<{ records: { updatedAt: string }[] }> {
  const site = env.SITE_URL;
  const join = <C extends { slug: string }>(cards: readonly C[]) => new Map(cards.map((card) => [card.slug, card]));
  switch (name) {
    case "foerderprogramme": {
      const [details, cards] = await Promise.all([programmeDetails(), getProgrammeCards()]);
      const bySlug = join(cards);
      return { records: details.flatMap((d) => (bySlug.has(d.slug) ? [to.programmeRecord(d, bySlug.get(d.slug)!, d, site, now)] : [])) };
    }
    case "berater": {
      const [details, cards] = await Promise.all([advisorDetails(), getAdvisorCards()]);
      const bySlug = join(cards);
      return { records: details.flatMap((d) => (bySlug.has(d.slug) ? [to.advisorRecord(d, bySlug.get(d.slug)!, d, site, now)] : [])) };
    }
    case "dienstleister": {
      const [details, cards] = await Promise.all([providerDetails(), getProviderCards()]);
      const bySlug = join(cards);
      return { records: details.flatMap((d) => (bySlug.has(d.slug) ? [to.providerRecord(d, bySlug.get(d.slug)!, d, site)] : [])) };
    }
    case "veranstaltungen": {
      const [details, cards] = await Promise.all([eventDetails(), getEventCards()]);
      const bySlug = join(cards);
      return { records: details.flatMap((d) => (bySlug.has(d.slug) ? [activity.eventRecord(d, bySlug.get(d.slug)!, d, site, now)] : [])) };
    }
    case "initiativen": {
      const [details, cards] = await Promise.all([initiativeDetails(), getInitiativeCards()]);
      const bySlug = join(cards);
      return { records: details.flatMap((d) => (bySlug.has(d.slug) ? [activity.initiativeRecord(d, bySlug.get(d.slug)!, d, site)] : [])) };
    }
  }
}

/** Last change of a directory's file: its newest entry, and for programmes today's status change. */
function newest(records: readonly { updatedAt: string }[]): Date {
  return new Date(Math.max(0, ...records.map((r) => Date.parse(r.updatedAt))));
}

export async function downloadAnswer(name: DownloadName, format: DownloadFormat, now = new Date()): Promise<JsonAnswer> {
  const [{ records }, stamps] = await Promise.all([directoryRecords(name, now), getPublishedStamps()]);
  const fileName = `${name}.${format}`;
  const text =
    format === "csv"
      ? recordsToCsv(records)
      : recordsToJson(records, { licence: LICENCE, publisher: env.OPERATOR_NAME, source: new URL("/daten", env.SITE_URL).toString() });
  const contentType = format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
  // An unpublished entry leaves no record behind, so the read time of the stamps counts too; the
  // status inside programme records moves at midnight even when no entry changed.
  // Events turn past at their end without an edit ("past", links left out).
  const times = [newest(records).getTime(), Date.parse(stamps.readAt), name === "foerderprogramme" ? startOfToday(now).getTime() : 0, name === "veranstaltungen" ? lastEnd(records, now) : 0];
  const modified = new Date(Math.max(...times));
  return { body: null, file: { text, contentType, fileName }, lastModified: modified };
}

function lastEnd(records: readonly object[], now: Date): number {
  const ends = records.map((r) => Date.parse((r as { endsAt?: string }).endsAt ?? "")).filter((end) => end <= now.getTime());
  return Math.max(0, ...ends);
}

const startOfToday = (now: Date) => startOfBerlinDay(berlinDay(now));
