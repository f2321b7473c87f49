import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { ProviderContact } from "@/components/provider/provider-contact";
import { DETAIL_LOGO_BOX, ProviderLogo } from "@/components/provider/provider-logo";
import { ProviderReferences } from "@/components/provider/provider-references";
import { DetailHeader } from "@/components/ui/detail-header";
import { FactList } from "@/components/ui/fact-list";
import { RichText } from "@/components/ui/rich-text";
import { Section } from "@/components/ui/section";
import { VerifiedNote } from "@/components/ui/verified-note";
import { formatInstantDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { translationNote } from "@/components/content/translation-note";
import { germanOnly, germanText, localizedText } from "@/lib/content/translations";
import { inGerman } from "@/components/content/german";
import { markedMessage } from "@/components/content/marked-message";
import type { ProviderDetailDTO } from "@/lib/provider/dto";

/**
 * The provider's public detail: the public page and the editor preview render exactly this. The
 * public page passes `funding` (the matching programmes, lib/portfolio-funding); the preview shows
 * the general pointer to the programme list in its place.
 */
export async function ProviderDetail({ provider, funding }: { provider: ProviderDetailDTO; funding?: React.ReactNode }) {
  const locale = await pageLocale();
  // French and English readers get the provider's translations; missing ones are German, marked
  // (issue 20). The company name is German, marked but not counted as untranslated; the references
  // have no translation columns: German, marked, and counted in the note.
  const summary = localizedText(provider, "summary", locale);
  const description = localizedText(provider, "description", locale);
  const note = await translationNote(locale, [summary, description], provider.references.map((reference) => reference.description));
  const germanLang = germanOnly(locale);
  const t = await getTranslations();
  // Town and Kreis are German names: marked on French and English pages.
  const seat = inGerman(t("providers.detail.seat", { town: provider.town, region: provider.region.name }), locale);

  return (
    <article>
      <DetailHeader list={{ href: "/dienstleister", label: t("providers.list.title") }} kicker={seat} title={provider.name} titleLang={germanLang} summary={summary.text} summaryLang={summary.lang} note={note} />

      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        {/* First in reading order, right column on wide screens. */}
        <div className="lg:order-last">
          {/* Eagerly loaded: it is near the top. The name is the h1, but the logo is content of its own here. */}
          {provider.logo && <ProviderLogo logo={provider.logo} box={DETAIL_LOGO_BOX} alt={t("providers.detail.logoAlt", { name: provider.name })} className="mb-6" />}
          <ProviderContact provider={provider} />
        </div>
        <div className="space-y-8">
          <Section id="facts" title={t("providers.detail.facts")}>
            <FactList
              facts={[
                { label: t("providers.detail.industries"), value: provider.industries.map((x) => t(`facets.industry.${x}`)).join(", ") },
                { label: t("providers.detail.size"), value: t(`facets.companySize.${provider.size}`) },
                { label: t("providers.detail.foundedYear"), value: provider.foundedYear },
                { label: t("providers.detail.location"), value: seat },
                { label: t("providers.detail.certifications"), value: provider.certifications.join(", ") },
              ]}
            />
          </Section>
          <Section id="description" title={t("providers.detail.description")}>
            <RichText text={description.text} lang={description.lang} />
          </Section>
          {provider.services.length > 0 && (
            <Section id="portfolio" title={t("providers.detail.portfolioHeading")}>
              <p>{markedMessage({ name: germanText(provider.name, locale) }, (values) => t("providers.detail.portfolioIntro", { count: provider.services.length, ...values }))}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {provider.services.map((service) => (
                  <li key={service}>{t(`facets.service.${service}`)}</li>
                ))}
              </ul>
            </Section>
          )}
          <ProviderReferences name={provider.name} references={provider.references} lang={germanLang} />
          <VerifiedNote
            heading={t("providers.detail.verifiedHeading")}
            note={provider.lastVerifiedAt ? t("providers.detail.verifiedNote", { date: formatInstantDay(provider.lastVerifiedAt, locale) }) : t("providers.detail.unverifiedNote")}
          >
            <p className="mt-2 text-sm">{t("providers.detail.neutrality")}</p>
          </VerifiedNote>
          {funding ?? (
            <p>
              {t("providers.detail.fundingHint")} <LocalLink href="/foerderprogramme">{t("providers.detail.fundingLink")}</LocalLink>
            </p>
          )}
        </div>
      </div>
    </article>
  );
}
