import { getTranslations } from "next-intl/server";
import type { FilterGroup } from "@/components/search/filter-form";
import { COMPANY_SIZES, INDUSTRIES, SERVICE_CATEGORIES, enumToSlug } from "@/lib/facets";
import type { FacetCounts } from "@/lib/listing/facet-engine";
import type { ProviderListQuery } from "@/lib/provider/listing";
import type { RegionDTO } from "@/lib/taxonomy/dto";

/** The provider list's filter groups in display order, with labels and disjunctive counts. */
export async function providerFilterGroups(query: ProviderListQuery, counts: FacetCounts, kreise: RegionDTO[]): Promise<FilterGroup[]> {
  const t = await getTranslations();
  const group = (param: string, legend: string, selected: string[], values: { value: string; label: string }[]): FilterGroup => ({
    param,
    legend,
    options: values.map((o) => ({ ...o, count: counts[param]?.[o.value] ?? 0, checked: selected.includes(o.value) })),
  });
  // A group without options (e.g. no organisation has published advisors yet) is left out.
  const groups = [
    group("leistung", t("facets.service.label"), query.services, SERVICE_CATEGORIES.map((v) => ({ value: enumToSlug(v), label: t(`facets.service.${v}`) }))),
    group("branche", t("facets.industry.label"), query.industries, INDUSTRIES.map((v) => ({ value: enumToSlug(v), label: t(`facets.industry.${v}`) }))),
    group("gebiet", t("providers.list.regionLegend"), query.regions, kreise.map((x) => ({ value: x.slug, label: x.name }))),
    group("groesse", t("facets.companySize.label"), query.sizes, COMPANY_SIZES.map((v) => ({ value: enumToSlug(v), label: t(`facets.companySize.${v}`) }))),
  ];
  return groups.filter((g) => g.options.length > 0);
}
