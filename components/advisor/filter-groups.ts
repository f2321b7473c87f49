import { getTranslations } from "next-intl/server";
import type { FilterGroup } from "@/components/search/filter-form";
import type { AdvisorListQuery } from "@/lib/advisor/listing";
import { CONSULTATION_MODES, enumToSlug } from "@/lib/facets";
import type { FacetCounts } from "@/lib/listing/facet-engine";
import type { RegionDTO, TopicDTO } from "@/lib/taxonomy/dto";

/** The advisor list's filter groups in display order, with labels and disjunctive counts. */
export async function advisorFilterGroups(
  query: AdvisorListQuery,
  counts: FacetCounts,
  options: { topics: TopicDTO[]; kreise: RegionDTO[]; organisations: { slug: string; name: string }[] },
): Promise<FilterGroup[]> {
  const t = await getTranslations("facets");
  const group = (param: string, legend: string, selected: string[], values: { value: string; label: string }[]): FilterGroup => ({
    param,
    legend,
    options: values.map((o) => ({ ...o, count: counts[param]?.[o.value] ?? 0, checked: selected.includes(o.value) })),
  });
  // A group without options (e.g. no organisation has published advisors yet) is left out.
  const groups = [
    group("thema", t("topic.label"), query.topics, options.topics.map((x) => ({ value: x.slug, label: x.name }))),
    group("gebiet", t("region.label"), query.regions, options.kreise.map((x) => ({ value: x.slug, label: x.name }))),
    group("organisation", t("organisation.label"), query.organisations, options.organisations.map((x) => ({ value: x.slug, label: x.name }))),
    group(
      "beratungsform",
      t("consultationMode.label"),
      query.consultationModes,
      CONSULTATION_MODES.map((v) => ({ value: enumToSlug(v), label: t(`consultationMode.${v}`) })),
    ),
  ];
  return groups.filter((g) => g.options.length > 0);
}
