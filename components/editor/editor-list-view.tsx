import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/search/pagination";
import { EDITOR_PAGE_SIZE, filterParams, type EditorListFilters as Filters, type ParsedEditorList } from "@/lib/content/editor-filters";
import type { EditorListItem, EditorListResult } from "@/lib/content/editor-list";
import { BULK_LIMIT, type BulkAction, type BulkFormState } from "@/lib/content/bulk-request";
import { BulkForm } from "./bulk-form";
import { selectColumn } from "./common-columns";
import { EditorListFilters } from "./editor-list-filters";
import { EntityListTable, type ListColumn } from "./entity-list-table";
import { EntryListPage } from "./entry-list-page";

type Props<Row extends EditorListItem> = {
  /** the list's address, e.g. "/redaktion/berater" (also the filter form's action) */
  base: string;
  /** the export route of this list, e.g. "/redaktion/export/berater" */
  exportPath?: string;
  /** namespace of the list's own texts: title, intro, create, filtersHeading, searchLabel, sort.<value>, export…, caption, range */
  messages: string;
  list: ParsedEditorList<Filters>;
  sorts: readonly string[];
  result: EditorListResult<Row>;
  columns: ListColumn<Row>[];
  /** the type's own filter controls */
  children?: ReactNode;
  /** checkboxes and a bulk form around the table, when the account may start some bulk action */
  bulk?: {
    action: (state: BulkFormState, formData: FormData) => Promise<BulkFormState>;
    actions: BulkAction[];
    /** the entry's name, for its checkbox label and the summary */
    label: (row: Row) => string;
  };
};

/** An editor list of programmes, advisors or providers: frame, GET filter form, export links, table, pages. */
export async function EditorListView<Row extends EditorListItem>({ base, exportPath, messages, list, sorts, result, columns, children, bulk }: Props<Row>) {
  const [t, te] = await Promise.all([getTranslations(messages), getTranslations("editor.list")]);
  const { filters } = list;
  const { items, total } = result;
  const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));
  const from = total === 0 ? 0 : (filters.seite - 1) * EDITOR_PAGE_SIZE + 1;
  const to = Math.min(total, filters.seite * EDITOR_PAGE_SIZE);
  const exportHref = (format: string) => `${exportPath}?${new URLSearchParams({ format, ...filterParams(filters) })}`;
  const listQuery = new URLSearchParams(filterParams(filters)).toString();
  const table = (shown: ListColumn<Row>[]) => (
    <EntityListTable caption={t("caption", { range: t("range", { from, to, total }) })} columns={shown} rows={items} rowKey={(row) => row.id} empty={te("empty")} />
  );
  return (
    <EntryListPage
      title={t("title")}
      intro={t("intro")}
      create={{ href: `${base}/neu`, label: t("create") }}
      exportLinks={
        exportPath
          ? { label: t("export"), csv: { href: exportHref("csv"), label: t("exportCsv") }, json: { href: exportHref("json"), label: t("exportJson") } }
          : undefined
      }
      count={te("count", { count: total })}
      filters={
        <EditorListFilters
          action={base}
          heading={t("filtersHeading")}
          searchLabel={t("searchLabel")}
          filters={filters}
          sortOptions={sorts.map((value) => ({ value, label: t(`sort.${value}`) }))}
        >
          {children}
        </EditorListFilters>
      }
    >
      {bulk && bulk.actions.length > 0 ? (
        <BulkForm action={bulk.action} actions={bulk.actions} total={total} limit={BULK_LIMIT} filters={listQuery} base={base}>
          {table([await selectColumn(bulk.label), ...columns])}
        </BulkForm>
      ) : (
        table(columns)
      )}
      <Pagination action={base} raw={list.raw} page={Math.min(filters.seite, pages)} pages={pages} />
    </EntryListPage>
  );
}
