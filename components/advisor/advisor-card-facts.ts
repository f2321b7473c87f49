import "server-only";
import { getTranslations } from "next-intl/server";
import type { FactView } from "@/components/cards/card-view";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { germanMark } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/config";
import { areaCoverage, type KreisRef } from "@/lib/taxonomy/kreise";

/** Who the advisor works for and where; the names of organisation, Kreise and town are German only (marked on French and English pages). */
export async function advisorCardFacts(advisor: AdvisorCardDTO, kreise: readonly KreisRef[], locale: Locale): Promise<FactView[]> {
  const t = await getTranslations();
  const german = germanMark(locale);
  const area = areaCoverage(advisor.regionSlugs, kreise);
  const areaFact = area.wholeRegion ? { value: t("advisors.card.wholeRegion") } : { value: area.kreisNames.join(", "), ...german };
  return [
    { label: t("advisors.card.organisation"), value: advisor.organisationName, ...german },
    ...(areaFact.value ? [{ label: t("advisors.card.regions"), ...areaFact }] : []),
    ...(advisor.consultationModes.length > 0
      ? [{ label: t("advisors.card.consultationModes"), value: advisor.consultationModes.map((mode) => t(`facets.consultationMode.${mode}`)).join(", ") }]
      : []),
    ...(advisor.town ? [{ label: t("advisors.card.town"), value: advisor.town, ...german }] : []),
  ];
}
