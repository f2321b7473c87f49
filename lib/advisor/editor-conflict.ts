import { toJsonValue } from "@/lib/audit/diff";
import { AppError } from "@/lib/errors";

/**
 * The CONFLICT for a save based on an outdated version: every form field whose saved value now
 * differs from what this user sent, both sides shown (their input stays in the form).
 */
export function conflictError(mine: Record<string, unknown>, theirs: Record<string, unknown>, currentVersion: number): AppError {
  const changes: Record<string, { mine: unknown; theirs: unknown }> = {};
  for (const field of Object.keys(mine)) {
    const a = toJsonValue(mine[field]);
    const b = toJsonValue(theirs[field]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[field] = { mine: a, theirs: b };
  }
  return new AppError("CONFLICT", "errors.conflict", { current: { changes, currentVersion } });
}
