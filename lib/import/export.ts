import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { serializeCsv } from "./csv";
import { recordToCells } from "./record-cells";
import { escapeFormula } from "./formula";
import { segmentOf, type EntityImporter, type EntryRecord } from "./types";

export type ExportFormat = "csv" | "json";
const BATCH = 200;
import { BOM } from "./template";

/**
 * The editor list's current selection as a file the import reads back: CSV with the import's
 * German headers, `;` and a BOM (Excel opens it as UTF-8), or a JSON array with English keys.
 */
export async function exportEntries(actor: Actor | null, importer: EntityImporter, params: URLSearchParams, format: ExportFormat, today = new Date()) {
  const reader = assertCan(actor, "export.run");
  const records: EntryRecord[] = [];
  for await (const batch of importer.exportBatches(reader, params, BATCH)) records.push(...batch);
  const date = today.toISOString().slice(0, 10);
  const fileName = `${segmentOf(importer.type)}-${date}.${format}`;
  if (format === "json") return { fileName, contentType: "application/json; charset=utf-8", body: JSON.stringify(records, null, 2) };
  const rows = [importer.columns.map((column) => column.header), ...records.map((record) => recordToCells(importer.columns, record).map(escapeFormula))];
  return { fileName, contentType: "text/csv; charset=utf-8", body: BOM + serializeCsv(rows, ";") };
}
