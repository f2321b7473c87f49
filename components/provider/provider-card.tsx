import { LocalCard } from "@/components/cards/local-card";
import { germanOnly, localizedText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { providerCardFacts } from "./provider-card-facts";
import { CARD_LOGO_BOX, logoView } from "./provider-logo";

interface Props {
  provider: ProviderCardDTO;
  headingLevel?: "h2" | "h3";
}

export async function ProviderCard({ provider, headingLevel = "h3" }: Props) {
  // The summary in the reader's language where translated; the company name is German, marked on
  // French and English pages but not counted as untranslated.
  const locale = await pageLocale();
  const summary = localizedText(provider, "summary", locale);
  return (
    <LocalCard
      view={{
        href: `/dienstleister/${provider.slug}`,
        heading: headingLevel,
        title: provider.name,
        ...(germanOnly(locale) && { titleLang: "de" as const }),
        ...(provider.logo && { logo: logoView(provider.logo, CARD_LOGO_BOX) }),
        summary: summary.text,
        facts: await providerCardFacts(provider, locale),
      }}
      original={{ summary: summary.lang }}
    />
  );
}
