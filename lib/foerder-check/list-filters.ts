import { STATUS_FILTER_SLUGS, facetParam } from "@/lib/facets/registry";
import { enumToSlug } from "@/lib/facets/slug";
import type { RawSearchParams } from "@/lib/listing/params";
import type { CompleteAnswers } from "./match";
import { targetGroupsFor } from "./match";
import { projectRule } from "./project";

// The answers as programme-list filters, for "Alle passenden Programme in der Liste" and the
// e-mail alert "Über neue passende Programme benachrichtigen". The list filters by the required
// rules only: target groups (the direct ones, plus KMU when the company may be one), the Kreis,
// the project's Themenfelder and the statuses the check offers (never closed). Keywords, amounts,
// timing and the programmes' stated conditions only rank or annotate in the check, so the list
// and the alert may show a few programmes the check would rank low or leave out.

/** Facet parameter → values of the programme list (/foerderprogramme) for these answers. */
export function programmeListFilters(answers: CompleteAnswers): RawSearchParams {
  const groups = targetGroupsFor(answers);
  const targetGroups = [...groups.direct, ...(groups.kmu ? (["KMU"] as const) : [])];
  const raw: RawSearchParams = {
    [facetParam("status")]: STATUS_FILTER_SLUGS.filter((status) => status !== "geschlossen"),
    [facetParam("topic")]: [...projectRule(answers.was).topics],
    [facetParam("region")]: [answers.wo],
  };
  if (targetGroups.length > 0) raw[facetParam("targetGroup")] = targetGroups.map(enumToSlug);
  return raw;
}
