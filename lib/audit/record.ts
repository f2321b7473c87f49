import "server-only";
import type { Prisma, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { diffFields } from "./diff";
import type { AuditAction, AuditEntityType } from "./events";

export type AuditEntry = {
  actor: Pick<Actor, "id"> | null;
  /** "<entityType>.<verb>", e.g. "programme.published" (./events.ts) */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * Writes the audit row with the transaction client of the change itself (docs/conventions.md, rule 8):
 * if the change rolls back, so does its audit row, and no change exists without one.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  const changes = diffFields(entry.before, entry.after);
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: changes as Prisma.InputJsonValue,
    },
  });
}
