import iconv from "iconv-lite";
import { detectSeparator, isBlankRecord, parseCsv, CsvSyntaxError } from "./csv";
import { unescapeFormula } from "./formula";
import { MAX_FILE_BYTES, MAX_ROWS } from "./limits";
import type { ImportFormat, Message, RowError } from "./report";

/** A file's content before any column is interpreted: header names and one value per header. */
export type RawTable = {
  format: ImportFormat;
  headers: string[];
  rows: { row: number; values: Record<string, unknown> }[];
  /** problems of single rows found while reading (too many cells, not an object) */
  rowErrors: RowError[];
};

export type ReadResult = { ok: true; table: RawTable } | { ok: false; errors: Message[] };

const fail = (key: string, params?: Message["params"]): ReadResult => ({ ok: false, errors: [{ key, params }] });

/** Reads an uploaded file: size, encoding and syntax checks, then CSV or JSON by name or content. */
export function readImportFile(bytes: Uint8Array, fileName: string): ReadResult {
  if (bytes.byteLength === 0) return fail("file.empty");
  if (bytes.byteLength > MAX_FILE_BYTES) return fail("file.tooLarge", { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
  const text = decodeImportText(bytes);
  if (text === null) return fail("file.utf16");
  if (text.trim() === "") return fail("file.empty");
  const json = /\.json$/i.test(fileName) || (!/\.csv$/i.test(fileName) && /^\s*[[{]/.test(text));
  return json ? readJson(text) : readCsv(text);
}

/**
 * The file's text: UTF-8 when it has a UTF-8 BOM or is valid UTF-8, otherwise Windows-1252,
 * which German Excel writes for "CSV (Trennzeichen-getrennt)". Any byte sequence decodes as
 * Windows-1252, and German text in it (ä, ß, €, „) is almost never valid UTF-8, so valid UTF-8
 * is the safe first guess. UTF-16 (BOM FF FE / FE FF) would decode to garbage: null.
 */
export function decodeImportText(bytes: Uint8Array): string | null {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return null;
  try {
    // ignoreBOM: false strips a leading UTF-8 BOM (Excel writes one).
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not TextDecoder("windows-1252"): Node 20 decodes that label as ISO-8859-1, turning € „ “ –
    // (bytes 0x80–0x9F) into control characters (nodejs/node#56542).
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
  }
}

function readCsv(text: string): ReadResult {
  let records;
  const separator = detectSeparator(text);
  try {
    records = parseCsv(text, separator);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail("file.unterminatedQuote", { row: error.row });
    throw error;
  }
  const [header, ...body] = records;
  if (!header || isBlankRecord(header)) return fail("file.noHeader");
  const headers = header.cells.map((cell) => cell.trim());
  const rows = body.filter((record) => !isBlankRecord(record));
  if (rows.length === 0) return fail("file.noRows");
  if (rows.length > MAX_ROWS) return fail("file.tooManyRows", { max: MAX_ROWS, count: rows.length });
  const rowErrors: RowError[] = [];
  const table: RawTable = { format: "csv", headers, rows: [], rowErrors };
  for (const record of rows) {
    const extra = record.cells.slice(headers.length).filter((cell) => cell.trim() !== "");
    // The only message for this row: its cells are shifted, so any check of them would mislead.
    if (extra.length > 0) rowErrors.push({ row: record.row, key: "row.tooManyCells", params: { expected: headers.length, count: record.cells.length, separator } });
    // Missing trailing cells count as empty: some programs drop them.
    table.rows.push({ row: record.row, values: Object.fromEntries(headers.map((h, i) => [h, unescapeFormula(record.cells[i] ?? "")])) });
  }
  return { ok: true, table: markControlCharacters(table) };
}

function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail("file.invalidJson");
  }
  if (!Array.isArray(data)) return fail("file.jsonNotArray");
  if (data.length === 0) return fail("file.noRows");
  if (data.length > MAX_ROWS) return fail("file.tooManyRows", { max: MAX_ROWS, count: data.length });
  const headers = new Set<string>();
  const rowErrors: RowError[] = [];
  const rows: RawTable["rows"] = [];
  data.forEach((item: unknown, index) => {
    const row = index + 1;
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      rowErrors.push({ row, key: "row.notAnObject" });
      return;
    }
    for (const key of Object.keys(item)) headers.add(key.trim());
    rows.push({ row, values: Object.fromEntries(Object.entries(item).map(([k, v]) => [k.trim(), v])) });
  });
  return { ok: true, table: markControlCharacters({ format: "json", headers: [...headers], rows, rowErrors }) };
}

/**
 * PostgreSQL text cannot hold U+0000. A cell with one gets its message here, once, and its row is
 * read no further (like a row with shifted cells), so no look-up or write ever sees the character.
 */
function markControlCharacters(table: RawTable): RawTable {
  const marked = new Set(table.rowErrors.map((error) => error.row));
  for (const { row, values } of table.rows) {
    if (marked.has(row)) continue;
    for (const [column, value] of Object.entries(values))
      if (holdsNul(value)) table.rowErrors.push({ row, column, key: "value.controlCharacter" });
  }
  return table;
}

const holdsNul = (value: unknown): boolean =>
  typeof value === "string" ? value.includes("\u0000") : typeof value === "object" && value !== null && Object.values(value).some(holdsNul);
