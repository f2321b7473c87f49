import { AdvisorRole } from "@/components/advisor/advisor-role";
import { EntryLink, NameLink } from "@/components/content/entry-link";
import { inGerman } from "@/components/content/german";
import { markedMessage } from "@/components/content/marked-message";
import { getTranslations } from "next-intl/server";
import { DetailHeader } from "@/components/ui/detail-header";
import { ExternalLink } from "@/components/ui/external-link";
import { FactList } from "@/components/ui/fact-list";
import { Paragraphs } from "@/components/ui/paragraphs";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import { VerifiedNote } from "@/components/ui/verified-note";
import { berlinDay } from "@/lib/dates";
import { formatInstantDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { translationNote } from "@/components/content/translation-note";
import { germanText, localizedText } from "@/lib/content/translations";
import type { InitiativeDetailDTO } from "@/lib/initiative/dto";
import { MilestoneList } from "./milestone-list";

/** The initiative's public detail: the public page and the editor preview render exactly this. */
export async function InitiativeDetail({ initiative, today = berlinDay() }: { initiative: InitiativeDetailDTO; today?: string }) {
  const locale = await pageLocale();
  // French and English readers get the initiative's translations; missing ones are German, marked
  // (issue 20). Outcomes and milestones have no translation columns: German on every page.
  const title = localizedText(initiative, "title", locale);
  const summary = localizedText(initiative, "summary", locale);
  const description = localizedText(initiative, "description", locale);
  const germanOnly = locale === "de" ? undefined : ("de" as const);
  const note = await translationNote(locale, [title, summary, description], [initiative.outcomes, ...initiative.milestones.map((m) => m.title)]);
  const t = await getTranslations("initiatives.detail");
  const tf = await getTranslations("facets");
  const body = initiative.responsibleBody;
  return (
    <article>
      <DetailHeader
        list={{ href: "/initiativen", label: (await getTranslations("initiatives.list"))("title") }}
        kicker={markedMessage({ body: germanText(body.name, locale) }, (values) => t("kicker", values))}
        title={title.text}
        titleLang={title.lang}
        summary={summary.text}
        summaryLang={summary.lang}
        note={note}
      >
        <p className="mt-2 text-lg" data-testid="initiative-phase">
          {t("phase")}: <strong>{tf(`initiativePhase.${initiative.phase}`)}</strong>
        </p>
      </DetailHeader>

      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-8 lg:order-last">
          <Section id="auf-einen-blick" title={t("facts")}>
            <FactList
              facts={[
                {
                  label: t("responsibleBody"),
                  value: body.website ? <ExternalLink href={body.website}>{inGerman(body.name, locale)}</ExternalLink> : inGerman(body.name, locale),
                },
                { label: t("regions"), value: inGerman(initiative.regions.map((r) => r.name).join(", "), locale) },
                { label: t("topics"), value: inGerman(initiative.topics.map((x) => x.name).join(", "), locale) },
                { label: t("phase"), value: tf(`initiativePhase.${initiative.phase}`) },
              ]}
            />
          </Section>
          {initiative.contactAdvisor && (
            <Section id="ansprechperson" title={t("contact")}>
              <p>
                <NameLink href={`/berater/${initiative.contactAdvisor.slug}`} name={initiative.contactAdvisor.name} personal={initiative.contactAdvisor.kind === "PERSON"} />
                <br />
                <AdvisorRole advisor={initiative.contactAdvisor} />
              </p>
            </Section>
          )}
        </div>
        <div className="min-w-0 space-y-8">
          <Section id="worum-es-geht" title={t("description")}>
            <RichText text={description.text} lang={description.lang} />
          </Section>
          <Section id="meilensteine" title={t("milestones")}>
            <MilestoneList milestones={initiative.milestones} today={today} />
          </Section>
          {initiative.outcomes && (
            <Section id="ergebnisse" title={t("outcomes")}>
              <Paragraphs text={initiative.outcomes} lang={germanOnly} />
            </Section>
          )}
          {initiative.programmes.length > 0 && (
            <Section id="foerderprogramme" title={t("programmes")}>
              <ul className="list-disc space-y-1 pl-6">
                {initiative.programmes.map((p) => (
                  <li key={p.slug}>
                    <EntryLink href={`/foerderprogramme/${p.slug}`} entry={p} />
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {initiative.sourceLinks.length > 0 && (
            <Section id="quellen" title={t("sources")}>
              <ul className="list-disc space-y-1 pl-6">
                {initiative.sourceLinks.map((s) => (
                  <li key={s.url}>
                    <ExternalLink href={s.url}>{inGerman(s.label, locale)}</ExternalLink>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <VerifiedNote
            heading={t("verifiedHeading")}
            note={initiative.lastVerifiedAt ? t("verifiedNote", { date: formatInstantDay(initiative.lastVerifiedAt, locale) }) : t("unverifiedNote")}
          />
        </div>
      </div>
    </article>
  );
}
