import { getTranslations } from "next-intl/server";
import { localHrefs } from "@/lib/i18n/href";
import { Link } from "@/components/navigation/link";
import { buttonClass } from "@/components/ui/button";
import { facetData } from "./facet-data";
import { FacetFieldsets } from "./facet-fieldsets";

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
}

export interface FilterGroup {
  param: string;
  legend: string;
  options: FilterOption[];
  /** The option labels are German names (Kreise, Themenfelder, organisations) on a French or English page. */
  lang?: "de";
}

interface Props {
  action: string;
  query: string;
  /** the list's sort, kept when filters change ("" for a page without one, e.g. /fristen) */
  sort: string;
  groups: FilterGroup[];
  resultsId: string;
  /** Further parameters the form keeps (e.g. the search's type on /suche). */
  hidden?: Record<string, string>;
}

// A plain GET form: filters work without JavaScript and every state is a shareable URL. On a
// phone it sits collapsed in a <details> whose summary counts the active filters, so the results
// come first; from md up the panel is always shown and the summary hidden (app/globals.css,
// .filter-panel). The action's fragment lands the submitted page on the result count.
export async function FilterForm({ action, query, sort, groups, resultsId, hidden = {} }: Props) {
  const t = await getTranslations("common.list");
  const activeCount = groups.reduce((sum, group) => sum + group.options.filter((option) => option.checked).length, 0);
  return (
    <details className="filter-panel">
      <summary data-testid="filter-summary">{t("filterToggle", { count: activeCount })}</summary>
      <FilterFields action={action} query={query} sort={sort} groups={groups} resultsId={resultsId} hidden={hidden} />
    </details>
  );
}

async function FilterFields({ action, query, sort, groups, resultsId, hidden = {} }: Props) {
  const [t, href] = await Promise.all([getTranslations("common.list"), localHrefs()]);
  return (
    <form method="get" action={`${href(action)}#${resultsId}`} aria-labelledby="filter-heading">
      <div className="filter-head">
        <h2 id="filter-heading">{t("filtersHeading")}</h2>
        <a href={`#${resultsId}`}>{t("skipToResults")}</a>
      </div>
      <div className="filter-q">
        <label htmlFor="filter-q">{t("searchLabel")}</label>
        <p id="filter-q-hint">{t("searchHint")}</p>
        <input id="filter-q" name="q" type="search" defaultValue={query} aria-describedby="filter-q-hint" maxLength={200} />
      </div>
      {sort && <input type="hidden" name="sortierung" value={sort} />}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FacetFieldsets groups={groups.filter((group) => group.options.length > 0).map(facetData)} />
      <div className="filter-actions">
        <button type="submit" className={buttonClass("primary")}>
          {t("applyFilters")}
        </button>
        <Link href={action}>{t("resetFilters")}</Link>
      </div>
    </form>
  );
}
