import "server-only";
import { getTranslations } from "next-intl/server";
import type { FactView } from "@/components/cards/card-view";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { areaCoverage, type KreisRef } from "@/lib/taxonomy/kreise";

/** What decides whether a programme is worth opening: who, where, what kind, how much, from whom. */
export async function programmeCardFacts(programme: ProgrammeCardDTO, kreise: readonly KreisRef[]): Promise<FactView[]> {
  const t = await getTranslations();
  const area = areaCoverage(programme.regionSlugs, kreise, programme.level);
  const areaText = area.wholeRegion ? t("programmes.card.wholeRegion") : area.kreisNames.join(", ") || t("programmes.card.noArea");
  return [
    ...(programme.targetGroups.length > 0
      ? [{ name: "targetGroups", label: t("programmes.card.targetGroups"), value: programme.targetGroups.map((group) => t(`facets.targetGroup.${group}`)).join(", ") }]
      : []),
    { name: "area", label: t("programmes.card.area"), value: areaText },
    { name: "fundingTypes", label: t("facets.fundingType.label"), value: programme.fundingTypes.map((type) => t(`facets.fundingType.${type}`)).join(", ") },
    ...(programme.amountText ? [{ name: "amount", label: t("programmes.card.amount"), value: programme.amountText }] : []),
    { label: t("programmes.card.fundingBody"), value: `${programme.fundingBodyName} (${t(`facets.fundingLevel.${programme.level}`)})` },
  ];
}
