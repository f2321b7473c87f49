import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import type { ImportEntityType } from "../types";

/**
 * The check date an import sets: the day the file names (which needs `<type>.verify`, like the
 * button in the editor), or null for a new entry whose file names none. Like the button it changes
 * no content and no version.
 */
export async function setVerifiedTx(tx: Tx, actor: Actor, type: ImportEntityType, id: string, verifiedAt: Date | null): Promise<void> {
  if (verifiedAt) assertCan(actor, `${type}.verify`);
  const where = { id };
  const select = { lastVerifiedAt: true } as const;
  const data = { lastVerifiedAt: verifiedAt };
  const before =
    type === "programme"
      ? await tx.programme.findUniqueOrThrow({ where, select })
      : type === "advisor"
        ? await tx.advisor.findUniqueOrThrow({ where, select })
        : type === "event"
          ? await tx.event.findUniqueOrThrow({ where, select })
          : await tx.provider.findUniqueOrThrow({ where, select });
  if (type === "programme") await tx.programme.update({ where, data, select });
  else if (type === "advisor") await tx.advisor.update({ where, data, select });
  else if (type === "event") await tx.event.update({ where, data, select });
  else await tx.provider.update({ where, data, select });
  if (verifiedAt)
    await recordAudit(tx, { actor, action: `${type}.verified`, entityType: type, entityId: id, before: { lastVerifiedAt: before.lastVerifiedAt }, after: { lastVerifiedAt: verifiedAt } });
}
