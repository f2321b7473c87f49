import type { AppError } from "@/lib/errors";

// The one optimistic lock of every editable type (docs/conventions.md, rule 6): each row carries
// `version`; a save names the version it started from, the write is an updateMany whose where
// holds that version and whose data raises it, and a miss is a conflict the user sees.

/** The `version` of a write's data: one up. */
export const NEXT_VERSION = { increment: 1 } as const;

/** Refuses a save that started from another version than the stored one (none given: the stored). */
export function assertVersion(stored: number, expected: number | undefined, conflict: () => AppError): void {
  if (expected !== undefined && expected !== stored) throw conflict();
}

/**
 * Runs the write (`updateMany({ where: { id, version }, data: { …, version: NEXT_VERSION } })`).
 * When it matched no row, someone saved between our read and our write: `conflictNow` reads the
 * row again and returns the error to throw (CONFLICT with their values, or NOT_FOUND).
 */
export async function writeAtVersion(write: () => Promise<{ count: number }>, conflictNow: () => Promise<AppError>): Promise<void> {
  const { count } = await write();
  if (count === 0) throw await conflictNow();
}
