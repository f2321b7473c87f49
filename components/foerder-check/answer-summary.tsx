import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { foerderCheckHref, stepsFor, type Answers, type StepId } from "@/lib/foerder-check/answers";
import { isProjectKind } from "@/lib/foerder-check/project";
import type { FoerderCheckOptions } from "@/lib/foerder-check/result";
import { localHrefs } from "@/lib/i18n/href";

// The given answers, each with an "ändern" link that opens its step with every answer kept. Styled
// through .answers in app/globals.css (six rows, sent as HTML and again in the flight payload).
export async function AnswerSummary({ answers, options }: { answers: Answers; options: FoerderCheckOptions }) {
  const [t, href] = await Promise.all([getTranslations("foerderCheck"), localHrefs()]);
  const label = (step: StepId): string => {
    const value = answers[step];
    if (value === undefined) return "";
    if (step === "beschaeftigte") return t("summary.beschaeftigte", { count: Number(value) });
    if (step === "wo") return options.kreisRefs.find((k) => k.slug === value)?.name ?? String(value);
    if (step === "was") return isProjectKind(String(value)) ? t(`was.${value}`) : (options.topics.find((x) => x.slug === value)?.name ?? String(value));
    return t(`${step}.${value}`);
  };
  return (
    <section aria-labelledby="angaben" className="answers">
      <h2 id="angaben">{t("summaryHeading")}</h2>
      <dl>
        {stepsFor(answers)
          .filter((step) => answers[step] !== undefined)
          .map((step) => (
            <div key={step}>
              <dt>{t(`questions.${step}`)}</dt>
              <dd>{label(step)}</dd>
              <dd>
                <Link href={href(foerderCheckHref(answers, step))} aria-label={t("changeLabel", { question: t(`questions.${step}`) })}>
                  {t("change")}
                </Link>
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
