import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { commonEditorColumns, nameColumn } from "@/components/editor/common-columns";
import { EditorListView } from "@/components/editor/editor-list-view";
import type { ListColumn } from "@/components/editor/entity-list-table";
import { FilterSelect } from "@/components/editor/filter-controls";
import { requirePermission } from "@/lib/auth/guard";
import { allowedBulkActions } from "@/lib/content/bulk-request";
import { DIRECTORY_EDITOR_SORTS, parseEditorList } from "@/lib/content/editor-filters";
import { formatDay } from "@/lib/format";
import { facetParam } from "@/lib/facets/registry";
import { newsEditorFilters } from "@/lib/news/editor-filters";
import { findNewsForEditor, getNewsEditorOptions, type NewsEditorListItem } from "@/lib/news/editor-queries";
import { NEWS_KINDS } from "@/lib/news/schema";
import { bulkNewsAction } from "./bulk-actions";

const BASE = "/redaktion/aktuelles";
const MESSAGES = "newsEditor.list";
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations(MESSAGES))("title") };
}

export default async function NewsEditorListPage({ searchParams }: Props) {
  const actor = await requirePermission("news.update", BASE);
  const list = parseEditorList(newsEditorFilters, await searchParams);
  const [result, options, t, tf, common] = await Promise.all([
    findNewsForEditor(actor, list.filters, list.window),
    getNewsEditorOptions(actor),
    getTranslations(MESSAGES),
    getTranslations("facets"),
    commonEditorColumns<NewsEditorListItem>(),
  ]);
  const columns: ListColumn<NewsEditorListItem>[] = [
    nameColumn(t("columns.name"), BASE, (row) => row.title, (row) => tf(`newsKind.${row.kind}`)),
    { key: "date", header: t("columns.date"), cell: (row) => <time dateTime={row.date}>{formatDay(row.date)}</time> },
    ...common,
  ];

  return (
    <EditorListView base={BASE} messages={MESSAGES} list={list} sorts={DIRECTORY_EDITOR_SORTS} result={result} columns={columns}
      bulk={{ action: bulkNewsAction, actions: allowedBulkActions(actor, "news"), label: (row) => row.title }}>
      <FilterSelect id="filter-topic" name={facetParam("topic")} label={t("topicLabel")} allLabel={t("allTopics")} value={list.filters.thema}
        options={options.topics.map((o) => ({ value: o.slug, label: o.name }))} />
      <FilterSelect id="filter-kind" name="art" label={t("kindLabel")} allLabel={t("allKinds")} value={list.filters.art}
        options={NEWS_KINDS.map((k) => ({ value: k.toLowerCase(), label: tf(`newsKind.${k}`) }))} />
    </EditorListView>
  );
}
