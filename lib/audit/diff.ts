// Before/after of the fields that changed, in a JSON-safe shape (dates as ISO strings, arrays
// compared by value), so history views can render a readable diff without knowing the entity.
export type FieldChange = { before: unknown; after: unknown };
export type ChangeSet = Record<string, FieldChange>;

export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value ?? null;
}

const comparable = (value: unknown) => JSON.stringify(toJsonValue(value));

export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: readonly string[] = ["updatedAt", "version"],
): ChangeSet {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: ChangeSet = {};
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const b = before?.[key];
    const a = after?.[key];
    if (comparable(b) !== comparable(a)) changes[key] = { before: toJsonValue(b), after: toJsonValue(a) };
  }
  return changes;
}
