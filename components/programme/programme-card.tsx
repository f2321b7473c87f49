import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import type { ProgrammeStatus } from "@/lib/programme/status";
import { StatusBadge } from "./status-badge";

interface Props {
  programme: ProgrammeCardDTO & { status: ProgrammeStatus };
  headingLevel?: "h2" | "h3";
}

export async function ProgrammeCard({ programme, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations();
  return (
    <article className="border-b border-line py-5">
      <Heading className="text-lg font-bold">
        <Link href={`/foerderprogramme/${programme.slug}`}>{programme.title}</Link>
      </Heading>
      <StatusBadge status={programme.status} deadline={programme.deadline} applicationStart={programme.applicationStart} />
      <p className="mt-2">{programme.summary}</p>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("programmes.card.fundingBody")}</dt>
        <dd>
          {programme.fundingBodyName} ({t(`facets.fundingLevel.${programme.level}`)})
        </dd>
        <dt className="font-semibold">{t("facets.fundingType.label")}</dt>
        <dd>{programme.fundingTypes.map((type) => t(`facets.fundingType.${type}`)).join(", ")}</dd>
        {programme.amountText && (
          <>
            <dt className="font-semibold">{t("programmes.card.amount")}</dt>
            <dd>{programme.amountText}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
