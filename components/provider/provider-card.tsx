import Link from "next/link";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { ProviderCardFacts } from "./provider-card-facts";

interface Props {
  provider: ProviderCardDTO;
  headingLevel?: "h2" | "h3";
}

export function ProviderCard({ provider, headingLevel: Heading = "h3" }: Props) {
  return (
    <article className="border-b border-line py-5" data-type="dienstleister">
      <Heading className="text-lg font-bold">
        <Link href={`/dienstleister/${provider.slug}`}>{provider.name}</Link>
      </Heading>
      <p className="mt-2">{provider.summary}</p>
      <ProviderCardFacts provider={provider} />
    </article>
  );
}
