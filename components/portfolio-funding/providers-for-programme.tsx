import { LocalLink } from "@/components/ui/local-link";
import { NameLink } from "@/components/content/entry-link";
import { markedMessage } from "@/components/content/marked-message";
import { germanText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { ProvidersForProgramme } from "@/lib/portfolio-funding/related";

/**
 * "Dienstleister aus der Region für solche Vorhaben" on a programme's page: published providers
 * whose Leistungen map to its Themenfelder, seated where it applies. Omitted when there are none.
 */
export async function ProvidersForProgrammeSection({ related }: { related: ProvidersForProgramme }) {
  if (related.total === 0) return null;
  const [t, tp, locale] = await Promise.all([getTranslations("programmes.detail"), getTranslations("providers.detail"), pageLocale()]);
  return (
    <Section id="dienstleister" title={t("providersHeading")}>
      <p className="max-w-3xl">{t("providersIntro")}</p>
      <ul className="mt-3 space-y-3" data-testid="related-providers">
        {related.providers.map((provider) => (
          <li key={provider.slug} className="min-w-0 border-l-4 border-line pl-3">
            <NameLink href={`/dienstleister/${provider.slug}`} name={provider.name} className="font-semibold" />
            <p className="text-sm">{markedMessage({ region: germanText(provider.regionName, locale) }, (values) => tp("seat", { town: provider.town, ...values }))}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <LocalLink href={related.listHref}>{t("providersAll", { count: related.total })}</LocalLink>
      </p>
    </Section>
  );
}
