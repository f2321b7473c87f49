import "server-only";
import { getTranslations } from "next-intl/server";
import type { FactView } from "@/components/cards/card-view";
import { germanMark } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/config";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { areaCoverage, type KreisRef } from "@/lib/taxonomy/kreise";

/**
 * What decides whether a programme is worth opening: who, where, what kind, how much, from whom.
 * Kreis and funding body names and the amount's free text are German only: marked on French and
 * English pages.
 */
export async function programmeCardFacts(programme: ProgrammeCardDTO, kreise: readonly KreisRef[], locale: Locale): Promise<FactView[]> {
  const t = await getTranslations();
  const german = germanMark(locale);
  const area = areaCoverage(programme.regionSlugs, kreise, programme.level);
  const kreisNames = area.wholeRegion ? "" : area.kreisNames.join(", ");
  const areaFact = kreisNames ? { value: kreisNames, ...german } : { value: area.wholeRegion ? t("programmes.card.wholeRegion") : t("programmes.card.noArea") };
  return [
    ...(programme.targetGroups.length > 0
      ? [{ label: t("programmes.card.targetGroups"), value: programme.targetGroups.map((group) => t(`facets.targetGroup.${group}`)).join(", ") }]
      : []),
    { label: t("programmes.card.area"), ...areaFact },
    { label: t("facets.fundingType.label"), value: programme.fundingTypes.map((type) => t(`facets.fundingType.${type}`)).join(", ") },
    ...(programme.amountText ? [{ label: t("programmes.card.amount"), value: programme.amountText, ...german }] : []),
    fundingBodyFact(t("programmes.card.fundingBody"), programme.fundingBodyName, t(`facets.fundingLevel.${programme.level}`), german),
  ];
}

/** "Name (level)": on a French or English page only the name is marked German, so it goes as parts. */
function fundingBodyFact(label: string, name: string, level: string, german: { lang?: "de" }): FactView {
  return german.lang ? { label, parts: [{ text: name, ...german }, { text: ` (${level})` }] } : { label, value: `${name} (${level})` };
}
