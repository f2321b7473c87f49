import facetLabels from "@/messages/de/facets.json";

// Column definitions of the import/export files. The German headers are part of the file format
// (like URL slugs), not UI text: a translated interface must still read the same files, so they
// live here and not in the message catalogue. English `key`s are the JSON field names.

export type ReferenceKind = "organisation" | "topic" | "region" | "advisor" | "programme";

type FacetName = "fundingLevel" | "fundingType" | "targetGroup" | "consultationMode" | "service" | "industry" | "companySize" | "advisorKind" | "combinability" | "eventFormat";

export type ColumnKind =
  | { kind: "text" } // handed to the domain schema as written
  | { kind: "list" } // free-text list, `|`-separated
  | { kind: "date" }
  | { kind: "enum"; values: readonly string[]; facet: FacetName }
  | { kind: "enumList"; values: readonly string[]; facet: FacetName }
  /** found by slug or name; the schema gets the id, or the canonical slug with `as: "slug"` */
  | { kind: "reference"; ref: ReferenceKind; as?: "id" | "slug" }
  | { kind: "referenceList"; ref: ReferenceKind; as?: "id" | "slug" }
  /** structured values: a JSON text in a CSV cell, the value itself in a JSON file */
  | { kind: "json" }
  /** exported for information, ignored on import (e.g. Status: imports never publish) */
  | { kind: "readOnly" };

export type Column = ColumnKind & {
  /** English name: JSON key and identifier */
  key: string;
  /** German CSV header */
  header: string;
  /** field of the domain schema the value goes to (default: key) */
  field?: string;
  required?: boolean;
  /** key in importExport.columns describing the content (enum columns list their values instead) */
  doc?: string;
};

export const fieldOf = (column: Column) => column.field ?? column.key;

export function enumLabels(facet: FacetName): Record<string, string> {
  return (facetLabels as unknown as Record<FacetName, Record<string, string>>)[facet] ?? {};
}

/** The column a header names: its German header or its English key, case-insensitive. */
export function columnIndex(columns: readonly Column[]): Map<string, Column> {
  const index = new Map<string, Column>();
  for (const column of columns) {
    index.set(column.header.toLowerCase(), column);
    index.set(column.key.toLowerCase(), column);
  }
  return index;
}

/** Value hint for the documentation and error messages: the allowed slugs of an enum column. */
export const allowedValues = (column: Column): string =>
  column.kind === "enum" || column.kind === "enumList"
    ? column.values.map((value) => value.toLowerCase().replaceAll("_", "-")).join(", ")
    : "";

const LANGUAGE_NAMES = { Fr: "Französisch", En: "Englisch" } as const;

/**
 * The French and English columns of translated texts (issue 20), after the German ones:
 * "Titel (Französisch)", … `germanHeaders`: field → the German column's header; `long`: the rich-text field, if any.
 */
export function translationColumns(germanHeaders: Record<string, string>, long?: string): Column[] {
  return Object.entries(germanHeaders).flatMap(([field, header]) =>
    (["Fr", "En"] as const).map((suffix) => ({
      key: `${field}${suffix}`,
      doc: field === long ? ("longText" as const) : ("text" as const),
      header: `${header} (${LANGUAGE_NAMES[suffix]})`,
      kind: "text" as const,
    })),
  );
}
