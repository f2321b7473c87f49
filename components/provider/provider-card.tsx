import Link from "next/link";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { ProviderCardFacts } from "./provider-card-facts";
import { CARD_LOGO_BOX, ProviderLogo } from "./provider-logo";

interface Props {
  provider: ProviderCardDTO;
  headingLevel?: "h2" | "h3";
}

export function ProviderCard({ provider, headingLevel: Heading = "h3" }: Props) {
  return (
    <article className="flow-root border-b border-line py-5" data-type="dienstleister">
      {/* Beside the linked name, so decorative here (empty alt). */}
      {provider.logo && <ProviderLogo logo={provider.logo} box={CARD_LOGO_BOX} alt="" lazy className="float-right mb-2 ml-4" />}
      <Heading className="text-lg font-bold">
        <Link href={`/dienstleister/${provider.slug}`}>{provider.name}</Link>
      </Heading>
      <p className="mt-2">{provider.summary}</p>
      <ProviderCardFacts provider={provider} />
    </article>
  );
}
