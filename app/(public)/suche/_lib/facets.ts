import { advisorFilterGroups } from "@/components/advisor/filter-groups";
import { programmeFilterGroups } from "@/components/programme/filter-groups";
import { providerFilterGroups } from "@/components/provider/filter-groups";
import type { FilterGroup } from "@/components/search/filter-form";
import { advisorListSchema, parseAdvisorListQuery } from "@/lib/advisor/listing";
import type { FacetCounts } from "@/lib/listing/facet-engine";
import type { RawSearchParams } from "@/lib/listing/params";
import { parseProgrammeListQuery, programmeListSchema } from "@/lib/programme/listing";
import { parseProviderListQuery, providerListSchema } from "@/lib/provider/listing";
import type { SearchDocType } from "@/lib/search/types";
import { getAdvisorFacetSources } from "../../berater/_list/advisor-list-page";
import { getProviderFacetSources } from "../../dienstleister/_list/provider-list-page";
import { getProgrammeFacetSources } from "../../foerderprogramme/_list/programme-list-page";

export interface TypeFacets {
  /** Facet parameter → the values that exist now (anything else in the URL is dropped). */
  known: Record<string, readonly string[]>;
  /** The directory's filter groups, with the engine's counts. */
  groups: (raw: RawSearchParams, counts: FacetCounts) => Promise<FilterGroup[]>;
}

// The same facet values, labels and order as the directory list of the type, so /suche?typ=…
// filters exactly like /foerderprogramme, /berater and /dienstleister.
export async function facetsFor(type: SearchDocType): Promise<TypeFacets> {
  switch (type) {
    case "programme": {
      const { topics, kreise, slugs } = await getProgrammeFacetSources();
      return {
        known: programmeListSchema(slugs).facets,
        groups: (raw, counts) => programmeFilterGroups(parseProgrammeListQuery(raw, slugs), counts, topics, kreise),
      };
    }
    case "advisor": {
      const { topics, kreise, organisations, slugs } = await getAdvisorFacetSources();
      return {
        known: advisorListSchema(slugs).facets,
        groups: (raw, counts) => advisorFilterGroups(parseAdvisorListQuery(raw, slugs), counts, { topics, kreise, organisations }),
      };
    }
    case "provider": {
      const { kreise, slugs } = await getProviderFacetSources();
      return {
        known: providerListSchema(slugs).facets,
        groups: (raw, counts) => providerFilterGroups(parseProviderListQuery(raw, slugs), counts, kreise),
      };
    }
  }
}
