import { getTranslations } from "next-intl/server";
import type { FilterGroup } from "@/components/search/filter-form";
import { FUNDING_LEVELS, FUNDING_TYPES, TARGET_GROUPS, enumToSlug } from "@/lib/facets";
import type { FacetCounts } from "@/lib/listing/facet-engine";
import { STATUS_FILTERS, type ProgrammeListQuery } from "@/lib/programme/listing";
import type { RegionDTO, TopicDTO } from "@/lib/taxonomy/dto";

/** The programme list's filter groups in display order, with labels and disjunctive counts. */
export async function programmeFilterGroups(
  query: ProgrammeListQuery,
  counts: FacetCounts,
  topics: TopicDTO[],
  kreise: RegionDTO[],
): Promise<FilterGroup[]> {
  const t = await getTranslations("facets");
  const group = (param: string, legend: string, selected: string[], options: { value: string; label: string }[]): FilterGroup => ({
    param,
    legend,
    options: options.map((o) => ({ ...o, count: counts[param]?.[o.value] ?? 0, checked: selected.includes(o.value) })),
  });
  return [
    group("status", t("statusFilter.label"), query.statuses, STATUS_FILTERS.map((value) => ({ value, label: t(`statusFilter.${value}`) }))),
    group("foerderart", t("fundingType.label"), query.fundingTypes, FUNDING_TYPES.map((v) => ({ value: enumToSlug(v), label: t(`fundingType.${v}`) }))),
    group("zielgruppe", t("targetGroup.label"), query.targetGroups, TARGET_GROUPS.map((v) => ({ value: enumToSlug(v), label: t(`targetGroup.${v}`) }))),
    group("thema", t("topic.label"), query.topics, topics.map((x) => ({ value: x.slug, label: x.name }))),
    group("gebiet", t("region.label"), query.regions, kreise.map((x) => ({ value: x.slug, label: x.name }))),
    group("ebene", t("fundingLevel.label"), query.levels, FUNDING_LEVELS.map((v) => ({ value: enumToSlug(v), label: t(`fundingLevel.${v}`) }))),
  ];
}
