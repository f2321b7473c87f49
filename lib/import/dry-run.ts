import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { berlinDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { bareDomainHost } from "@/lib/programme/source-url";
import { statusLabel } from "./entities/shared";
import { findLookalikes, type Lookalike } from "./lookalikes";
import { checkHeaders, keyRows, mapRows, duplicateSlugErrors, missingForNewRow, validateRow, type KeyedRow, type MappedRow } from "./map-rows";
import { readImportFile } from "./read-file";
import { loadReferences } from "./references";
import { emptyReport, type ImportReport, type Message, type RowError, type RowPlan } from "./report";
import type { EntityImporter, ExistingEntry } from "./types";
import { cellText } from "./values";

/**
 * One row ready to write, as the job stores it: the schema input is re-parsed at commit.
 * `verifiedAt` (YYYY-MM-DD) is the check date to set; null: never checked (new rows without
 * one); absent: leave it as it is (updates without a new date).
 */
export type PayloadRow = {
  row: number;
  values: Record<string, unknown>;
  existing: { id: string; version: number; slug: string } | null;
  verifiedAt?: string | null;
};

export type DryRun = { report: ImportReport; payload: PayloadRow[]; total: number };

/**
 * Reads, maps and validates a file without writing anything: every row is checked with the
 * domain's own schema and against the database (references, existing slugs), and the report
 * lists per row whether it creates or updates, with warnings for published entries and
 * look-alikes of existing ones.
 */
export async function dryRunImport(actor: Actor, importer: EntityImporter, file: { bytes: Uint8Array; name: string }): Promise<DryRun> {
  assertCan(actor, "import.run");
  const read = readImportFile(file.bytes, file.name);
  if (!read.ok) return { report: { ...emptyReport(), fileErrors: read.errors }, payload: [], total: 0 };
  const { table } = read;
  const report = emptyReport(table.format);
  const headers = checkHeaders(table.headers, importer.columns, { aliases: table.format === "json" });
  if (headers.errors.length > 0) return { report: { ...report, fileErrors: headers.errors }, payload: [], total: table.rows.length };

  const rowErrors: RowError[] = [...table.rowErrors];
  // A row the reader refused (cells shifted by an unquoted separator, a NUL character) has its
  // messages already; mapping its cells would only add a cascade of misleading ones.
  const unreadable = new Set(table.rowErrors.map((error) => error.row));
  const keyed = keyRows(table, headers.columns).filter((row) => !unreadable.has(row.row));
  const slugs = keyed.map((row) => cellText(row.values.slug).toLowerCase()).filter((slug) => slug !== "");
  const existing = await importer.loadExisting(db, [...new Set(slugs)]);
  const existingOf = (row: KeyedRow) => existing.get(cellText(row.values.slug).toLowerCase());
  // An update changes the columns the file has; the others keep the entry's current values. A new
  // row needs every required column (one message naming the missing ones).
  const merged: KeyedRow[] = [];
  for (const row of keyed) {
    const current = existingOf(row);
    const missing = current ? null : missingForNewRow(row, importer.columns);
    if (missing) rowErrors.push(missing);
    else merged.push(current ? { row: row.row, values: { ...current.record, ...row.values } } : row);
  }

  const resolve = await loadReferences(db, merged, importer.columns);
  const mapped = mapRows(merged, importer.columns, resolve);
  const slugColumn = importer.columns.find((column) => column.key === "slug")!;
  rowErrors.push(...mapped.errors, ...duplicateSlugErrors(mapped.rows, slugColumn.header));
  const fileRows = new Map(keyed.map((row) => [row.row, row]));
  const verifiedColumn = importer.columns.find((column) => column.key === "verifiedAt");
  const today = berlinDay();
  const payload: PayloadRow[] = [];
  for (const row of mapped.rows) {
    const verdict = validateRow(importer.schema, row, importer.columns, mapped.failedFields.get(row.row));
    if (!verdict.ok) rowErrors.push(...verdict.errors);
    const current = row.slug ? existing.get(row.slug) : undefined;
    const verifiedAt = checkDate(fileRows.get(row.row)!, row, current);
    if (verifiedAt && verifiedAt > today && verifiedColumn)
      rowErrors.push({ row: row.row, column: verifiedColumn.header, key: "value.verifiedInFuture", params: { value: cellText(fileRows.get(row.row)!.values.verifiedAt) } });
    payload.push({
      row: row.row,
      values: row.values,
      existing: current ? { id: current.id, version: current.version, slug: current.slug } : null,
      ...(verifiedAt !== undefined && { verifiedAt }),
    });
  }
  // Row by row, and within a row in column order, as the file reads.
  const order = new Map(importer.columns.map((column, index) => [column.header, index]));
  const position = (error: RowError) => (error.column ? (order.get(error.column) ?? -1) : -1);
  rowErrors.sort((a, b) => a.row - b.row || position(a) - position(b));
  if (rowErrors.length > 0) return { report: { ...report, rowErrors }, payload: [], total: table.rows.length };
  const plan = await planRows(importer, mapped.rows, existing);
  const updated = payload.filter((row) => row.existing).length;
  return { report: { ...report, created: payload.length - updated, updated, plan }, payload, total: payload.length };
}

/**
 * The check date a row sets. A new row is "checked" only on the day its file names; an update
 * keeps its date unless the file names another day (an export read back changes nothing).
 */
function checkDate(fileRow: KeyedRow, row: MappedRow, current: ExistingEntry | undefined): string | null | undefined {
  const named = cellText(fileRow.values.verifiedAt) === "" ? "" : String(row.values.verifiedAt ?? "");
  if (!current) return named || null;
  return named && named !== current.record.verifiedAt ? named : undefined;
}

/** What each row will do, with what an editor should look at before committing. */
async function planRows(importer: EntityImporter, rows: readonly MappedRow[], existing: Map<string, ExistingEntry>): Promise<RowPlan[]> {
  const titleOf = (row: MappedRow) => cellText(row.values[importer.titleKey]);
  const urlKey = importer.lookalikes.url === "sourceUrl" ? "sourceUrl" : importer.lookalikes.url === "website" ? "website" : null;
  const fresh = rows.filter((row) => !(row.slug && existing.has(row.slug)));
  const lookalikes = await findLookalikes(
    db,
    importer.lookalikes,
    fresh.map((row) => ({ title: titleOf(row), url: urlKey ? cellText(row.values[urlKey]) : "" })),
  );
  const lookalikesOf = new Map(fresh.map((row, index) => [row.row, lookalikes.get(index) ?? []]));
  // A programme's source should be its own page, not the funding body's start page (the editor form warns the same).
  const startPage = (row: MappedRow): Message[] => {
    const host = urlKey === "sourceUrl" ? bareDomainHost(cellText(row.values.sourceUrl)) : null;
    return host ? [{ key: "warning.sourceUrlStartPage", params: { host } }] : [];
  };
  return rows.map((row) => {
    const current = row.slug ? existing.get(row.slug) : undefined;
    if (current) {
      const warnings: Message[] = current.status === "PUBLISHED" ? [{ key: "warning.published", params: { slug: current.slug } }] : [];
      return { row: row.row, action: "update", title: titleOf(row), slug: current.slug, id: current.id, status: current.status, warnings: [...warnings, ...startPage(row)] };
    }
    return { row: row.row, action: "create", title: titleOf(row), slug: row.slug, warnings: [...(lookalikesOf.get(row.row) ?? []).map(lookalikeWarning), ...startPage(row)] };
  });
}

const lookalikeWarning = (entry: Lookalike): Message => ({
  key: entry.sameUrl ? "warning.sameUrl" : "warning.similarTitle",
  params: { title: entry.title, slug: entry.slug, status: statusLabel(entry.status) },
});
