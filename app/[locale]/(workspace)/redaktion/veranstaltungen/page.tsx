import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { commonEditorColumns, nameColumn } from "@/components/editor/common-columns";
import { EditorListView } from "@/components/editor/editor-list-view";
import type { ListColumn } from "@/components/editor/entity-list-table";
import { FilterSelect } from "@/components/editor/filter-controls";
import { requirePermission } from "@/lib/auth/guard";
import { allowedBulkActions } from "@/lib/content/bulk-request";
import { parseEditorList } from "@/lib/content/editor-filters";
import { EVENT_EDITOR_SORTS, eventEditorFilters } from "@/lib/event/editor-filters";
import { findEventsForEditor, getEventEditorOptions, type EventEditorListItem } from "@/lib/event/editor-queries";
import { isPastEvent } from "@/lib/event/timing";
import { formatDateTime } from "@/lib/format";
import { facetParam } from "@/lib/facets/registry";
import { bulkEventAction } from "./bulk-actions";

const BASE = "/redaktion/veranstaltungen";
const MESSAGES = "eventEditor.list";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations(MESSAGES))("title") };
}

export default async function EventEditorListPage({ searchParams }: Props) {
  const actor = await requirePermission("event.update", BASE);
  const list = parseEditorList(eventEditorFilters, await searchParams);
  const [result, options, t, tf, common] = await Promise.all([
    findEventsForEditor(actor, list.filters, list.window),
    getEventEditorOptions(actor),
    getTranslations(MESSAGES),
    getTranslations("facets"),
    commonEditorColumns<EventEditorListItem>(),
  ]);
  const now = new Date();
  const columns: ListColumn<EventEditorListItem>[] = [
    nameColumn(t("columns.title"), BASE, (row) => row.title, (row) => tf(`eventFormat.${row.format}`)),
    { key: "organiser", header: t("columns.organiser"), cell: (row) => row.organiserName },
    {
      key: "startsAt",
      header: t("columns.startsAt"),
      cell: (row) => (
        <>
          {formatDateTime(row.startsAt)}
          {isPastEvent(row, now) && <strong className="block text-sm">{t("past")}</strong>}
        </>
      ),
    },
    ...common,
  ];

  return (
    <EditorListView base={BASE} exportPath="/redaktion/export/veranstaltungen" messages={MESSAGES} list={list} sorts={EVENT_EDITOR_SORTS} result={result} columns={columns}
      bulk={{ action: bulkEventAction, actions: allowedBulkActions(actor, "event"), label: (row) => row.title }}>
      <FilterSelect id="filter-region" name={facetParam("region")} label={t("regionLabel")} allLabel={t("allRegions")} value={list.filters.gebiet}
        options={options.regions.map((r) => ({ value: r.slug, label: r.name }))} />
    </EditorListView>
  );
}
