import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/programme/status-badge";
import type { ProgrammeStatus } from "@/lib/programme/status";
import { PARAM_BY_TYPE, hitPath } from "@/lib/search/query-params";
import type { SearchHit } from "@/lib/search/types";
import { Highlighted } from "./search-highlight";

interface Props {
  hit: SearchHit;
  /** Programmes only: derived from the dates at render time. */
  status: ProgrammeStatus | null;
  /** In mixed lists the type is named above the title. */
  showType?: boolean;
  headingLevel?: "h2" | "h3";
}

/** One search result: highlighted title linking to the detail page, status, highlighted summary. */
export async function SearchHitItem({ hit, status, showType = false, headingLevel: Heading = "h3" }: Props) {
  const t = await getTranslations("search.hit");
  return (
    <article className="border-b border-line py-5" data-type={PARAM_BY_TYPE[hit.type]}>
      {showType && <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t(`type.${PARAM_BY_TYPE[hit.type]}`)}</p>}
      <Heading className="text-lg font-bold">
        <Link href={hitPath(hit.type, hit.slug)}>
          <Highlighted html={hit.highlightedTitle} />
        </Link>
      </Heading>
      {status && <StatusBadge status={status} deadline={hit.deadline} applicationStart={hit.applicationStart} />}
      <p className="mt-2">
        <Highlighted html={hit.highlightedSummary} />
      </p>
    </article>
  );
}
