import type { FormValues } from "@/lib/actions/form-state";
import type { ProgrammeEditorRow } from "@/lib/programme/editor-state";
import { PROGRAMME_FIELDS } from "@/lib/programme/schema";

/** A stored programme as form values (numbers and empty values as strings, lists as arrays). */
export function programmeDefaults(row: ProgrammeEditorRow): FormValues {
  const values: FormValues = {};
  for (const field of PROGRAMME_FIELDS) {
    const value = row[field];
    values[field] = Array.isArray(value) ? value.map(String) : value === null || value === undefined ? "" : String(value);
  }
  values.version = String(row.version);
  return values;
}
