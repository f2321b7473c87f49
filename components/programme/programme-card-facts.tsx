import { getTranslations } from "next-intl/server";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { areaCoverage, type KreisRef } from "@/lib/taxonomy/kreise";

interface Props {
  programme: ProgrammeCardDTO;
  /** The five Kreise in display order, to name the Fördergebiet. */
  kreise: readonly KreisRef[];
}

/** What decides whether a programme is worth opening: who, where, what kind, how much, from whom. */
export async function ProgrammeCardFacts({ programme, kreise }: Props) {
  const t = await getTranslations();
  const area = areaCoverage(programme.regionSlugs, kreise, programme.level);
  const areaText = area.wholeRegion ? t("programmes.card.wholeRegion") : area.kreisNames.join(", ") || t("programmes.card.noArea");
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {programme.targetGroups.length > 0 && (
        <>
          <dt className="font-semibold">{t("programmes.card.targetGroups")}</dt>
          <dd data-fact="targetGroups">{programme.targetGroups.map((group) => t(`facets.targetGroup.${group}`)).join(", ")}</dd>
        </>
      )}
      <dt className="font-semibold">{t("programmes.card.area")}</dt>
      <dd data-fact="area">{areaText}</dd>
      <dt className="font-semibold">{t("facets.fundingType.label")}</dt>
      <dd data-fact="fundingTypes">{programme.fundingTypes.map((type) => t(`facets.fundingType.${type}`)).join(", ")}</dd>
      {programme.amountText && (
        <>
          <dt className="font-semibold">{t("programmes.card.amount")}</dt>
          <dd data-fact="amount">{programme.amountText}</dd>
        </>
      )}
      <dt className="font-semibold">{t("programmes.card.fundingBody")}</dt>
      <dd>
        {programme.fundingBodyName} ({t(`facets.fundingLevel.${programme.level}`)})
      </dd>
    </dl>
  );
}
