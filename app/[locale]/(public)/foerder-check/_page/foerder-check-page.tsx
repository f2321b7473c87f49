import type { Metadata } from "next";
import { localHref } from "@/lib/i18n/href";
import { Link } from "@/components/navigation/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnswerSummary } from "@/components/foerder-check/answer-summary";
import { CheckResult } from "@/components/foerder-check/check-result";
import { StepForm } from "@/components/foerder-check/step-form";
import { buttonClass } from "@/components/ui/button";
import { currentStep, FOERDER_CHECK_PATH, foerderCheckHref, parseAnswers, parseRequestedStep, rawQuery } from "@/lib/foerder-check/answers";
import { getFoerderCheckOptions, getFoerderCheckResult } from "@/lib/foerder-check/result";
import type { RawSearchParams } from "@/lib/listing/params";
import { pageMetadata } from "@/lib/seo/page-metadata";

// One URL for every step and the result: the answers are the query (nothing is stored), so back
// and forward, bookmarks and shared links work. Rendered by ../ansicht/[key] (cached per canonical
// answer set, reached through proxy.ts) and by ../page.tsx (what the proxy does not rewrite).

export async function foerderCheckMetadata(): Promise<Metadata> {
  const t = await getTranslations("foerderCheck");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: FOERDER_CHECK_PATH });
}

export async function FoerderCheckPage({ raw, now }: { raw: RawSearchParams; now: Date }) {
  const [t, options] = await Promise.all([getTranslations("foerderCheck"), getFoerderCheckOptions()]);
  const answers = parseAnswers(raw, options);
  const step = currentStep(answers, parseRequestedStep(raw));
  // Unknown parameters, invalid values and another order all lead to the one canonical URL, so
  // only canonical answer sets are rendered (and cached: the page cache never stores a redirect).
  const requested = step !== null && parseRequestedStep(raw) === step ? step : null;
  const canonical = foerderCheckHref(answers, requested);
  const query = rawQuery(raw);
  // The redirect stays in the page's language: a French visitor is not sent to the German steps.
  if ((query ? `${FOERDER_CHECK_PATH}?${query}` : FOERDER_CHECK_PATH) !== canonical) redirect(await localHref(canonical));

  if (step !== null || !answers.wer || !answers.wo || !answers.was) {
    return (
      <div className="grid gap-8">
        {Object.values(answers).every((v) => v === undefined) && <p className="max-w-3xl text-lg">{t("intro")}</p>}
        <StepForm step={step ?? "wer"} answers={answers} options={options} />
        {Object.values(answers).some((v) => v !== undefined) && <AnswerSummary answers={answers} options={options} />}
      </div>
    );
  }

  const complete = { ...answers, wer: answers.wer, wo: answers.wo, was: answers.was };
  const kreis = options.kreisRefs.find((k) => k.slug === complete.wo)!;
  const result = await getFoerderCheckResult(complete, options, now);
  return (
    <>
      <h1 className="page-title">
        {t("title")}: {t("result.heading")}
      </h1>
      <p className="mt-2 max-w-3xl print:hidden">{t("result.printHint")}</p>
      <div className="mt-6">
        <AnswerSummary answers={answers} options={options} />
      </div>
      <CheckResult answers={complete} kreis={kreis} kreise={options.kreisRefs} {...result} />
      <p className="mt-10 print:hidden">
        <Link href={await localHref(FOERDER_CHECK_PATH)} className={buttonClass("secondary")}>
          {t("restart")}
        </Link>
      </p>
    </>
  );
}
