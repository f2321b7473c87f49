import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { SearchBrowse } from "@/components/search/search-browse";
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchAlertLink } from "@/components/search/search-alert-link";
import { SearchForm } from "@/components/search/search-form";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { PARAM_BY_TYPE, type SearchParams } from "@/lib/search/query-params";
import type { TopicDTO } from "@/lib/taxonomy/dto";
import { searchAlertHref, typeHref } from "@/lib/search/page/links";
import type { MixedSearch } from "@/lib/search/page/run-search";
import { SearchHeading } from "./heading";
import { PageHit } from "./page-hit";
import { TypeNav } from "./type-nav";

interface Props {
  params: SearchParams;
  search: MixedSearch;
  topics: TopicDTO[];
  kreise: readonly KreisRef[];
}

/** All types at once: a section per type with its best hits and a link to all of them. */
export async function MixedResults({ params, search, topics, kreise }: Props) {
  const t = await getTranslations("search.types");
  const now = new Date();
  const alertHref = searchAlertHref(params);
  // Below the programmes' section, or below the empty state when no programme matches yet.
  const alertBox = (level: "h2" | "h3") => alertHref && <SearchAlertLink href={alertHref} q={params.q} filtered={false} headingLevel={level} />;
  const showsProgrammes = search.sections.some((section) => section.type === "programme");
  return (
    <>
      <SearchHeading params={params} correctedText={search.correctedText} />
      <SearchForm q={params.q} />
      {search.sections.length > 0 && <TypeNav params={params} countsByType={search.countsByType} />}
      {search.sections.length === 0 && (
        <>
          <SearchEmpty q={params.q} withoutFiltersHref={null} allTypesHref={null} />
          <SearchBrowse topics={topics} />
        </>
      )}
      {!showsProgrammes && alertBox("h2")}
      {search.sections.map(({ type, total, hits }) => {
        const typ = PARAM_BY_TYPE[type];
        return (
          <section key={type} aria-labelledby={`treffer-${typ}`} className="hit-group">
            <h2 id={`treffer-${typ}`}>
              {t(typ)} <span>{t("sectionCount", { count: total })}</span>
            </h2>
            {hits.map((hit) => (
              <PageHit key={hit.slug} hit={hit} cards={search.cards} now={now} kreise={kreise} />
            ))}
            {total > hits.length && (
              <p className="mt-4">
                <Link href={typeHref(params, type)} className="font-semibold">
                  {t(`showAll.${typ}`, { count: total })}
                  <span aria-hidden="true"> →</span>
                </Link>
              </p>
            )}
            {type === "programme" && alertBox("h3")}
          </section>
        );
      })}
    </>
  );
}
