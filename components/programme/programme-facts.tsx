import { getTranslations } from "next-intl/server";
import { FactList } from "@/components/ui/fact-list";
import { inGerman } from "@/components/content/german";
import { formatDay, formatEuro } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";

export async function ProgrammeFacts({ programme: p }: { programme: ProgrammeDetailDTO }) {
  const locale = await pageLocale();
  const t = await getTranslations();
  const amountRange =
    p.amountMin !== null && p.amountMax !== null
      ? t("programmes.detail.amountRange", { min: formatEuro(p.amountMin, locale), max: formatEuro(p.amountMax, locale) })
      : p.amountMax !== null
        ? t("programmes.detail.amountUpTo", { max: formatEuro(p.amountMax, locale) })
        : p.amountMin !== null
          ? t("programmes.detail.amountFrom", { min: formatEuro(p.amountMin, locale) })
          : null;
  return (
    <FactList
      facts={[
        { label: t("programmes.detail.fundingBody"), value: inGerman(p.fundingBody.name, locale) },
        { label: t("programmes.detail.level"), value: t(`facets.fundingLevel.${p.level}`) },
        { label: t("programmes.detail.fundingTypes"), value: p.fundingTypes.map((x) => t(`facets.fundingType.${x}`)).join(", ") },
        {
          label: t("programmes.detail.amount"),
          // The editors' text is the authoritative wording (German only, marked on French and English
          // pages); the numeric range only stands in for it.
          value: p.amountText ? inGerman(p.amountText, locale) : amountRange,
        },
        {
          label: t("programmes.detail.deadline"),
          value: p.deadline ? t("programmes.detail.deadlineValue", { date: formatDay(p.deadline, locale) }) : t("programmes.detail.noDeadline"),
        },
        { label: t("programmes.detail.start"), value: p.applicationStart ? formatDay(p.applicationStart, locale) : null },
        { label: t("programmes.detail.targetGroups"), value: p.targetGroups.map((x) => t(`facets.targetGroup.${x}`)).join(", ") },
        { label: t("programmes.detail.maxEmployees"), value: p.maxEmployees === null ? null : t("programmes.detail.maxEmployeesValue", { count: p.maxEmployees }) },
        {
          label: t("programmes.detail.applyBeforeProjectStart"),
          // Not stated (null) shows nothing: "nein" would be a claim the source does not make.
          value: p.applyBeforeProjectStart === null ? null : t(p.applyBeforeProjectStart ? "programmes.detail.applyBeforeProjectStartYes" : "programmes.detail.applyBeforeProjectStartNo"),
        },
        // Names of regions and Themenfelder exist only in German (marked on French and English pages).
        { label: t("programmes.detail.regions"), value: inGerman(p.regions.map((r) => r.name).join(", "), locale) },
        { label: t("programmes.detail.topics"), value: inGerman(p.topics.map((x) => x.name).join(", "), locale) },
      ]}
    />
  );
}
