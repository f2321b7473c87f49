import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { STATUS_VALUES } from "@/lib/content/editor-filters";

type Option = { value: string; label: string };

type Props = {
  action: string;
  heading: string;
  q: string;
  status: string | null;
  stale: boolean;
  sort: string;
  sortOptions: Option[];
  /** type-specific filters (selects, checkboxes) rendered with the common ones */
  children?: ReactNode;
};

/** A GET form: search, status, "nicht geprüft seit 90 Tagen", sort — bookmarkable, works without JS. */
export async function EditorListFilters({ action, heading, q, status, stale, sort, sortOptions, children }: Props) {
  const t = await getTranslations("editor");
  return (
    <section aria-labelledby="list-filters-heading" className="mt-6 border-2 border-line p-4">
      <h2 id="list-filters-heading" className="text-lg font-bold">
        {heading}
      </h2>
      <form method="get" action={action} className="mt-3 flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block font-semibold">
            {t("list.searchLabel")}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={q} className="w-72 max-w-full border-2 border-ink px-2 py-1.5" />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-status" className="block font-semibold">
            {t("list.statusLabel")}
          </label>
          <select id="filter-status" name="status" defaultValue={status ?? ""} className="border-2 border-ink bg-white px-2 py-1.5">
            <option value="">{t("list.allStatuses")}</option>
            {STATUS_VALUES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        {children}
        <div className="flex items-center gap-2 self-center pt-5">
          <input id="filter-stale" name="ungeprueft" type="checkbox" value="1" defaultChecked={stale} className="size-5 accent-brand-700" />
          <label htmlFor="filter-stale">{t("list.staleLabel")}</label>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-sort" className="block font-semibold">
            {t("list.sortLabel")}
          </label>
          <select id="filter-sort" name="sortierung" defaultValue={sort} className="border-2 border-ink bg-white px-2 py-1.5">
            {sortOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="border-2 border-ink bg-brand-700 px-4 py-1.5 font-bold text-white">
          {t("list.apply")}
        </button>
        <Link href={action} className="self-center">
          {t("list.reset")}
        </Link>
      </form>
    </section>
  );
}
