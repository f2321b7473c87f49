import { getTranslations } from "next-intl/server";
import { AdvisorContact } from "@/components/advisor/advisor-contact";
import { AdvisorProgrammes } from "@/components/advisor/advisor-programmes";
import { AdvisorProviders } from "@/components/advisor/advisor-providers";
import { inGerman } from "@/components/content/german";
import { markedMessage } from "@/components/content/marked-message";
import { DetailHeader } from "@/components/ui/detail-header";
import { ExternalLink } from "@/components/ui/external-link";
import { FactList } from "@/components/ui/fact-list";
import { LocalLink } from "@/components/ui/local-link";
import { Section } from "@/components/ui/section";
import { VerifiedNote } from "@/components/ui/verified-note";
import type { AdvisorDetailDTO } from "@/lib/advisor/dto";
import { formatInstantDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { translationNote } from "@/components/content/translation-note";
import { germanText, localizedOptionalText, localizedText } from "@/lib/content/translations";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { advisorNameLang } from "./name-lang";

/** The advisor's public detail: the public page and the editor preview render exactly this. */
export async function AdvisorDetail({ advisor, kreise }: { advisor: AdvisorDetailDTO; kreise: readonly KreisRef[] }) {
  const locale = await pageLocale();
  // French and English readers get the advisor's translations; missing ones are German, marked
  // (issue 20). The name is not translated: a desk's German name is marked, a person's is not.
  const summary = localizedText(advisor, "summary", locale);
  const jobTitle = localizedOptionalText(advisor, "jobTitle", locale);
  const officeHours = localizedOptionalText(advisor, "officeHours", locale);
  const note = await translationNote(locale, [summary, jobTitle, officeHours].filter((text) => text !== null));
  const t = await getTranslations();
  const organisation = advisor.organisation;
  // The organisation's, Themenfelder's and Kreise's names are German only: marked on French and English pages.
  const organisationName = germanText(organisation.shortName ?? organisation.name, locale);

  return (
    <article>
      <DetailHeader
        list={{ href: "/berater", label: t("advisors.list.title") }}
        kicker={markedMessage({ organisation: germanText(organisation.name, locale) }, (values) =>
          t("advisors.detail.kindAndOrganisation", { kind: t(`facets.advisorKind.${advisor.kind}`), ...values }),
        )}
        title={advisor.name}
        titleLang={advisorNameLang(advisor.kind, locale)}
        summary={summary.text}
        summaryLang={summary.lang}
        note={note}
      >
        {jobTitle && (
          <p className="mt-1 text-xl" lang={jobTitle.lang}>
            {jobTitle.text}
          </p>
        )}
      </DetailHeader>

      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        {/* First in reading order (how to reach them is what most visitors came for), right column on wide screens. */}
        <div className="lg:order-last">
          <AdvisorContact advisor={advisor} officeHours={officeHours} />
        </div>
        <div className="space-y-8">
          <Section id="focus" title={t("advisors.detail.focusHeading")}>
            <FactList
              facts={[
                { label: t("advisors.detail.topics"), value: inGerman(advisor.topics.map((x) => x.name).join(", "), locale) },
                { label: t("advisors.detail.regions"), value: inGerman(advisor.regions.map((x) => x.name).join(", "), locale) },
                {
                  label: t("advisors.detail.organisation"),
                  value: (
                    <>
                      {inGerman(organisation.name, locale)}
                      {organisation.website && (
                        <>
                          <br />
                          <ExternalLink href={organisation.website}>
                            {markedMessage({ name: organisationName }, (values) => t("advisors.detail.organisationWebsite", values))}
                          </ExternalLink>
                        </>
                      )}
                      <br />
                      <LocalLink href={`/berater?organisation=${encodeURIComponent(organisation.slug)}`}>
                        {markedMessage({ name: organisationName }, (values) => t("advisors.detail.moreFromOrganisation", values))}
                      </LocalLink>
                    </>
                  ),
                },
              ]}
            />
          </Section>
          <AdvisorProgrammes name={advisor.name} programmes={advisor.programmes} />
          <AdvisorProviders regionSlugs={advisor.regions.map((r) => r.slug)} kreise={kreise} />
          <VerifiedNote
            heading={t("advisors.detail.verifiedHeading")}
            note={advisor.lastVerifiedAt ? t("advisors.detail.verifiedNote", { date: formatInstantDay(advisor.lastVerifiedAt, locale) }) : t("advisors.detail.unverifiedNote")}
          />
        </div>
      </div>
    </article>
  );
}
