import type { Column } from "./columns";
import { serializeCsv } from "./csv";

/** Excel reads CSV as UTF-8 only with a byte order mark. */
export const BOM = "\uFEFF";

/** An empty import file for a type: the header line (without the export-only columns). */
export function templateCsv(columns: readonly Column[]): string {
  return BOM + serializeCsv([columns.filter((column) => column.kind !== "readOnly").map((column) => column.header)], ";");
}
