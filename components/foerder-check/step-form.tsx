import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { localHrefs, pageLocale } from "@/lib/i18n/href";
import { germanOnly } from "@/lib/content/translations";
import { buttonClass } from "@/components/ui/button";
import { answerEntries, FOERDER_CHECK_PATH, foerderCheckHref, MAX_EMPLOYEES, PARAMS, previousStep, stepsFor, type Answers, type StepId } from "@/lib/foerder-check/answers";
import { AMOUNT_ANSWERS, PROJECT_KINDS, WHEN, WHO } from "@/lib/foerder-check/rules";
import type { FoerderCheckOptions } from "@/lib/foerder-check/result";

interface Props {
  step: StepId;
  answers: Answers;
  options: FoerderCheckOptions;
}

interface Choice {
  value: string;
  label: string;
  /** a German name (Kreis, Themenfeld) on a French or English page */
  lang?: "de";
}

// One question per page, as a GET form (works without JavaScript): the other answers travel as
// hidden inputs in canonical order around the question, so the submitted URL is already canonical.
export async function StepForm({ step, answers, options }: Props) {
  const [t, href] = await Promise.all([getTranslations("foerderCheck"), localHrefs()]);
  const steps = stepsFor(answers);
  const back = previousStep(answers, step);
  const others = answerEntries(answers, step);
  const position = PARAMS.indexOf(step);
  const before = others.filter(([name]) => PARAMS.indexOf(name) < position);
  const after = others.filter(([name]) => PARAMS.indexOf(name) > position);
  const isLast = steps.filter((s) => s !== step).every((s) => answers[s] !== undefined);
  const hidden = (entries: [StepId, string][]) => entries.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <div className="max-w-3xl">
      {back ? (
        <Link href={href(foerderCheckHref(answers, back))} className="mb-4 inline-block">
          {t("back")}
        </Link>
      ) : (
        <Link href={href("/")} className="mb-4 inline-block">
          {t("back")}
        </Link>
      )}
      <p className="font-semibold text-muted" id="fortschritt">
        {t("progress", { current: steps.indexOf(step) + 1, total: steps.length })}
      </p>
      <form method="get" action={href(FOERDER_CHECK_PATH)} className="mt-2" aria-describedby="fortschritt">
        {hidden(before)}
        {step === "beschaeftigte" ? (
          <EmployeesQuestion value={answers.beschaeftigte} label={t("questions.beschaeftigte")} hint={t("hints.beschaeftigte")} />
        ) : (
          <ChoiceQuestion step={step} answers={answers} options={options} />
        )}
        {hidden(after)}
        <button type="submit" className={`${buttonClass("primary")} mt-6`}>
          {isLast ? t("showResult") : t("next")}
        </button>
      </form>
    </div>
  );
}

function EmployeesQuestion({ value, label, hint }: { value: number | undefined; label: string; hint: string }) {
  return (
    <>
      <h1 className="page-title">
        <label htmlFor="beschaeftigte">{label}</label>
      </h1>
      <p id="beschaeftigte-hinweis" className="mt-3 max-w-2xl">
        {hint}
      </p>
      <input
        id="beschaeftigte"
        name="beschaeftigte"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_EMPLOYEES}
        step={1}
        required
        defaultValue={value}
        aria-describedby="beschaeftigte-hinweis"
        className="mt-3 h-11 w-32 border-2 border-ink bg-white px-2"
      />
    </>
  );
}

async function ChoiceQuestion({ step, answers, options }: { step: Exclude<StepId, "beschaeftigte">; answers: Answers; options: FoerderCheckOptions }) {
  const [t, locale] = await Promise.all([getTranslations("foerderCheck"), pageLocale()]);
  const lang = germanOnly(locale);
  const groups: { legend?: string; choices: Choice[] }[] =
    step === "wer"
      ? [{ choices: WHO.map((value) => ({ value, label: t(`wer.${value}`) })) }]
      : step === "wo"
        ? [{ choices: options.kreisRefs.map((k) => ({ value: k.slug, label: k.name, lang })) }]
        : step === "was"
          ? [
              { legend: t("was.projectsLegend"), choices: PROJECT_KINDS.map((value) => ({ value, label: t(`was.${value}`) })) },
              { legend: t("was.topicsLegend"), choices: options.topics.map((topic) => ({ value: topic.slug, label: topic.name, lang })) },
            ]
          : step === "betrag"
            ? [{ choices: AMOUNT_ANSWERS.map((value) => ({ value, label: t(`betrag.${value}`) })) }]
            : [{ choices: WHEN.map((value) => ({ value, label: t(`wann.${value}`) })) }];
  const hint = step === "wer" ? null : t(`hints.${step}`);
  const selected = answers[step];
  return (
    <fieldset aria-describedby={hint ? `${step}-hinweis` : undefined}>
      <legend>
        <h1 className="page-title">{t(`questions.${step}`)}</h1>
      </legend>
      {hint && (
        <p id={`${step}-hinweis`} className="mt-3 max-w-2xl">
          {hint}
        </p>
      )}
      {groups.map((group, index) => (
        <div key={group.legend ?? index} className="mt-4">
          {group.legend && <h2 className="text-lg font-bold">{group.legend}</h2>}
          <ul className="mt-2 space-y-2">
            {group.choices.map((choice) => {
              const id = `${step}-${choice.value}`;
              return (
                <li key={choice.value} className="flex items-start gap-3">
                  <input
                    id={id}
                    type="radio"
                    name={step}
                    value={choice.value}
                    required
                    defaultChecked={selected === choice.value}
                    className="mt-1 size-6 shrink-0 accent-brand-700"
                  />
                  <label htmlFor={id} className="min-w-0 leading-snug" lang={choice.lang}>
                    {choice.label}
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}
