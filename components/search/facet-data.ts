import type { FilterGroup } from "./filter-form";

/** A filter group as the flight payload carries it: each option as [value, label, count], the checked values apart. */
export interface FacetGroupData {
  param: string;
  legend: string;
  lang?: "de";
  options: [value: string, label: string, count: number][];
  checked?: string[];
}

export function facetData({ param, legend, lang, options }: FilterGroup): FacetGroupData {
  const checked = options.filter((option) => option.checked).map((option) => option.value);
  return {
    param,
    legend,
    ...(lang && { lang }),
    options: options.map((option) => [option.value, option.label, option.count]),
    ...(checked.length > 0 && { checked }),
  };
}
