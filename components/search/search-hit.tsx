import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdvisorCardFacts } from "@/components/advisor/advisor-card-facts";
import { EventWhen } from "@/components/event/event-when";
import { ProgrammeCardFacts } from "@/components/programme/programme-card-facts";
import { StatusBadge } from "@/components/programme/status-badge";
import { ProviderCardFacts } from "@/components/provider/provider-card-facts";
import { CARD_LOGO_BOX, ProviderLogo } from "@/components/provider/provider-logo";
import type { ProgrammeStatus } from "@/lib/programme/status";
import type { HitCard } from "@/lib/search/page/hit-cards";
import { PARAM_BY_TYPE, hitPath } from "@/lib/search/query-params";
import type { SearchHit } from "@/lib/search/types";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { Highlighted } from "./search-highlight";

interface Props {
  hit: SearchHit;
  /** Programmes only: status and countdown derived from the dates with one "now" (lib/programme/deadline.ts). */
  timing: { status: ProgrammeStatus; daysLeft: number | null } | null;
  /** The entry's list card, for the same deciding facts as the lists; none if it was unpublished meanwhile. */
  card?: HitCard | undefined;
  kreise: readonly KreisRef[];
  /** In mixed lists the type is named above the title. */
  showType?: boolean;
  headingLevel?: "h2" | "h3";
}

/** One search result: highlighted title linking to the detail page, status, highlighted summary, the card's facts. */
export async function SearchHitItem({ hit, timing, card, kreise, showType = false, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations("search.hit");
  return (
    <article className="flow-root border-b border-line py-5" data-type={PARAM_BY_TYPE[hit.type]}>
      {card?.type === "provider" && card.card.logo && (
        <ProviderLogo logo={card.card.logo} box={CARD_LOGO_BOX} alt="" lazy className="float-right mb-2 ml-4" />
      )}
      {showType && <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t(`type.${PARAM_BY_TYPE[hit.type]}`)}</p>}
      <Heading className="text-lg font-bold">
        <Link href={hitPath(hit.type, hit.slug)}>
          <Highlighted html={hit.highlightedTitle} />
        </Link>
      </Heading>
      {timing && <StatusBadge status={timing.status} daysLeft={timing.daysLeft} deadline={hit.deadline} applicationStart={hit.applicationStart} />}
      <p className="mt-2">
        <Highlighted html={hit.highlightedSummary} />
      </p>
      {card?.type === "programme" && <ProgrammeCardFacts programme={card.card} kreise={kreise} />}
      {card?.type === "provider" && <ProviderCardFacts provider={card.card} />}
      {card?.type === "advisor" && <AdvisorCardFacts advisor={card.card} kreise={kreise} />}
      {card?.type === "event" && (
        <p className="mt-2 text-sm font-semibold">
          <EventWhen startsAt={card.card.startsAt} endsAt={card.card.endsAt} /> · {card.card.organiserName}
        </p>
      )}
    </article>
  );
}
