import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { commonEditorColumns, nameColumn } from "@/components/editor/common-columns";
import { EditorListView } from "@/components/editor/editor-list-view";
import type { ListColumn } from "@/components/editor/entity-list-table";
import { FilterSelect } from "@/components/editor/filter-controls";
import { advisorEditorFilters } from "@/lib/advisor/editor-filters";
import { DIRECTORY_EDITOR_SORTS } from "@/lib/content/editor-filters";
import { findAdvisorsForEditor, getAdvisorEditorOptions, type AdvisorEditorListItem } from "@/lib/advisor/editor-queries";
import { requirePermission } from "@/lib/auth/guard";
import { allowedBulkActions } from "@/lib/content/bulk-request";
import { parseEditorList } from "@/lib/content/editor-filters";
import { facetParam } from "@/lib/facets/registry";
import { bulkAdvisorAction } from "./bulk-actions";

const BASE = "/redaktion/berater";
const MESSAGES = "directoryEditor.advisors.list";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations(MESSAGES))("title") };
}

export default async function AdvisorEditorListPage({ searchParams }: Props) {
  const actor = await requirePermission("advisor.update", BASE);
  const list = parseEditorList(advisorEditorFilters, await searchParams);
  const [result, options, t, common] = await Promise.all([
    findAdvisorsForEditor(actor, list.filters, list.window),
    getAdvisorEditorOptions(actor),
    getTranslations(MESSAGES),
    commonEditorColumns<AdvisorEditorListItem>(),
  ]);
  const columns: ListColumn<AdvisorEditorListItem>[] = [
    nameColumn(t("columns.name"), BASE, (row) => row.name, (row) => [t(`kind.${row.kind}`), row.jobTitle, row.town].filter(Boolean).join(" · ")),
    { key: "organisation", header: t("columns.organisation"), cell: (row) => row.organisationName },
    { key: "regions", header: t("columns.regions"), cell: (row) => row.regionNames.join(", ") },
    ...common,
  ];

  return (
    <EditorListView base={BASE} exportPath="/redaktion/export/berater" messages={MESSAGES} list={list} sorts={DIRECTORY_EDITOR_SORTS} result={result} columns={columns}
      bulk={{ action: bulkAdvisorAction, actions: allowedBulkActions(actor, "advisor"), label: (row) => row.name }}>
      <FilterSelect id="filter-region" name={facetParam("region")} label={t("regionLabel")} allLabel={t("allRegions")} value={list.filters.gebiet}
        options={options.regions.map((r) => ({ value: r.slug, label: r.name }))} />
      <FilterSelect id="filter-organisation" name={facetParam("organisation")} label={t("organisationLabel")} allLabel={t("allOrganisations")} value={list.filters.organisation}
        options={options.organisations.map((o) => ({ value: o.slug, label: o.name }))} />
    </EditorListView>
  );
}
