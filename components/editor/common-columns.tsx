import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import type { EditorListItem } from "@/lib/content/editor-list";
import { formatInstantDay } from "@/lib/format";
import { isStale } from "@/lib/freshness/rules";
import { entryValue } from "@/lib/content/bulk-request";
import { BulkCheckbox } from "./bulk-form";
import type { ListColumn } from "./entity-list-table";
import { StatusTag } from "./status-tag";

/** The columns every editor list ends with: status, last verified (overdue ones marked), last changed. */
export async function commonEditorColumns<Row extends EditorListItem>(now: Date = new Date()): Promise<ListColumn<Row>[]> {
  const t = await getTranslations("editor.list");
  return [
    { key: "status", header: t("columns.status"), cell: (row) => <StatusTag status={row.status} /> },
    {
      key: "verified",
      header: t("columns.lastVerified"),
      cell: (row) => (
        <>
          {row.lastVerifiedAt ? formatInstantDay(row.lastVerifiedAt) : t("neverVerified")}
          {isStale(row.lastVerifiedAt, now) && <strong className="block text-sm">{t("stale")}</strong>}
        </>
      ),
    },
    { key: "updated", header: t("columns.updatedAt"), cell: (row) => formatInstantDay(row.updatedAt) },
  ];
}

/** The first column: the entry's name linking to its edit page, optionally a line of details below. */
export function nameColumn<Row extends EditorListItem>(
  header: string,
  base: string,
  name: (row: Row) => string,
  details?: (row: Row) => string,
): ListColumn<Row> {
  return {
    key: "name",
    header,
    rowHeader: true,
    cell: (row) => (
      <>
        <Link href={`${base}/${row.id}`} className="font-semibold">
          {name(row)}
        </Link>
        {details && <span className="block text-sm text-muted">{details(row)}</span>}
      </>
    ),
  };
}

/** The first column of a list with bulk actions: one checkbox per row, labelled with the entry's name. */
export async function selectColumn<Row extends EditorListItem>(name: (row: Row) => string): Promise<ListColumn<Row>> {
  const t = await getTranslations("editorBulk");
  return {
    key: "select",
    header: t("selectColumn"),
    cell: (row) => <BulkCheckbox id={`bulk-${row.id}`} value={entryValue(row.id, row.version)} label={t("selectEntry", { name: name(row) })} />,
  };
}
