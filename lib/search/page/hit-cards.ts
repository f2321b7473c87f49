import "server-only";
import { listPublishedAdvisorCardsBySlugs } from "@/lib/advisor/queries";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import type { EventCardDTO } from "@/lib/event/dto";
import { listPublishedEventCardsBySlugs } from "@/lib/event/queries";
import { listPublishedProgrammeCardsBySlugs } from "@/lib/programme/queries";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { listPublishedProviderCardsBySlugs } from "@/lib/provider/queries";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import type { SearchDocType, SearchHit } from "@/lib/search/types";

// The engines return title, summary and dates only; a hit shows what a list card shows (who,
// where, how much), so the shown hits' cards are read from the database: one query per type present.

export type HitCard =
  | { type: "programme"; card: ProgrammeCardDTO }
  | { type: "provider"; card: ProviderCardDTO }
  | { type: "advisor"; card: AdvisorCardDTO }
  | { type: "event"; card: EventCardDTO };

/** `${type}:${slug}` → card; a hit whose entry was unpublished since indexing has none. */
export type HitCards = ReadonlyMap<string, HitCard>;

export const hitCardKey = (hit: Pick<SearchHit, "type" | "slug">) => `${hit.type}:${hit.slug}`;

export async function loadHitCards(hits: readonly SearchHit[]): Promise<HitCards> {
  const slugsOf = (type: SearchDocType) => hits.filter((hit) => hit.type === type).map((hit) => hit.slug);
  const read = <T>(slugs: string[], query: (slugs: string[]) => Promise<T[]>) => (slugs.length ? query(slugs) : Promise.resolve([]));
  const [programmes, providers, advisors, events] = await Promise.all([
    read(slugsOf("programme"), listPublishedProgrammeCardsBySlugs),
    read(slugsOf("provider"), listPublishedProviderCardsBySlugs),
    read(slugsOf("advisor"), listPublishedAdvisorCardsBySlugs),
    read(slugsOf("event"), listPublishedEventCardsBySlugs),
  ]);
  const cards: HitCard[] = [
    ...programmes.map((card) => ({ type: "programme" as const, card })),
    ...providers.map((card) => ({ type: "provider" as const, card })),
    ...advisors.map((card) => ({ type: "advisor" as const, card })),
    ...events.map((card) => ({ type: "event" as const, card })),
  ];
  return new Map(cards.map((entry) => [hitCardKey({ type: entry.type, slug: entry.card.slug }), entry]));
}
