import { getTranslations } from "next-intl/server";
import type { MilestoneDTO } from "@/lib/initiative/dto";
import { isMilestoneDone } from "@/lib/initiative/milestones";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";

/**
 * Milestones as an ordered timeline with Berlin dates; a past day is marked "erreicht" in words
 * (never by colour alone). `today` is the Berlin day the page is rendered for.
 */
export async function MilestoneList({ milestones, today }: { milestones: readonly MilestoneDTO[]; today: string }) {
  const locale = await pageLocale();
  const [t, tf] = await Promise.all([getTranslations("initiatives.detail"), getTranslations("facets.roadmapPhase")]);
  if (milestones.length === 0) return <p>{t("noMilestones")}</p>;
  // Milestones have no translations (issue 20): German, marked, on French and English pages.
  const lang = locale === "de" ? undefined : ("de" as const);
  return (
    <>
      <p className="mb-3">{t("milestonesIntro")}</p>
      <ol className="border-l-4 border-line pl-5" data-testid="milestones">
        {milestones.map((milestone, index) => {
          const done = isMilestoneDone(milestone, today);
          return (
            <li key={`${milestone.date}-${index}`} className="relative pb-5" data-done={done || undefined}>
              <span aria-hidden="true" className={`absolute -left-[1.95rem] top-1 inline-block h-4 w-4 rounded-full border-4 ${done ? "border-open bg-open" : "border-line bg-white"}`} />
              <p className="text-sm text-muted">
                <time dateTime={milestone.date}>{formatDay(milestone.date, locale)}</time>
                {" · "}
                <strong className={done ? "text-open" : ""}>{done ? t("done") : t("upcoming")}</strong>
                {milestone.roadmapPhase && <> · {t("roadmapPhase", { phase: tf(milestone.roadmapPhase) })}</>}
              </p>
              <h3 className="text-lg font-bold" lang={lang}>
                {milestone.title}
              </h3>
              {milestone.description && <p lang={lang}>{milestone.description}</p>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
