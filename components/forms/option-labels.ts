import type { Option } from "./select-field";

/** Field → label per stored value. */
export type ValueLabels = Record<string, Record<string, string>>;

/**
 * The labels of the options a form shows, by field, so tables outside the fields (the conflict
 * panel) name a value as the form does ("Zuschuss", not ZUSCHUSS).
 */
export const optionLabels = (fields: Record<string, Option[]>): ValueLabels =>
  Object.fromEntries(Object.entries(fields).map(([field, options]) => [field, Object.fromEntries(options.map((o) => [o.value, o.label]))]));

/** One side of a conflict row as text: empty as "—", lists joined, known values by their label. */
export function conflictValueText(value: unknown, labels?: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map((item) => conflictValueText(item, labels)).join(", ") : "—";
  const text = String(value);
  return labels?.[text] ?? text;
}
