import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { ProvidersForProgramme } from "@/lib/portfolio-funding/related";

/**
 * "Dienstleister aus der Region für solche Vorhaben" on a programme's page: published providers
 * whose Leistungen map to its Themenfelder, seated where it applies. Omitted when there are none.
 */
export async function ProvidersForProgrammeSection({ related }: { related: ProvidersForProgramme }) {
  if (related.total === 0) return null;
  const [t, tp] = await Promise.all([getTranslations("programmes.detail"), getTranslations("providers.detail")]);
  return (
    <Section id="dienstleister" title={t("providersHeading")}>
      <p className="max-w-3xl">{t("providersIntro")}</p>
      <ul className="mt-3 space-y-3" data-testid="related-providers">
        {related.providers.map((provider) => (
          <li key={provider.slug} className="min-w-0 border-l-4 border-line pl-3">
            <LocalLink href={`/dienstleister/${provider.slug}`} className="font-semibold">
              {provider.name}
            </LocalLink>
            <p className="text-sm">{tp("seat", { town: provider.town, region: provider.regionName })}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <LocalLink href={related.listHref}>{t("providersAll", { count: related.total })}</LocalLink>
      </p>
    </Section>
  );
}
