import { toJsonValue } from "@/lib/audit/diff";
import { AppError } from "@/lib/errors";

export type ConflictDetails = {
  changes: Record<string, { mine: unknown; theirs: unknown }>;
  currentVersion: number;
};

// Comparable form of a field value: "" and null are both "empty", lists compare as sets.
function normalize(value: unknown): string {
  const json = toJsonValue(value);
  if (json === null || json === undefined || json === "") return "null";
  if (Array.isArray(json)) return JSON.stringify(json.map((v) => JSON.stringify(v)).sort());
  return JSON.stringify(json);
}

export const sameValue = (a: unknown, b: unknown) => normalize(a) === normalize(b);

/**
 * The details of a CONFLICT error: for each of `fields` where the user's input differs from what
 * is stored now, both values. Without the version the user started from, "differs from now" is
 * the best statement of what they would overwrite. `display` turns values into readable text
 * (e.g. ids into names) for the conflict table.
 */
export function conflictDetails(
  mine: Record<string, unknown>,
  current: Record<string, unknown> & { version: number },
  fields: readonly string[],
  display: (field: string, value: unknown) => unknown = (_field, value) => value,
): ConflictDetails {
  const changes: ConflictDetails["changes"] = {};
  for (const field of fields) {
    if (!(field in mine)) continue;
    if (sameValue(mine[field], current[field])) continue;
    changes[field] = { mine: display(field, toJsonValue(mine[field])), theirs: display(field, toJsonValue(current[field])) };
  }
  return { changes, currentVersion: current.version };
}

/**
 * The CONFLICT for a save based on an outdated version: every form field whose stored value now
 * differs from what this user sent, both sides shown (their input stays in the form).
 */
export function conflictError(
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  currentVersion: number,
  { fields = Object.keys(mine), display }: { fields?: readonly string[]; display?: (field: string, value: unknown) => unknown } = {},
): AppError {
  return new AppError("CONFLICT", "errors.conflict", { current: conflictDetails(mine, { ...theirs, version: currentVersion }, fields, display) });
}

/** The CONFLICT of a status change on an entry someone changed meanwhile: no form field involved. */
export const staleVersionError = (currentVersion: number) =>
  new AppError("CONFLICT", "errors.conflict", { current: { changes: {}, currentVersion } });
