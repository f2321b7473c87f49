import type { FormValues } from "@/lib/actions/form-state";
import type { ProgrammeEditorRow } from "@/lib/programme/editor-state";
import { PROGRAMME_FIELDS } from "@/lib/programme/schema";

/** A stored programme as form values (numbers and empty values as strings, lists as arrays). */
export function programmeDefaults(row: ProgrammeEditorRow): FormValues {
  const values: FormValues = {};
  for (const field of PROGRAMME_FIELDS) {
    const value = row[field];
    // Yes/no fields use the words of the select and the import files ("ja", "nein").
    values[field] = Array.isArray(value) ? value.map(String) : value === null || value === undefined ? "" : typeof value === "boolean" ? (value ? "ja" : "nein") : String(value);
  }
  values.version = String(row.version);
  return values;
}
