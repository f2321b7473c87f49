import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EntryListPage } from "@/components/editor/entry-list-page";
import { EditorListFilters } from "@/components/editor/editor-list-filters";
import { EntityListTable, type ListColumn } from "@/components/editor/entity-list-table";
import { StatusTag } from "@/components/editor/status-tag";
import { Pagination } from "@/components/search/pagination";
import { DIRECTORY_EDITOR_SORTS, filterParams, pageWindow } from "@/lib/advisor/editor-filters";
import { requirePermission } from "@/lib/auth/guard";
import { EDITOR_PAGE_SIZE, staleBefore } from "@/lib/content/editor-filters";
import { formatInstantDay } from "@/lib/format";
import { providerEditorFilters } from "@/lib/provider/editor-filters";
import { findProvidersForEditor, getProviderRegionOptions, type ProviderEditorRow } from "@/lib/provider/editor-queries";
import { PROVIDER_SERVICES } from "@/lib/provider/schema";
import { FilterSelect } from "../berater/_components/filter-select";

const BASE = "/redaktion/dienstleister";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("directoryEditor.providers.list"))("title") };
}

export default async function ProviderEditorListPage({ searchParams }: Props) {
  await requirePermission("provider.update", BASE);
  const raw = await searchParams;
  const filters = providerEditorFilters.parse(raw);
  const [{ rows, total }, regions, t, ts, tf] = await Promise.all([
    findProvidersForEditor(filters, pageWindow(filters.seite)),
    getProviderRegionOptions(),
    getTranslations("directoryEditor.providers.list"),
    getTranslations("editor"),
    getTranslations("facets"),
  ]);
  const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));
  const stale = staleBefore();
  const from = total === 0 ? 0 : (filters.seite - 1) * EDITOR_PAGE_SIZE + 1;
  const to = Math.min(total, filters.seite * EDITOR_PAGE_SIZE);
  const exportHref = (format: string) => `/redaktion/export/dienstleister?${new URLSearchParams({ format, ...filterParams(filters) })}`;

  const columns: ListColumn<ProviderEditorRow>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`${BASE}/${row.id}`} className="font-semibold">
          {row.name}
        </Link>
      ),
    },
    { key: "seat", header: t("columns.seat"), cell: (row) => `${row.town} (${row.regionName})` },
    { key: "services", header: t("columns.services"), cell: (row) => row.services.map((s) => tf(`service.${s}`)).join(", ") },
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
            options={regions.map((r) => ({ value: r.slug, label: r.name }))} />
          <FilterSelect id="filter-service" name="leistung" label={t("serviceLabel")} allLabel={t("allServices")} value={filters.leistung}
            options={PROVIDER_SERVICES.map((s) => ({ value: s, label: tf(`service.${s}`) }))} />
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
