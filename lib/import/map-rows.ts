import type { z } from "zod";
import { allowedValues, columnIndex, enumLabels, fieldOf, type Column, type ReferenceKind } from "./columns";
import { LIST_SEPARATOR } from "./limits";
import type { RawTable } from "./read-file";
import type { Message, RowError } from "./report";
import { cellList, cellText, looksCommaSeparated, matchEnum, parseDate } from "./values";

/** Finds an organisation, topic, region, advisor or programme by slug or name (lib/import/references.ts). */
export type ReferenceResolver = {
  (kind: ReferenceKind, text: string): { id: string; slug: string } | undefined;
  /** the closest existing names for a value that found nothing (organisations), best first */
  suggest?(kind: ReferenceKind, text: string): string[];
};

/** A row with its cells keyed by column key (whatever header the file used). */
export type KeyedRow = { row: number; values: Record<string, unknown> };

/** A row after mapping: the values for the domain schema, keyed by schema field. */
export type MappedRow = { row: number; slug: string | null; values: Record<string, unknown> };

export type HeaderCheck = { columns: Map<string, Column>; errors: Message[] };

/**
 * Which column each header names; unknown and duplicate headers are file errors. Missing required
 * columns are a file error only without a Slug column: with one, the file may update just the
 * columns it has, and each new row is checked by missingForNewRow().
 */
export function checkHeaders(headers: readonly string[], columns: readonly Column[], { aliases = false } = {}): HeaderCheck {
  const index = columnIndex(columns);
  const found = new Map<string, Column>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const seen = new Set<Column>();
  for (const header of headers) {
    if (header === "") continue;
    const column = index.get(header.toLowerCase());
    if (!column) unknown.push(header);
    // In JSON each object may name a column its own way ("Titel" or "title"); in CSV the one
    // header line must not name a column twice.
    else if (seen.has(column) && !aliases) duplicate.push(header);
    else {
      seen.add(column);
      found.set(header, column);
    }
  }
  const errors: Message[] = [];
  const headerList = (items: string[]) => items.map((item) => `„${item}“`).join(", ");
  if (unknown.length > 0)
    errors.push({ key: "header.unknown", params: { headers: headerList(unknown), allowed: columns.map((c) => c.header).join(", ") } });
  if (duplicate.length > 0) errors.push({ key: "header.duplicate", params: { headers: headerList(duplicate) } });
  const missing = columns.filter((column) => column.required && !seen.has(column)).map((column) => column.header);
  const hasSlug = [...seen].some((column) => column.key === "slug");
  if (missing.length > 0 && !hasSlug) errors.push({ key: "header.missing", params: { headers: headerList(missing) } });
  return { columns: found, errors };
}

/**
 * A row that creates an entry must have every required column (an update takes the missing ones
 * from the entry): one message naming them all, instead of one "required" per empty field.
 */
export function missingForNewRow(row: KeyedRow, columns: readonly Column[]): RowError | null {
  const missing = columns.filter((column) => column.required && row.values[column.key] === undefined).map((column) => `„${column.header}“`);
  return missing.length > 0 ? { row: row.row, key: "row.newNeedsColumns", params: { headers: missing.join(", ") } } : null;
}

/** The file's rows keyed by column key instead of the header as written. */
export function keyRows(table: RawTable, headers: Map<string, Column>): KeyedRow[] {
  return table.rows.map(({ row, values }) => ({
    row,
    values: Object.fromEntries([...headers].filter(([header]) => values[header] !== undefined).map(([header, column]) => [column.key, values[header]])),
  }));
}

/**
 * Converts each row's cells into the domain schema's input: enum values from slugs or labels,
 * dates from TT.MM.JJJJ, references from slugs or names. Conversion errors name the column.
 */
export function mapRows(keyed: readonly KeyedRow[], columns: readonly Column[], resolve: ReferenceResolver) {
  const rows: MappedRow[] = [];
  const errors: RowError[] = [];
  const failedFields = new Map<number, Set<string>>();
  for (const { row, values: cells } of keyed) {
    const values: Record<string, unknown> = {};
    let slug: string | null = null;
    const fail = (column: Column, key: string, params?: Message["params"], fix?: RowError["fix"]) => {
      errors.push({ row, column: column.header, key, params, ...(fix && { fix }) });
      failedFields.set(row, (failedFields.get(row) ?? new Set()).add(fieldOf(column)));
    };
    for (const column of columns) {
      const raw = cells[column.key];
      if (column.kind === "readOnly") continue;
      const field = fieldOf(column);
      if (column.key === "slug") {
        slug = cellText(raw).toLowerCase() || null;
        values[field] = slug ?? "";
      } else if (column.kind === "text") values[field] = cellText(raw);
      else if (column.kind === "list") values[field] = cellList(raw);
      else if (column.kind === "date") {
        const text = cellText(raw);
        const date = text === "" ? "" : parseDate(text);
        if (date === undefined) fail(column, "value.date", { value: text });
        else values[field] = date;
      } else if (column.kind === "enum" || column.kind === "enumList") {
        const items = column.kind === "enum" ? [cellText(raw)].filter(Boolean) : cellList(raw);
        const matched = items.map((item) => [item, matchEnum(item, column.values, enumLabels(column.facet))] as const);
        for (const [item, value] of matched) {
          if (value) continue;
          if (column.kind === "enumList" && looksCommaSeparated(item)) fail(column, "value.listSeparator", separatorHint(item));
          else fail(column, "value.unknownOption", { value: item, allowed: allowedValues(column) });
        }
        const ok = matched.map(([, value]) => value).filter((v): v is string => !!v);
        values[field] = column.kind === "enum" ? (ok[0] ?? "") : ok;
      } else if (column.kind === "json") {
        const parsed = parseJsonCell(raw);
        if (parsed === INVALID) fail(column, "value.json");
        else values[field] = parsed;
      } else {
        const items = column.kind === "reference" ? [cellText(raw)].filter(Boolean) : cellList(raw);
        const found = items.map((item) => [item, resolve(column.ref, item)] as const);
        for (const [item, entry] of found) {
          if (entry) continue;
          if (column.kind === "referenceList" && looksCommaSeparated(item)) fail(column, "value.listSeparator", separatorHint(item));
          else if (column.ref === "organisation") {
            const suggestions = resolve.suggest?.(column.ref, item) ?? [];
            const key = suggestions.length > 0 ? "value.unknownOrganisationSuggest" : "value.unknownReference.organisation";
            fail(column, key, { value: item, suggestions: suggestions.map((name) => `„${name}“`).join(", ") }, "createOrganisation");
          } else fail(column, `value.unknownReference.${column.ref}`, { value: item });
        }
        const ok = found.flatMap(([, entry]) => (entry ? [column.as === "slug" ? entry.slug : entry.id] : []));
        values[field] = column.kind === "reference" ? (ok[0] ?? "") : ok;
      }
    }
    rows.push({ row, slug, values });
  }
  return { rows, errors, failedFields };
}

/** `a, b` → the cell as it should be written, `a|b`. */
const separatorHint = (item: string) => ({
  value: item,
  fixed: item
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(LIST_SEPARATOR),
});

const INVALID = Symbol("invalid");

/** A JSON cell: the value itself from a JSON file, parsed text from a CSV cell, [] when empty. */
function parseJsonCell(raw: unknown): unknown {
  if (typeof raw !== "string") return raw ?? [];
  if (raw.trim() === "") return [];
  try {
    return JSON.parse(raw);
  } catch {
    return INVALID;
  }
}

/** Slugs must be unique within a file: two rows updating the same entry would be ambiguous. */
export function duplicateSlugErrors(rows: readonly MappedRow[], slugHeader: string): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const { row, slug } of rows) {
    if (!slug) continue;
    const earlier = first.get(slug);
    if (earlier === undefined) first.set(slug, row);
    else errors.push({ row, column: slugHeader, key: "row.duplicateSlug", params: { slug, firstRow: earlier } });
  }
  return errors;
}

/** The domain schema's verdict on one row, its issues named by column (skipping already-reported fields). */
export function validateRow<S extends z.ZodType>(
  schema: S,
  mapped: MappedRow,
  columns: readonly Column[],
  skipFields: ReadonlySet<string> = new Set(),
): { ok: true; input: z.output<S> } | { ok: false; errors: RowError[] } {
  const parsed = schema.safeParse(mapped.values);
  if (parsed.success) return { ok: true, input: parsed.data };
  const headerOf = new Map(columns.map((column) => [fieldOf(column), column.header]));
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (skipFields.has(field)) continue;
    const column = headerOf.get(field);
    const dedupe = `${field}:${issue.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    errors.push({ row: mapped.row, column, key: issue.message, params: column ? undefined : { field } });
  }
  return { ok: false, errors };
}
