import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";

interface Props {
  advisor: AdvisorCardDTO;
  headingLevel?: "h2" | "h3";
}

export async function AdvisorCard({ advisor, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations();
  return (
    <article className="border-b border-line py-5">
      <Heading className="text-lg font-bold">
        <Link href={`/berater/${advisor.slug}`}>{advisor.name}</Link>
      </Heading>
      <p className="text-muted">{[t(`facets.advisorKind.${advisor.kind}`), advisor.jobTitle].filter(Boolean).join(" · ")}</p>
      <p className="mt-2">{advisor.summary}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("advisors.card.organisation")}</dt>
        <dd>{advisor.organisationName}</dd>
        {advisor.consultationModes.length > 0 && (
          <>
            <dt className="font-semibold">{t("advisors.card.consultationModes")}</dt>
            <dd>{advisor.consultationModes.map((mode) => t(`facets.consultationMode.${mode}`)).join(", ")}</dd>
          </>
        )}
        {advisor.town && (
          <>
            <dt className="font-semibold">{t("advisors.card.town")}</dt>
            <dd>{advisor.town}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
