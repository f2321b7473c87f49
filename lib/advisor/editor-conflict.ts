import { conflictDetails } from "@/lib/content/conflict";
import { AppError } from "@/lib/errors";

/**
 * The CONFLICT for a save based on an outdated version: every form field whose stored value now
 * differs from what this user sent, both sides shown (their input stays in the form).
 */
export function conflictError(mine: Record<string, unknown>, theirs: Record<string, unknown>, currentVersion: number): AppError {
  return new AppError("CONFLICT", "errors.conflict", {
    current: conflictDetails(mine, { ...theirs, version: currentVersion }, Object.keys(mine)),
  });
}
