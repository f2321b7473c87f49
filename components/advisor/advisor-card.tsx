import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { AdvisorCardFacts } from "./advisor-card-facts";

interface Props {
  advisor: AdvisorCardDTO;
  kreise: readonly KreisRef[];
  headingLevel?: "h2" | "h3";
}

export async function AdvisorCard({ advisor, kreise, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations();
  return (
    <article className="border-b border-line py-5" data-type="berater">
      <Heading className="text-lg font-bold">
        <Link href={`/berater/${advisor.slug}`}>{advisor.name}</Link>
      </Heading>
      <p className="text-muted">{[t(`facets.advisorKind.${advisor.kind}`), advisor.jobTitle].filter(Boolean).join(" · ")}</p>
      <p className="mt-2">{advisor.summary}</p>
      <AdvisorCardFacts advisor={advisor} kreise={kreise} />
    </article>
  );
}
