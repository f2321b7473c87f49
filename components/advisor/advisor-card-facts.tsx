import { getTranslations } from "next-intl/server";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { areaCoverage, type KreisRef } from "@/lib/taxonomy/kreise";

interface Props {
  advisor: AdvisorCardDTO;
  /** The five Kreise in display order, to name where the advisor works. */
  kreise: readonly KreisRef[];
}

/** Who the advisor works for and where. */
export async function AdvisorCardFacts({ advisor, kreise }: Props) {
  const t = await getTranslations();
  const area = areaCoverage(advisor.regionSlugs, kreise);
  const areaText = area.wholeRegion ? t("advisors.card.wholeRegion") : area.kreisNames.join(", ");
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t("advisors.card.organisation")}</dt>
      <dd data-fact="organisation">{advisor.organisationName}</dd>
      {areaText && (
        <>
          <dt className="font-semibold">{t("advisors.card.regions")}</dt>
          <dd data-fact="regions">{areaText}</dd>
        </>
      )}
      {advisor.consultationModes.length > 0 && (
        <>
          <dt className="font-semibold">{t("advisors.card.consultationModes")}</dt>
          <dd>{advisor.consultationModes.map((mode) => t(`facets.consultationMode.${mode}`)).join(", ")}</dd>
        </>
      )}
      {advisor.town && (
        <>
          <dt className="font-semibold">{t("advisors.card.town")}</dt>
          <dd>{advisor.town}</dd>
        </>
      )}
    </dl>
  );
}
