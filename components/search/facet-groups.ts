import { getTranslations } from "next-intl/server";
import { germanMark } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import type { FilterGroup } from "@/components/search/filter-form";
import {
  dataSourceOf,
  facetIdsOf,
  facetParam,
  legendKey,
  registryOptions,
  type ContentType,
  type DataSourceOf,
  type FacetDataSource,
  type FacetSelection,
} from "@/lib/facets/registry";
import type { FacetCounts } from "@/lib/listing/facet-engine";

type Option = { slug: string; name: string };

/**
 * A content type's filter groups in the registry's display order, with labels and disjunctive
 * counts; the same for a directory list and /suche?typ=…. `data`: the values of the facets that
 * come from the data (lib/listing/facet-data.ts). A group without options (e.g. no organisation
 * has published advisors yet) is left out. The values from the data are German names: marked on
 * French and English pages.
 */
export async function facetFilterGroups<T extends ContentType>(
  type: T,
  selection: FacetSelection,
  counts: FacetCounts,
  data: Record<DataSourceOf<T>, readonly Option[]>,
): Promise<FilterGroup[]> {
  const [t, locale] = await Promise.all([getTranslations(), pageLocale()]);
  const sources = data as Record<FacetDataSource, readonly Option[]>;
  const groups = facetIdsOf(type).map((id): FilterGroup => {
    const param = facetParam(id);
    const source = dataSourceOf(id);
    const values = source
      ? sources[source].map((x) => ({ value: x.slug, label: x.name }))
      : registryOptions(id).map((o) => ({ value: o.value, label: t(o.labelKey) }));
    const selected = selection[param] ?? [];
    return {
      param,
      legend: t(legendKey(id, type)),
      ...(source && germanMark(locale)),
      options: values.map((o) => ({ ...o, count: counts[param]?.[o.value] ?? 0, checked: selected.includes(o.value) })),
    };
  });
  return groups.filter((group) => group.options.length > 0);
}
