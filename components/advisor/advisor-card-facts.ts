import "server-only";
import { getTranslations } from "next-intl/server";
import type { FactView } from "@/components/cards/card-view";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { areaCoverage, type KreisRef } from "@/lib/taxonomy/kreise";

/** Who the advisor works for and where. */
export async function advisorCardFacts(advisor: AdvisorCardDTO, kreise: readonly KreisRef[]): Promise<FactView[]> {
  const t = await getTranslations();
  const area = areaCoverage(advisor.regionSlugs, kreise);
  const areaText = area.wholeRegion ? t("advisors.card.wholeRegion") : area.kreisNames.join(", ");
  return [
    { name: "organisation", label: t("advisors.card.organisation"), value: advisor.organisationName },
    ...(areaText ? [{ name: "regions", label: t("advisors.card.regions"), value: areaText }] : []),
    ...(advisor.consultationModes.length > 0
      ? [{ label: t("advisors.card.consultationModes"), value: advisor.consultationModes.map((mode) => t(`facets.consultationMode.${mode}`)).join(", ") }]
      : []),
    ...(advisor.town ? [{ label: t("advisors.card.town"), value: advisor.town }] : []),
  ];
}
