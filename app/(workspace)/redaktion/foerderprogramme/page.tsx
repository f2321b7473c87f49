import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EntryListPage } from "@/components/editor/entry-list-page";
import { EditorListFilters } from "@/components/editor/editor-list-filters";
import { EntityListTable, type ListColumn } from "@/components/editor/entity-list-table";
import { StatusTag } from "@/components/editor/status-tag";
import { Pagination } from "@/components/search/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { EDITOR_PAGE_SIZE, staleBefore } from "@/lib/content/editor-filters";
import { FundingLevel } from "@/lib/db/enums";
import { formatDay, formatInstantDay } from "@/lib/format";
import { filterParams, pageWindowOf, PROGRAMME_EDITOR_SORTS, programmeEditorFilters } from "@/lib/programme/editor-filters";
import { findProgrammesForEditor, type ProgrammeEditorListItem } from "@/lib/programme/editor-queries";

const BASE = "/redaktion/foerderprogramme";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmeEditor.list"))("title") };
}

export default async function ProgrammeEditorListPage({ searchParams }: Props) {
  await requirePermission("programme.update", BASE);
  const raw = await searchParams;
  const filters = programmeEditorFilters.parse(raw);
  const [{ items, total }, t, ts, tf] = await Promise.all([
    findProgrammesForEditor(filters, pageWindowOf(filters.seite)),
    getTranslations("programmeEditor.list"),
    getTranslations("editor"),
    getTranslations("facets"),
  ]);
  const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));
  const stale = staleBefore();
  const from = total === 0 ? 0 : (filters.seite - 1) * EDITOR_PAGE_SIZE + 1;
  const to = Math.min(total, filters.seite * EDITOR_PAGE_SIZE);
  const exportQuery = (format: string) => new URLSearchParams({ format, ...filterParams(filters) }).toString();

  const columns: ListColumn<ProgrammeEditorListItem>[] = [
    {
      key: "title",
      header: ts("list.columns.title"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`${BASE}/${row.id}`} className="font-semibold">
            {row.title}
          </Link>
          <span className="block text-sm text-muted">
            {row.fundingBodyName} · {tf(`fundingLevel.${row.level}`)}
          </span>
        </>
      ),
    },
    { key: "status", header: ts("list.columns.status"), cell: (row) => <StatusTag status={row.status} /> },
    { key: "deadline", header: t("deadline"), cell: (row) => (row.deadline ? formatDay(row.deadline) : t("noDeadline")) },
    {
      key: "verified",
      header: ts("list.columns.lastVerified"),
      cell: (row) => (
        <>
          {formatInstantDay(row.lastVerifiedAt)}
          {new Date(row.lastVerifiedAt) < stale && <strong className="block text-sm">{ts("list.stale")}</strong>}
        </>
      ),
    },
    { key: "updated", header: ts("list.columns.updatedAt"), cell: (row) => formatInstantDay(row.updatedAt) },
  ];

  return (
    <EntryListPage
      title={t("title")}
      intro={t("intro")}
      create={{ href: `${BASE}/neu`, label: t("create") }}
      exportLinks={{
        label: t("export"),
        csv: { href: `/redaktion/export/foerderprogramme?${exportQuery("csv")}`, label: t("exportCsv") },
        json: { href: `/redaktion/export/foerderprogramme?${exportQuery("json")}`, label: t("exportJson") },
      }}
      count={ts("list.count", { count: total })}
      filters={
        <EditorListFilters
          action={BASE}
          heading={t("filtersHeading")}
          q={filters.q}
          status={filters.status}
          stale={filters.ungeprueft}
          sort={filters.sortierung}
          sortOptions={PROGRAMME_EDITOR_SORTS.map((value) => ({ value, label: t(`sort.${sortKey(value)}`) }))}
        >
          <div className="space-y-1">
            <label htmlFor="filter-level" className="block font-semibold">
              {t("levelLabel")}
            </label>
            <select id="filter-level" name="ebene" defaultValue={filters.ebene ?? ""} className="border-2 border-ink bg-white px-2 py-1.5">
              <option value="">{t("allLevels")}</option>
              {Object.values(FundingLevel).map((level) => (
                <option key={level} value={level}>
                  {tf(`fundingLevel.${level}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-center gap-2 self-center pt-5">
            <input id="filter-deadline" name="frist" type="checkbox" value="30" defaultChecked={filters.frist} className="size-5 accent-brand-700" />
            <label htmlFor="filter-deadline">{t("deadlineSoon")}</label>
          </div>
        </EditorListFilters>
      }
    >
      <EntityListTable
        caption={t("caption", { range: t("range", { from, to, total }) })}
        columns={columns}
        rows={items}
        rowKey={(row) => row.id}
        empty={ts("list.empty")}
      />
      <Pagination action={BASE} raw={raw} page={Math.min(filters.seite, pages)} pages={pages} />
    </EntryListPage>
  );
}

const sortKey = (value: (typeof PROGRAMME_EDITOR_SORTS)[number]) =>
  ({ geaendert: "updated", titel: "title", frist: "deadline", geprueft: "verified" })[value];
