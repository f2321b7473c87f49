import { Link } from "@/components/navigation/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { STATUS_VALUES, type EditorListFilters as Filters } from "@/lib/content/editor-filters";
import { FilterCheckbox, FilterSelect } from "./filter-controls";
import { buttonClass } from "@/components/ui/button";

type Props = {
  action: string;
  heading: string;
  /** names the columns the search looks in, which differ per type */
  searchLabel: string;
  filters: Filters;
  sortOptions: { value: string; label: string }[];
  /** type-specific filters (selects, checkboxes) rendered with the common ones */
  children?: ReactNode;
};

/** A GET form: search, status, "nicht geprüft seit 90 Tagen", sort — bookmarkable, works without JS. */
export async function EditorListFilters({ action, heading, searchLabel, filters, sortOptions, children }: Props) {
  const t = await getTranslations("editor");
  return (
    <section aria-labelledby="list-filters-heading" className="mt-6 border-2 border-line p-4">
      <h2 id="list-filters-heading" className="text-lg font-bold">
        {heading}
      </h2>
      <form method="get" action={action} className="mt-3 flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block font-semibold">
            {searchLabel}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} className="w-72 max-w-full border-2 border-ink px-2 py-1.5" />
        </div>
        <FilterSelect
          id="filter-status"
          name="status"
          label={t("list.statusLabel")}
          allLabel={t("list.allStatuses")}
          value={filters.status}
          options={STATUS_VALUES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        {children}
        <FilterCheckbox id="filter-stale" name="ungeprueft" value="1" label={t("list.staleLabel")} checked={filters.ungeprueft} />
        <FilterSelect id="filter-sort" name="sortierung" label={t("list.sortLabel")} value={filters.sortierung} options={sortOptions} />
        <button type="submit" className={buttonClass("primary", "sm")}>
          {t("list.apply")}
        </button>
        <Link href={action} className="self-center">
          {t("list.reset")}
        </Link>
      </form>
    </section>
  );
}
