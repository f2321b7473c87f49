import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { conflictError } from "@/lib/content/conflict";
import { NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import { AppError } from "@/lib/errors";
import { LEGAL_NOTICE_TAG } from "./cached";
import { LEGAL_NOTICE_ID } from "./queries";
import { LEGAL_NOTICE_FIELDS, type LegalNoticeInput } from "./schema";

const SNAPSHOT = Object.fromEntries([...LEGAL_NOTICE_FIELDS, "version"].map((f) => [f, true])) as Record<(typeof LEGAL_NOTICE_FIELDS)[number] | "version", true>;

/** Saves the Impressum (the first save creates the row); audited, optimistic lock, public pages expired. */
export async function saveLegalNotice(actor: Actor, input: LegalNoticeInput) {
  assertCan(actor, "legalNotice.manage");
  const { version, ...fields } = input;
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.legalNotice.findUnique({ where: { id: LEGAL_NOTICE_ID }, select: SNAPSHOT });
    if (!before) {
      const created = await tx.legalNotice.create({ data: { id: LEGAL_NOTICE_ID, ...fields }, select: SNAPSHOT });
      await recordAudit(tx, { actor, action: "legalNotice.updated", entityType: "legalNotice", entityId: LEGAL_NOTICE_ID, before: null, after: created });
      return created;
    }
    await writeAtVersion(
      () => tx.legalNotice.updateMany({ where: { id: LEGAL_NOTICE_ID, version }, data: { ...fields, version: NEXT_VERSION } }),
      async () => {
        const now = await tx.legalNotice.findUnique({ where: { id: LEGAL_NOTICE_ID }, select: SNAPSHOT });
        return now ? conflictError(fields, now, now.version) : new AppError("NOT_FOUND", "legalNotice");
      },
    );
    const after = await tx.legalNotice.findUniqueOrThrow({ where: { id: LEGAL_NOTICE_ID }, select: SNAPSHOT });
    await recordAudit(tx, { actor, action: "legalNotice.updated", entityType: "legalNotice", entityId: LEGAL_NOTICE_ID, before, after });
    return after;
  });
  invalidateTags([LEGAL_NOTICE_TAG]);
  return saved;
}
