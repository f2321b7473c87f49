import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { commonEditorColumns, nameColumn } from "@/components/editor/common-columns";
import { EditorListView } from "@/components/editor/editor-list-view";
import type { ListColumn } from "@/components/editor/entity-list-table";
import { FilterSelect } from "@/components/editor/filter-controls";
import { requirePermission } from "@/lib/auth/guard";
import { allowedBulkActions } from "@/lib/content/bulk-request";
import { DIRECTORY_EDITOR_SORTS, parseEditorList } from "@/lib/content/editor-filters";
import { facetParam } from "@/lib/facets/registry";
import { initiativeEditorFilters } from "@/lib/initiative/editor-filters";
import { findInitiativesForEditor, getInitiativeEditorOptions, type InitiativeEditorListItem } from "@/lib/initiative/editor-queries";
import { bulkInitiativeAction } from "./bulk-actions";

const BASE = "/redaktion/initiativen";
const MESSAGES = "initiativeEditor.list";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations(MESSAGES))("title") };
}

export default async function InitiativeEditorListPage({ searchParams }: Props) {
  const actor = await requirePermission("initiative.update", BASE);
  const list = parseEditorList(initiativeEditorFilters, await searchParams);
  const [result, options, t, tf, common] = await Promise.all([
    findInitiativesForEditor(actor, list.filters, list.window),
    getInitiativeEditorOptions(actor),
    getTranslations(MESSAGES),
    getTranslations("facets"),
    commonEditorColumns<InitiativeEditorListItem>(),
  ]);
  const columns: ListColumn<InitiativeEditorListItem>[] = [
    nameColumn(t("columns.name"), BASE, (row) => row.title, (row) => tf(`initiativePhase.${row.phase}`)),
    { key: "responsibleBody", header: t("columns.responsibleBody"), cell: (row) => row.responsibleBodyName },
    { key: "regions", header: t("columns.regions"), cell: (row) => row.regionNames.join(", ") },
    ...common,
  ];

  return (
    <EditorListView base={BASE} messages={MESSAGES} list={list} sorts={DIRECTORY_EDITOR_SORTS} result={result} columns={columns}
      bulk={{ action: bulkInitiativeAction, actions: allowedBulkActions(actor, "initiative"), label: (row) => row.title }}>
      <FilterSelect id="filter-region" name={facetParam("region")} label={t("regionLabel")} allLabel={t("allRegions")} value={list.filters.gebiet}
        options={options.regions.map((r) => ({ value: r.slug, label: r.name }))} />
      <FilterSelect id="filter-topic" name={facetParam("topic")} label={t("topicLabel")} allLabel={t("allTopics")} value={list.filters.thema}
        options={options.topics.map((o) => ({ value: o.slug, label: o.name }))} />
    </EditorListView>
  );
}
