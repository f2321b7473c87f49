import "server-only";
import { advisorOrganisations } from "@/lib/advisor/listing";
import { getAdvisorCards } from "@/lib/advisor/cached";
import { dataSourceOf, facetIdsOf, type ContentType, type DataSourceOf, type FacetDataSource } from "@/lib/facets/registry";
import { getRegions, getTopics } from "@/lib/taxonomy/cached";
import { kreiseOf } from "@/lib/taxonomy/kreise";

// The values of the facets that come from the data (lib/facets/registry.ts: topics, Kreise,
// organisations), for a directory list, its cached views and /suche?typ=…, so all of them
// filter by exactly the same values with the same labels.

export interface FacetOption {
  slug: string;
  name: string;
}

export interface FacetData<T extends ContentType> {
  /** Source → the values with their names, in display order. */
  options: Record<DataSourceOf<T>, FacetOption[]>;
  /** Source → the slugs that exist now (for parsing and canonical URLs). */
  slugs: Record<DataSourceOf<T>, string[]>;
}

const option = ({ slug, name }: FacetOption): FacetOption => ({ slug, name });

const loaders: Record<FacetDataSource, () => Promise<FacetOption[]>> = {
  topics: async () => (await getTopics()).map(option),
  /** The five Kreise: visitors filter by where they are; wider-area entries count in each. */
  kreise: async () => kreiseOf(await getRegions()).map(option),
  /** Only organisations with published advisors. */
  organisations: async () => advisorOrganisations(await getAdvisorCards()),
};

export async function getFacetData<T extends ContentType>(type: T): Promise<FacetData<T>> {
  const sources = [...new Set(facetIdsOf(type).flatMap((id) => dataSourceOf(id) ?? []))];
  const lists = await Promise.all(sources.map((source) => loaders[source]()));
  return {
    options: Object.fromEntries(sources.map((source, i) => [source, lists[i]!])) as FacetData<T>["options"],
    slugs: Object.fromEntries(sources.map((source, i) => [source, lists[i]!.map((x) => x.slug)])) as FacetData<T>["slugs"],
  };
}
