import { LocalCard } from "@/components/cards/local-card";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { providerCardFacts } from "./provider-card-facts";
import { CARD_LOGO_BOX, logoView } from "./provider-logo";

interface Props {
  provider: ProviderCardDTO;
  headingLevel?: "h2" | "h3";
}

export async function ProviderCard({ provider, headingLevel = "h3" }: Props) {
  return (
    <LocalCard
      view={{
        type: "dienstleister",
        href: `/dienstleister/${provider.slug}`,
        heading: headingLevel,
        title: provider.name,
        ...(provider.logo && { logo: logoView(provider.logo, CARD_LOGO_BOX) }),
        summary: provider.summary,
        facts: await providerCardFacts(provider),
      }}
    />
  );
}
