import { BOM } from "@/lib/import/template";
import { serializeCsv } from "@/lib/import/csv";
import { escapeFormula } from "@/lib/import/formula";

// The bulk downloads of each directory at stable addresses under /daten: the API's full records
// (./schemas.ts), as JSON and as CSV the way the editors' export writes it (UTF-8 with BOM, `;`,
// CRLF, formula cells escaped). CSV columns are the JSON fields, nested ones joined in camelCase
// (fundingBody.name → fundingBodyName); lists are joined with ", ", linked entries by their slug.

export const DOWNLOADS = {
  foerderprogramme: "programmes",
  berater: "advisors",
  dienstleister: "providers",
  veranstaltungen: "events",
  initiativen: "initiatives",
} as const;
export type DownloadName = keyof typeof DOWNLOADS;
export const DOWNLOAD_FORMATS = ["csv", "json"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export function parseDownloadFile(file: string): { name: DownloadName; format: DownloadFormat } | null {
  const match = /^([a-z]+)\.(csv|json)$/.exec(file);
  if (!match || !Object.hasOwn(DOWNLOADS, match[1]!)) return null;
  return { name: match[1] as DownloadName, format: match[2] as DownloadFormat };
}

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

function cell(value: Value): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === "object" && !Array.isArray(v) ? String(v.slug ?? v.title ?? "") : cell(v))).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One record as CSV cells: nested objects become prefixed columns, one level deep. */
export function flattenRecord(record: Record<string, Value>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) out[`${key}${inner[0]!.toUpperCase()}${inner.slice(1)}`] = cell(innerValue);
    } else {
      out[key] = cell(value);
    }
  }
  return out;
}

export function recordsToCsv(records: readonly object[]): string {
  const flat = records.map((record) => flattenRecord(record as Record<string, Value>));
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  return BOM + serializeCsv([columns, ...flat.map((row) => columns.map((column) => escapeFormula(row[column] ?? "")))], ";");
}

export interface DownloadMeta {
  licence: { name: string; url: string };
  publisher: string;
  source: string;
}

export function recordsToJson(records: readonly object[], meta: DownloadMeta): string {
  return JSON.stringify({ ...meta, items: records });
}
