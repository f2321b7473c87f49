import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { commonEditorColumns, nameColumn } from "@/components/editor/common-columns";
import { EditorListView } from "@/components/editor/editor-list-view";
import type { ListColumn } from "@/components/editor/entity-list-table";
import { FilterSelect } from "@/components/editor/filter-controls";
import { DIRECTORY_EDITOR_SORTS } from "@/lib/content/editor-filters";
import { requirePermission } from "@/lib/auth/guard";
import { allowedBulkActions } from "@/lib/content/bulk-request";
import { parseEditorList } from "@/lib/content/editor-filters";
import { providerEditorFilters } from "@/lib/provider/editor-filters";
import { findProvidersForEditor, getProviderRegionOptions, type ProviderEditorListItem } from "@/lib/provider/editor-queries";
import { SERVICE_CATEGORIES, facetParam } from "@/lib/facets/registry";
import { bulkProviderAction } from "./bulk-actions";

const BASE = "/redaktion/dienstleister";
const MESSAGES = "directoryEditor.providers.list";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations(MESSAGES))("title") };
}

export default async function ProviderEditorListPage({ searchParams }: Props) {
  const actor = await requirePermission("provider.update", BASE);
  const list = parseEditorList(providerEditorFilters, await searchParams);
  const [result, regions, t, tf, common] = await Promise.all([
    findProvidersForEditor(actor, list.filters, list.window),
    getProviderRegionOptions(actor),
    getTranslations(MESSAGES),
    getTranslations("facets"),
    commonEditorColumns<ProviderEditorListItem>(),
  ]);
  const columns: ListColumn<ProviderEditorListItem>[] = [
    nameColumn(t("columns.name"), BASE, (row) => row.name),
    { key: "seat", header: t("columns.seat"), cell: (row) => `${row.town} (${row.regionName})` },
    { key: "services", header: t("columns.services"), cell: (row) => row.services.map((s) => tf(`service.${s}`)).join(", ") },
    ...common,
  ];

  return (
    <EditorListView base={BASE} exportPath="/redaktion/export/dienstleister" messages={MESSAGES} list={list} sorts={DIRECTORY_EDITOR_SORTS} result={result} columns={columns}
      bulk={{ action: bulkProviderAction, actions: allowedBulkActions(actor, "provider"), label: (row) => row.name }}>
      <FilterSelect id="filter-region" name={facetParam("region")} label={t("regionLabel")} allLabel={t("allRegions")} value={list.filters.gebiet}
        options={regions.map((r) => ({ value: r.slug, label: r.name }))} />
      <FilterSelect id="filter-service" name={facetParam("service")} label={t("serviceLabel")} allLabel={t("allServices")} value={list.filters.leistung}
        options={SERVICE_CATEGORIES.map((s) => ({ value: s, label: tf(`service.${s}`) }))} />
    </EditorListView>
  );
}
