import type { Column } from "./columns";
import { LIST_SEPARATOR } from "./limits";
import type { EntryRecord } from "./types";
import { formatGermanDate } from "./values";

/** One entry as CSV cells in column order: lists joined with `|`, dates as TT.MM.JJJJ. */
export function recordToCells(columns: readonly Column[], record: EntryRecord): string[] {
  return columns.map((column) => {
    const value = record[column.key] ?? "";
    if (column.kind === "json") return Array.isArray(value) && value.length === 0 ? "" : JSON.stringify(value);
    if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
    return column.kind === "date" ? formatGermanDate(value) : value;
  });
}
