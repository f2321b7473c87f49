import { pairsToQuery, type ParamPairs } from "@/lib/listing/canonical";
import type { FacetSelection } from "@/lib/facets";

/** "?gebiet=…&thema=…" or "": a list's chosen filters, sorted, for its calendar file's address. */
export function eventFilterQuery(filters: FacetSelection): string {
  const pairs: ParamPairs = Object.entries(filters)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([param, values]) => [...values].sort().map((value) => [param, value] as [string, string]));
  return pairsToQuery(pairs);
}

export const eventIcsPath = (slug: string) => `/veranstaltungen/${slug}/kalender.ics`;
export const EVENTS_ICS_PATH = "/veranstaltungen/kalender.ics";
