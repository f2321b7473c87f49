import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { checkHeaders, keyRows, mapRows, duplicateSlugErrors, validateRow, type KeyedRow } from "./map-rows";
import { readImportFile } from "./read-file";
import { loadReferences } from "./references";
import { emptyReport, type ImportReport, type RowError } from "./report";
import type { EntityImporter } from "./types";
import { cellText } from "./values";

/** One row ready to write, as the job stores it: the schema input is re-parsed at commit. */
export type PayloadRow = { row: number; values: Record<string, unknown>; existing: { id: string; version: number; slug: string } | null };

export type DryRun = { report: ImportReport; payload: PayloadRow[]; total: number };

/**
 * Reads, maps and validates a file without writing anything: every row is checked with the
 * domain's own schema and against the database (references, existing slugs).
 */
export async function dryRunImport(actor: Actor, importer: EntityImporter, file: { bytes: Uint8Array; name: string }): Promise<DryRun> {
  assertCan(actor, "import.run");
  const read = readImportFile(file.bytes, file.name);
  if (!read.ok) return { report: { ...emptyReport(), fileErrors: read.errors }, payload: [], total: 0 };
  const { table } = read;
  const report = emptyReport(table.format);
  const headers = checkHeaders(table.headers, importer.columns, { aliases: table.format === "json" });
  if (headers.errors.length > 0) return { report: { ...report, fileErrors: headers.errors }, payload: [], total: table.rows.length };

  const keyed = keyRows(table, headers.columns);
  const slugs = keyed.map((row) => cellText(row.values.slug).toLowerCase()).filter(Boolean);
  const existing = await importer.loadExisting(db, [...new Set(slugs)]);
  // An update changes the columns the file has; the others keep the entry's current values.
  const merged: KeyedRow[] = keyed.map((row) => {
    const current = existing.get(cellText(row.values.slug).toLowerCase());
    return current ? { row: row.row, values: { ...current.record, ...row.values } } : row;
  });

  const resolve = await loadReferences(db, merged, importer.columns);
  const mapped = mapRows(merged, importer.columns, resolve);
  const slugColumn = importer.columns.find((column) => column.key === "slug")!;
  const rowErrors: RowError[] = [...table.rowErrors, ...mapped.errors, ...duplicateSlugErrors(mapped.rows, slugColumn.header)];
  const payload: PayloadRow[] = [];
  for (const row of mapped.rows) {
    const verdict = validateRow(importer.schema, row, importer.columns, mapped.failedFields.get(row.row));
    if (!verdict.ok) rowErrors.push(...verdict.errors);
    const current = row.slug ? existing.get(row.slug) : undefined;
    payload.push({ row: row.row, values: row.values, existing: current ? { id: current.id, version: current.version, slug: current.slug } : null });
  }
  // Row by row, and within a row in column order, as the file reads.
  const order = new Map(importer.columns.map((column, index) => [column.header, index]));
  const position = (error: RowError) => (error.column ? (order.get(error.column) ?? -1) : -1);
  rowErrors.sort((a, b) => a.row - b.row || position(a) - position(b));
  if (rowErrors.length > 0) return { report: { ...report, rowErrors }, payload: [], total: table.rows.length };
  const updated = payload.filter((row) => row.existing).length;
  return { report: { ...report, created: payload.length - updated, updated }, payload, total: payload.length };
}
