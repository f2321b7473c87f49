import type { FieldErrors } from "@/lib/errors";

// What every form action returns to its form (useActionState). Messages are catalogue keys of the
// "editor" namespace (e.g. "validation.required", "errors.forbidden"); the form translates them.
export type FormValues = Record<string, string | string[]>;

export type FormState =
  | { status: "idle" }
  | {
      status: "error";
      /** a message for the whole form, shown in the error summary */
      formError?: string;
      fieldErrors?: FieldErrors;
      /** what the user typed, so nothing is lost when the save is refused */
      values?: FormValues;
      /** on a version conflict: the fields someone else changed meanwhile, with their values now */
      conflict?: { changes: Record<string, { mine: unknown; theirs: unknown }>; currentVersion: number };
    }
  | { status: "success"; message?: string; redirectTo?: string };

export const IDLE: FormState = { status: "idle" };

/** FormData as plain values: repeated keys (checkbox groups, multi-selects) become arrays. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}
