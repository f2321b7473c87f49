import "server-only";
import type { RawSearchParams } from "@/lib/listing/params";
import { filterProgrammes, parseProgrammeListQuery, programmeListSchema } from "@/lib/programme/listing";
import { listPublishedProgrammeCards } from "@/lib/programme/queries";
import { listPublishedProgrammeStamps } from "@/lib/programme/stamps";
import { filterQuery, rawParamsOf } from "@/lib/subscriptions/links";
import { kreiseOf } from "@/lib/taxonomy/kreise";
import { listRegions, listTopics } from "@/lib/taxonomy/queries";
import type { SelectedProgramme } from "./digest";
import type { AlertFacetNames } from "./label";

// An alert is a saved programme-list filter query: the same parser and filter as /foerderprogramme,
// its feeds and calendars (lib/subscriptions/programme-selection.ts). These reads are uncached on
// purpose: the daily job runs in the worker, outside Next, where unstable_cache does not work.

export type AlertContext = { names: AlertFacetNames; slugs: { topics: string[]; kreise: string[] } };

export async function loadAlertContext(): Promise<AlertContext> {
  const topics = (await listTopics()).map(({ slug, name }) => ({ slug, name }));
  const kreise = kreiseOf(await listRegions()).map(({ slug, name }) => ({ slug, name }));
  return { names: { topics, kreise }, slugs: { topics: topics.map((t) => t.slug), kreise: kreise.map((k) => k.slug) } };
}

/** The canonical filter query ("?…" or "") of raw list parameters: what an alert stores. */
export function canonicalAlertQuery(raw: RawSearchParams, context: AlertContext): string {
  return filterQuery(raw, programmeListSchema(context.slugs));
}

export const rawOfQuery = (query: string) => rawParamsOf(new URLSearchParams(query.replace(/^\?/, "")));

/** Every published programme with its last content change, for matching many alerts in one pass. */
export async function loadPublishedProgrammes(): Promise<SelectedProgramme[]> {
  const [cards, stamps] = [await listPublishedProgrammeCards(), await listPublishedProgrammeStamps()];
  const bySlug = new Map(stamps.map((stamp) => [stamp.slug, stamp]));
  return cards.flatMap((card) => {
    const stamp = bySlug.get(card.slug);
    return stamp ? [{ ...card, id: stamp.id, updatedAt: stamp.updatedAt }] : [];
  });
}

/** The programmes an alert's stored query selects now. */
export function selectForAlert(programmes: readonly SelectedProgramme[], query: string, context: AlertContext, now: Date): SelectedProgramme[] {
  const parsed = parseProgrammeListQuery(rawOfQuery(query), context.slugs);
  // filterProgrammes spreads each card into its rows, so id and updatedAt come through.
  return filterProgrammes(programmes, parsed, context.slugs.kreise, now).matches as unknown as SelectedProgramme[];
}
