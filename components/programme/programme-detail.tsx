import { getTranslations } from "next-intl/server";
import { DetailHeader } from "@/components/ui/detail-header";
import { ExternalLink } from "@/components/ui/external-link";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import { germanText, localizedText } from "@/lib/content/translations";
import { inGerman } from "@/components/content/german";
import { markedMessage } from "@/components/content/marked-message";
import { formatInstantDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { DETAIL_COUNTDOWN, programmeTiming } from "@/lib/programme/deadline";
import type { ProgrammeDetailDTO } from "@/lib/programme/dto";
import { ProgrammeAdvisors } from "./programme-advisors";
import { ProgrammeApplication } from "./programme-application";
import { ProgrammeContact } from "./programme-contact";
import { ProgrammeFacts } from "./programme-facts";
import { ProgrammeEndedNotice, ProgrammeSuccessors } from "./programme-successors";
import { StatusBadge } from "./status-badge";
import { translationNote } from "@/components/content/translation-note";

/**
 * The body of a programme's public page. The public route and the editors' preview both render
 * this, so a preview shows exactly what the public will see. Order: whether one can still apply,
 * the facts (who, how much, until when), what it is, who qualifies, how to apply and with what,
 * on what legal basis, combined with what, whom to ask, who in the region offers such work (the
 * public page passes `providers`, lib/portfolio-funding), and where the data comes from.
 */
export async function ProgrammeDetail({ programme, providers }: { programme: ProgrammeDetailDTO; providers?: React.ReactNode }) {
  const locale = await pageLocale();
  const t = await getTranslations("programmes");
  // Every open deadline is counted down here, not only near ones as on cards; the page expires at
  // Berlin midnight for it (nextDetailChange in the route).
  const { status, daysLeft } = programmeTiming(programme, new Date(), DETAIL_COUNTDOWN);
  const title = localizedText(programme, "title", locale);
  const summary = localizedText(programme, "summary", locale);
  const description = localizedText(programme, "description", locale);
  // On French and English pages the texts without a translation column are German as well.
  const germanOnly = locale === "de" ? undefined : ("de" as const);
  const note = await translationNote(locale, [title, summary, description], [programme.eligibility, programme.howToApply, programme.requiredDocuments, programme.combinabilityNote]);
  return (
    <article>
      <DetailHeader
        list={{ href: "/foerderprogramme", label: t("list.title") }}
        kicker={inGerman(programme.fundingBody.name, locale)}
        title={title.text}
        titleLang={title.lang}
        summary={summary.text}
        summaryLang={summary.lang}
        note={note}
      >
        <div className="mt-3">
          <StatusBadge status={status} deadline={programme.deadline} applicationStart={programme.applicationStart} daysLeft={daysLeft} />
        </div>
      </DetailHeader>
      {status === "closed" && <ProgrammeEndedNotice successors={programme.successors} />}

      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-8">
          <Section id="facts" title={t("detail.facts")}>
            <ProgrammeFacts programme={programme} />
          </Section>
          <Section id="description" title={t("detail.description")}>
            <RichText text={description.text} lang={description.lang} />
          </Section>
          {programme.eligibility && (
            <Section id="eligibility" title={t("detail.eligibility")}>
              <RichText text={programme.eligibility} lang={germanOnly} />
            </Section>
          )}
          {programme.howToApply && (
            <Section id="how-to-apply" title={t("detail.howToApply")}>
              <RichText text={programme.howToApply} lang={germanOnly} />
            </Section>
          )}
          <ProgrammeApplication programme={programme} contentLang={germanOnly} />
          <ProgrammeContact programme={programme} />
          {status !== "closed" && programme.successors.length > 0 && <ProgrammeSuccessors successors={programme.successors} />}
          {providers}
          <section aria-labelledby="source" className="border-l-8 border-line pl-4">
            <h2 id="source" className="text-xl font-bold">
              {t("detail.source")}
            </h2>
            <p className="mt-2">
              <ExternalLink href={programme.sourceUrl}>{markedMessage({ name: germanText(programme.fundingBody.name, locale) }, (values) => t("detail.sourceLink", values))}</ExternalLink>
            </p>
            {programme.lastVerifiedAt && (
              <p className="mt-2 font-semibold" data-testid="checked-on">
                {t("detail.checkedOn", { date: formatInstantDay(programme.lastVerifiedAt, locale) })}
              </p>
            )}
            <p className="mt-2 text-sm" data-testid="last-verified">
              {programme.lastVerifiedAt ? t("detail.verifiedNote", { date: formatInstantDay(programme.lastVerifiedAt, locale) }) : t("detail.unverifiedNote")}
            </p>
          </section>
        </div>
        <ProgrammeAdvisors advisors={programme.advisors} />
      </div>
    </article>
  );
}
