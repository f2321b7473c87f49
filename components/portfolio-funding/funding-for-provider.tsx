import { LocalLink } from "@/components/ui/local-link";
import { EntryLink } from "@/components/content/entry-link";
import { German } from "@/components/content/german";
import { markedMessage } from "@/components/content/marked-message";
import { germanText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/programme/status-badge";
import { Section } from "@/components/ui/section";
import type { FundingForProvider } from "@/lib/portfolio-funding/related";
import { programmeTiming } from "@/lib/programme/deadline";

/**
 * "Förderprogramme, die solche Leistungen fördern" on a provider's page: open or soon opening
 * programmes of the Themenfelder its Leistungen map to, valid in its Kreis. Without any, the one
 * sentence pointing to the programme list that the page had before.
 */
export async function FundingForProviderSection({ funding, regionName, now = new Date() }: { funding: FundingForProvider; regionName: string; now?: Date }) {
  const [t, locale] = await Promise.all([getTranslations("providers.detail"), pageLocale()]);
  if (funding.total === 0) {
    return (
      <p>
        {t("fundingHint")} <LocalLink href="/foerderprogramme">{t("fundingLink")}</LocalLink>
      </p>
    );
  }
  return (
    <Section id="foerderprogramme" title={t("fundingHeading")}>
      <p className="max-w-3xl">{markedMessage({ region: germanText(regionName, locale) }, (values) => t("fundingIntro", values))}</p>
      <ul className="mt-3 space-y-4" data-testid="related-programmes">
        {funding.programmes.map((programme) => {
          const { status, daysLeft } = programmeTiming(programme, now);
          return (
            <li key={programme.slug} className="min-w-0 border-l-4 border-line pl-3">
              <EntryLink href={`/foerderprogramme/${programme.slug}`} entry={programme} className="font-semibold" />
              <p className="text-sm">
                <German>{programme.fundingBodyName}</German>
              </p>
              <StatusBadge status={status} deadline={programme.deadline} applicationStart={programme.applicationStart} daysLeft={daysLeft} />
            </li>
          );
        })}
      </ul>
      <p className="mt-4">
        <LocalLink href={funding.listHref}>{t("fundingAll", { count: funding.total })}</LocalLink>
      </p>
    </Section>
  );
}
