import { LocalCard } from "@/components/cards/local-card";
import { localizedText } from "@/lib/content/translations";
import { pageLocale } from "@/lib/i18n/href";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { providerCardFacts } from "./provider-card-facts";
import { CARD_LOGO_BOX, logoView } from "./provider-logo";

interface Props {
  provider: ProviderCardDTO;
  headingLevel?: "h2" | "h3";
}

export async function ProviderCard({ provider, headingLevel = "h3" }: Props) {
  // The company name is a name in every language; the summary comes in the reader's language where translated.
  const summary = localizedText(provider, "summary", await pageLocale());
  return (
    <LocalCard
      view={{
        type: "dienstleister",
        href: `/dienstleister/${provider.slug}`,
        heading: headingLevel,
        title: provider.name,
        ...(provider.logo && { logo: logoView(provider.logo, CARD_LOGO_BOX) }),
        summary: summary.text,
        facts: await providerCardFacts(provider),
      }}
      original={{ summary: summary.lang }}
    />
  );
}
