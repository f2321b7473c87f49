import "server-only";
import { getAdvisor, getAdvisorCards } from "@/lib/advisor/cached";
import { filterAdvisors, parseAdvisorListQuery } from "@/lib/advisor/listing";
import { berlinDay, startOfBerlinDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { facetValues } from "@/lib/facets";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { getProgramme, getProgrammeCards } from "@/lib/programme/cached";
import { filterProgrammes, parseProgrammeListQuery } from "@/lib/programme/listing";
import { getEvent, getEventCards } from "@/lib/event/cached";
import { filterEvents, parseEventListQuery } from "@/lib/event/listing";
import { getInitiative, getInitiativeCards } from "@/lib/initiative/cached";
import { filterInitiatives, parseInitiativeListQuery } from "@/lib/initiative/listing";
import { getProvider, getProviderCards } from "@/lib/provider/cached";
import * as activity from "./activity-serialize";
import { filterProviders, parseProviderListQuery } from "@/lib/provider/listing";
import { getOpenTaxonomy, getPublishedStamps } from "./cached";
import { keysetPage } from "./cursor";
import type { JsonAnswer } from "./http";
import { assertFacetValues, parseEventPeriod, parseLanguage, parsePaging } from "./params";
import type { ApiLanguage } from "./language";
import type { EntryStamp } from "./queries";
import * as to from "./serialize";

// What each endpoint of /api/v1 answers, from the cached reads of the public pages (the same
// cards, filters and detail DTOs), joined with the stamps (id, last change) for paging and validators.

export const RESOURCES = ["programmes", "advisors", "providers", "events", "initiatives", "organisations", "topics", "regions"] as const;
export type Resource = (typeof RESOURCES)[number];

/**
 * When the answer may last have changed: the read of the cached data, and for anything showing a
 * programme's status also the start of today, when statuses may have moved on (Europe/Berlin).
 */
function lastModified(readAt: string, showsStatus: boolean, now: Date): Date {
  const read = new Date(readAt);
  if (!showsStatus) return read;
  const today = startOfBerlinDay(berlinDay(now));
  return today > read ? today : read;
}

function pageAnswer<T extends { id: string }>(url: URL, entries: readonly T[], paging: ReturnType<typeof parsePaging>, modified: Date): JsonAnswer {
  const { items, nextCursor } = keysetPage(entries, paging.afterId, paging.limit);
  let next: string | null = null;
  if (nextCursor) {
    const nextUrl = new URL(url.pathname + url.search, env.SITE_URL);
    nextUrl.searchParams.set("cursor", nextCursor);
    next = nextUrl.toString();
  }
  return { body: { items, limit: paging.limit, nextCursor, next }, lastModified: modified, headers: next ? { Link: `<${next}>; rel="next"` } : {} };
}

/**
 * Event answers change without an edit when an event ends (its `past` flag, the lists by period):
 * the last end before now counts as a change, like midnight does for programme statuses.
 */
function eventsModified(readAt: string, cards: readonly { endsAt: string }[], now: Date): Date {
  const ended = cards.map((card) => Date.parse(card.endsAt)).filter((end) => end <= now.getTime());
  return new Date(Math.max(Date.parse(readAt), ...ended));
}

const bySlug = (stamps: readonly EntryStamp[]) => new Map(stamps.map((s) => [s.slug, s]));

/** Cards that have a stamp (a card and its stamp are cached apart and may briefly disagree). */
function stamped<C extends { slug: string }>(cards: readonly C[], stamps: readonly EntryStamp[]) {
  const index = bySlug(stamps);
  return cards.flatMap((card) => {
    const stamp = index.get(card.slug);
    return stamp ? [{ card, stamp }] : [];
  });
}

export async function listResource(resource: Resource, url: URL, raw: RawSearchParams, now = new Date()): Promise<JsonAnswer> {
  const paging = parsePaging(raw);
  const lang = parseLanguage(raw);
  const site = env.SITE_URL;
  const queryRaw = { ...raw, q: paging.q };
  switch (resource) {
    case "programmes": {
      const [cards, data, stamps] = await Promise.all([getProgrammeCards(), getFacetData("programme"), getPublishedStamps()]);
      assertFacetValues(raw, facetValues("programme", data.slugs));
      const { matches } = filterProgrammes(cards, parseProgrammeListQuery(queryRaw, data.slugs), data.slugs.kreise, now);
      const items = stamped(matches, stamps.programmes).map(({ card, stamp }) => to.programmeSummary(card, stamp, site, now, lang));
      return pageAnswer(url, items, paging, lastModified(stamps.readAt, true, now));
    }
    case "advisors": {
      const [cards, data, stamps] = await Promise.all([getAdvisorCards(), getFacetData("advisor"), getPublishedStamps()]);
      assertFacetValues(raw, facetValues("advisor", data.slugs));
      const { matches } = filterAdvisors(cards, parseAdvisorListQuery(queryRaw, data.slugs), data.slugs.kreise);
      const items = stamped(matches, stamps.advisors).map(({ card, stamp }) => to.advisorSummary(card, stamp, site, lang));
      return pageAnswer(url, items, paging, lastModified(stamps.readAt, false, now));
    }
    case "providers": {
      const [cards, data, stamps] = await Promise.all([getProviderCards(), getFacetData("provider"), getPublishedStamps()]);
      assertFacetValues(raw, facetValues("provider", data.slugs));
      const { matches } = filterProviders(cards, parseProviderListQuery(queryRaw, data.slugs));
      const items = stamped(matches, stamps.providers).map(({ card, stamp }) => to.providerSummary(card, stamp, site, lang));
      return pageAnswer(url, items, paging, lastModified(stamps.readAt, false, now));
    }
    case "events": {
      const [cards, data, stamps] = await Promise.all([getEventCards(), getFacetData("event"), getPublishedStamps()]);
      assertFacetValues(raw, facetValues("event", data.slugs));
      const period = parseEventPeriod(raw);
      const { matches } = filterEvents(cards, parseEventListQuery(queryRaw, data.slugs), data.slugs.kreise, period, now);
      const items = stamped(matches, stamps.events).map(({ card, stamp }) => activity.eventSummary(card, stamp, site, now, lang));
      return pageAnswer(url, items, paging, eventsModified(stamps.readAt, cards, now));
    }
    case "initiatives": {
      const [cards, data, stamps] = await Promise.all([getInitiativeCards(), getFacetData("initiative"), getPublishedStamps()]);
      assertFacetValues(raw, facetValues("initiative", data.slugs));
      const { matches } = filterInitiatives(cards, parseInitiativeListQuery(queryRaw, data.slugs), data.slugs.kreise);
      const items = stamped(matches, stamps.initiatives).map(({ card, stamp }) => activity.initiativeSummary(card, stamp, site, lang));
      return pageAnswer(url, items, paging, lastModified(stamps.readAt, false, now));
    }
    default: {
      const taxonomy = await getOpenTaxonomy();
      const words = (paging.q ?? "").toLocaleLowerCase("de").split(" ").filter(Boolean);
      const all = taxonomyRecords(resource, taxonomy, site, lang).filter((record) => words.every((word) => record.name.toLocaleLowerCase("de").includes(word)));
      return pageAnswer(url, all, paging, lastModified(taxonomy.readAt, false, now));
    }
  }
}

type TaxonomyResource = Exclude<Resource, "programmes" | "advisors" | "providers" | "events" | "initiatives">;

function taxonomyRecords(resource: TaxonomyResource, taxonomy: Awaited<ReturnType<typeof getOpenTaxonomy>>, site: string, lang: ApiLanguage) {
  if (resource === "organisations") return taxonomy.organisations.map(to.organisationRecord);
  if (resource === "topics") return taxonomy.topics.map((t) => to.topicRecord(t, site, lang));
  return taxonomy.regions.map(to.regionRecord);
}

/**
 * One published entry by its slug, or null (404). The slug is looked up in the cached lists first,
 * so a made-up slug never creates a cache entry of its own.
 */
export async function getResource(resource: Resource, slug: string, lang: ApiLanguage = null, now = new Date()): Promise<JsonAnswer | null> {
  const site = env.SITE_URL;
  switch (resource) {
    case "programmes": {
      const [cards, stamps] = await Promise.all([getProgrammeCards(), getPublishedStamps()]);
      const card = cards.find((c) => c.slug === slug);
      const stamp = bySlug(stamps.programmes).get(slug);
      if (!card || !stamp) return null;
      const detail = await getProgramme(slug);
      if (!detail) return null;
      return { body: to.programmeRecord(detail, card, stamp, site, now, lang), lastModified: lastModified(stamps.readAt, true, now) };
    }
    case "advisors": {
      const [cards, stamps] = await Promise.all([getAdvisorCards(), getPublishedStamps()]);
      const card = cards.find((c) => c.slug === slug);
      const stamp = bySlug(stamps.advisors).get(slug);
      if (!card || !stamp) return null;
      const detail = await getAdvisor(slug);
      if (!detail) return null;
      return { body: to.advisorRecord(detail, card, stamp, site, now, lang), lastModified: lastModified(stamps.readAt, true, now) };
    }
    case "providers": {
      const [cards, stamps] = await Promise.all([getProviderCards(), getPublishedStamps()]);
      const card = cards.find((c) => c.slug === slug);
      const stamp = bySlug(stamps.providers).get(slug);
      if (!card || !stamp) return null;
      const detail = await getProvider(slug);
      if (!detail) return null;
      return { body: to.providerRecord(detail, card, stamp, site, lang), lastModified: lastModified(stamps.readAt, false, now) };
    }
    case "events": {
      const [cards, stamps] = await Promise.all([getEventCards(), getPublishedStamps()]);
      const card = cards.find((c) => c.slug === slug);
      const stamp = bySlug(stamps.events).get(slug);
      if (!card || !stamp) return null;
      const detail = await getEvent(slug);
      if (!detail) return null;
      return { body: activity.eventRecord(detail, card, stamp, site, now, lang), lastModified: eventsModified(stamps.readAt, [card], now) };
    }
    case "initiatives": {
      const [cards, stamps] = await Promise.all([getInitiativeCards(), getPublishedStamps()]);
      const card = cards.find((c) => c.slug === slug);
      const stamp = bySlug(stamps.initiatives).get(slug);
      if (!card || !stamp) return null;
      const detail = await getInitiative(slug);
      if (!detail) return null;
      return { body: activity.initiativeRecord(detail, card, stamp, site, lang), lastModified: lastModified(stamps.readAt, false, now) };
    }
    default: {
      const taxonomy = await getOpenTaxonomy();
      const record = taxonomyRecords(resource, taxonomy, site, lang).find((r) => r.slug === slug);
      return record ? { body: record, lastModified: lastModified(taxonomy.readAt, false, now) } : null;
    }
  }
}
