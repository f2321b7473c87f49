import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { staleVersionError } from "@/lib/content/conflict";
import { NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { FeedbackStatusInput } from "./schema";

/** Moves a report between neu, in Bearbeitung and beantwortet; audited, optimistic lock. */
export async function setFeedbackStatus(actor: Actor, input: FeedbackStatusInput) {
  assertCan(actor, "feedback.manage");
  const { id, status, version } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.accessibilityFeedback.findUnique({ where: { id }, select: { status: true, version: true } });
    if (!before) throw new AppError("NOT_FOUND", "accessibilityFeedback");
    await writeAtVersion(
      () => tx.accessibilityFeedback.updateMany({ where: { id, version }, data: { status, version: NEXT_VERSION } }),
      async () => {
        const now = await tx.accessibilityFeedback.findUnique({ where: { id }, select: { version: true } });
        return now ? staleVersionError(now.version) : new AppError("NOT_FOUND", "accessibilityFeedback");
      },
    );
    const after = await tx.accessibilityFeedback.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });
    await recordAudit(tx, { actor, action: "accessibilityFeedback.statusChanged", entityType: "accessibilityFeedback", entityId: id, before, after });
    return after;
  });
}
