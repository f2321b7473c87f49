import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { InitiativeCardDTO } from "@/lib/initiative/dto";

interface Props {
  initiative: InitiativeCardDTO;
  headingLevel?: "h2" | "h3";
}

/** An initiative in a list: title, phase, who and where. No "done" marks, so a cached list never goes stale. */
export async function InitiativeCard({ initiative, headingLevel: Heading = "h3" }: Props) {
  const [t, tf] = await Promise.all([getTranslations("initiatives.list"), getTranslations("facets.initiativePhase")]);
  return (
    <article className="border-b border-line py-5" data-type="initiativen">
      <Heading className="text-lg font-bold">
        <Link href={`/initiativen/${initiative.slug}`}>{initiative.title}</Link>
      </Heading>
      <p className="text-muted">{t("phase", { phase: tf(initiative.phase) })}</p>
      <p className="mt-2">{initiative.summary}</p>
      <ul className="mt-2 text-sm">
        <li>{t("responsibleBody", { name: initiative.responsibleBodyName })}</li>
        {initiative.regionNames.length > 0 && <li>{t("regions", { names: initiative.regionNames.join(", ") })}</li>}
      </ul>
    </article>
  );
}

