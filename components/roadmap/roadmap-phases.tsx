import { LocalLink } from "@/components/ui/local-link";
import { EntryLink } from "@/components/content/entry-link";
import { markedMessage } from "@/components/content/marked-message";
import { germanOnly, localizedText } from "@/lib/content/translations";
import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import type { RoadmapPagePhase } from "@/lib/roadmap/build";
import type { PhaseStatus } from "@/lib/roadmap/phases";

const BADGE: Record<PhaseStatus, string> = {
  done: "border-open text-open",
  current: "border-brand-700 bg-brand-700 text-white",
  planned: "border-line text-muted",
};

/** The id of a phase's heading, the target of the page's jump list. */
export function phaseAnchor(phase: RoadmapPagePhase["phase"]): string {
  return `phase-${phase.toLowerCase()}`;
}

/**
 * The roadmap as an ordered list of phases; status and "aktuelle Phase" are words (never colour
 * alone), and the running phase carries aria-current="step".
 */
export async function RoadmapPhases({ phases }: { phases: readonly RoadmapPagePhase[] }) {
  const locale = await pageLocale();
  const german = germanOnly(locale);
  const [t, tp] = await Promise.all([getTranslations("roadmap.page"), getTranslations("facets.roadmapPhase")]);
  const years = (p: RoadmapPagePhase) =>
    p.toYear === null ? t("yearsOpen", { from: p.fromYear }) : p.toYear === p.fromYear ? t("yearsOne", { from: p.fromYear }) : t("yearsRange", { from: p.fromYear, to: p.toYear });
  return (
    <ol className="mt-4 space-y-8 border-l-4 border-line pl-5" data-testid="roadmap-phases">
      {phases.map((p) => {
        const name = tp(p.phase);
        const current = p.status === "current";
        return (
          <li key={p.phase} className="min-w-0" aria-current={current ? "step" : undefined} data-phase={p.phase} data-status={p.status}>
            <h3 id={phaseAnchor(p.phase)} className="text-xl font-bold">
              {t("phaseHeading", { phase: name, years: years(p) })}
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              {/* spaces between the parts: the flex gap shows one, the text read aloud needs one */}
              <span>{t("status.label")}</span>{" "}
              <strong className={`inline-block border-2 px-2 py-0.5 font-bold uppercase tracking-wide ${BADGE[p.status]}`}>{t(`status.${p.status}`)}</strong>
              {current && <> <strong>{t("currentPhase")}</strong></>}
            </p>
            {p.milestones.length === 0 ? (
              <p className="mt-2">{t("noMilestones")}</p>
            ) : (
              <>
                <p className="mt-2">{t("milestonesCount", { count: p.milestones.length, done: p.doneCount })}</p>
                <ol className="mt-2 space-y-3" aria-label={t("milestonesLabel", { phase: name })}>
                  {p.milestones.map((m, index) => (
                    <li key={`${m.initiativeSlug}-${m.date}-${index}`} className="min-w-0" data-done={m.done || undefined}>
                      <p className="text-sm text-muted">
                        <time dateTime={m.date}>{formatDay(m.date, locale)}</time>
                        {" · "}
                        <strong className={m.done ? "text-open" : ""}>{m.done ? t("done") : t("upcoming")}</strong>
                      </p>
                      {/* Milestones have no translations: German, marked on French and English pages. */}
                      <p className="font-semibold" lang={german}>
                        {m.title}
                      </p>
                      {m.description && <p lang={german}>{m.description}</p>}
                      <p className="text-sm">
                        <LocalLink href={`/initiativen/${m.initiativeSlug}`}>
                          {markedMessage({ title: localizedText(m, "initiativeTitle", locale) }, (values) => t("initiative", values))}
                        </LocalLink>
                      </p>
                    </li>
                  ))}
                </ol>
              </>
            )}
            {p.reports && (
              <section aria-labelledby={`berichte-${p.phase.toLowerCase()}`} className="mt-4">
                <h4 id={`berichte-${p.phase.toLowerCase()}`} className="font-bold">
                  {t("reportsHeading")}
                </h4>
                {p.reports.length === 0 ? (
                  <p>{t("noReports")}</p>
                ) : (
                  <ul className="mt-1 space-y-1" aria-label={t("reportsLabel", { phase: name })}>
                    {p.reports.map((r) => (
                      <li key={r.href}>
                        <time dateTime={r.date}>{formatDay(r.date, locale)}</time>
                        {" · "}
                        <EntryLink href={r.href} entry={r} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
          </li>
        );
      })}
    </ol>
  );
}
