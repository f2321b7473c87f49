import type { RawSearchParams } from "@/lib/listing/params";
import { ActiveFilters } from "./active-filters";
import { FilterForm, type FilterGroup } from "./filter-form";
import { Pagination } from "./pagination";
import { NoResults, ResultSummary } from "./result-summary";
import { SortForm } from "./sort-form";

interface Props {
  path: string;
  raw: RawSearchParams;
  title: string;
  intro: React.ReactNode;
  query: { q: string; sort: string };
  sortOptions: { value: string; label: string }[];
  groups: FilterGroup[];
  /** the page of results: `items` are the entries shown (rendered as children) */
  result: { total: number; start: number; page: number; pages: number; items: readonly unknown[] };
  children: React.ReactNode;
  /** what one can do with this selection (subscribe to it); after the results, which come first */
  afterResults?: React.ReactNode;
}

/** The shared shape of every directory list: filters beside results, sort, active filters, pages. */
export function ListLayout({ path, raw, title, intro, query, sortOptions, groups, result, children, afterResults }: Props) {
  return (
    <>
      <h1 className="page-title">{title}</h1>
      {intro}
      <div className="list-grid">
        <aside>
          <FilterForm action={path} query={query.q} sort={query.sort} groups={groups} resultsId="ergebnisse" />
        </aside>
        <section id="ergebnisse" aria-labelledby="ergebnisse-heading" tabIndex={-1}>
          <div className="results-head">
            <ResultSummary headingId="ergebnisse-heading" total={result.total} start={result.start} shown={result.items.length} />
            <SortForm action={path} raw={raw} current={query.sort} options={sortOptions} />
          </div>
          <div className="mt-4">
            <ActiveFilters action={path} raw={raw} groups={groups} />
          </div>
          {children}
          {result.total === 0 && <NoResults resetHref={path} />}
          <Pagination action={path} raw={raw} page={result.page} pages={result.pages} />
          {afterResults}
        </section>
      </div>
    </>
  );
}
