import { getTranslations } from "next-intl/server";
import { LocalCard } from "@/components/cards/local-card";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { advisorCardFacts } from "./advisor-card-facts";

interface Props {
  advisor: AdvisorCardDTO;
  kreise: readonly KreisRef[];
  headingLevel?: "h2" | "h3";
}

export async function AdvisorCard({ advisor, kreise, headingLevel = "h3" }: Props) {
  const [t, facts] = await Promise.all([getTranslations("facets.advisorKind"), advisorCardFacts(advisor, kreise)]);
  const role = [t(advisor.kind), advisor.jobTitle].filter(Boolean).join(" · ");
  return (
    <LocalCard
      view={{
        type: "berater",
        href: `/berater/${advisor.slug}`,
        heading: headingLevel,
        title: advisor.name,
        below: { tone: "muted", parts: [{ text: role }] },
        summary: advisor.summary,
        facts,
      }}
    />
  );
}
