import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EntryListPage } from "@/components/editor/entry-list-page";
import { EditorListFilters } from "@/components/editor/editor-list-filters";
import { EntityListTable, type ListColumn } from "@/components/editor/entity-list-table";
import { StatusTag } from "@/components/editor/status-tag";
import { Pagination } from "@/components/search/pagination";
import { advisorEditorFilters, DIRECTORY_EDITOR_SORTS, filterParams, pageWindow } from "@/lib/advisor/editor-filters";
import { findAdvisorsForEditor, getAdvisorEditorOptions, type AdvisorEditorRow } from "@/lib/advisor/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { EDITOR_PAGE_SIZE, staleBefore } from "@/lib/content/editor-filters";
import { formatInstantDay } from "@/lib/format";
import { FilterSelect } from "./_components/filter-select";

const BASE = "/redaktion/berater";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directoryEditor.advisors.list"))("title") };
}

export default async function AdvisorEditorListPage({ searchParams }: Props) {
  await requirePermission("advisor.update", BASE);
  const raw = await searchParams;
  const filters = advisorEditorFilters.parse(raw);
  const [{ rows, total }, options, t, ts] = await Promise.all([
    findAdvisorsForEditor(filters, pageWindow(filters.seite)),
    getAdvisorEditorOptions(),
    getTranslations("directoryEditor.advisors.list"),
    getTranslations("editor"),
  ]);
  const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));
  const stale = staleBefore();
  const from = total === 0 ? 0 : (filters.seite - 1) * EDITOR_PAGE_SIZE + 1;
  const to = Math.min(total, filters.seite * EDITOR_PAGE_SIZE);
  const exportHref = (format: string) => `/redaktion/export/berater?${new URLSearchParams({ format, ...filterParams(filters) })}`;

  const columns: ListColumn<AdvisorEditorRow>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) => (
        <>
          <Link href={`${BASE}/${row.id}`} className="font-semibold">
            {row.name}
          </Link>
          <span className="block text-sm text-muted">{[t(`kind.${row.kind}`), row.jobTitle, row.town].filter(Boolean).join(" · ")}</span>
        </>
      ),
    },
    { key: "organisation", header: t("columns.organisation"), cell: (row) => row.organisationName },
    { key: "regions", header: t("columns.regions"), cell: (row) => row.regionNames.join(", ") },
    { key: "status", header: t("columns.status"), cell: (row) => <StatusTag status={row.status} /> },
    {
      key: "verified",
      header: t("columns.lastVerified"),
      cell: (row) => (
        <>
          {formatInstantDay(row.lastVerifiedAt.toISOString())}
          {row.lastVerifiedAt < stale && <strong className="block text-sm">{ts("list.stale")}</strong>}
        </>
      ),
    },
    { key: "updated", header: t("columns.updatedAt"), cell: (row) => formatInstantDay(row.updatedAt.toISOString()) },
  ];

  return (
    <EntryListPage
      title={t("title")}
      intro={t("intro")}
      create={{ href: `${BASE}/neu`, label: t("create") }}
      exportLinks={{
        label: t("export"),
        csv: { href: exportHref("csv"), label: t("exportCsv") },
        json: { href: exportHref("json"), label: t("exportJson") },
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
          sortOptions={DIRECTORY_EDITOR_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
        >
          <FilterSelect id="filter-region" name="gebiet" label={t("regionLabel")} allLabel={t("allRegions")} value={filters.gebiet}
            options={options.regions.map((r) => ({ value: r.slug, label: r.name }))} />
          <FilterSelect id="filter-organisation" name="organisation" label={t("organisationLabel")} allLabel={t("allOrganisations")} value={filters.organisation}
            options={options.organisations.map((o) => ({ value: o.slug, label: o.name }))} />
        </EditorListFilters>
      }
    >
      <EntityListTable
        caption={t("caption", { range: t("range", { from, to, total }) })}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        empty={ts("list.empty")}
      />
      <Pagination action={BASE} raw={raw} page={Math.min(filters.seite, pages)} pages={pages} />
    </EntryListPage>
  );
}
