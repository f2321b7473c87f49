import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { queueMail } from "@/lib/mail/queue";
import { bucketKey, hit, type Limit } from "@/lib/rate-limit/bucket";
import { isHoneypotFilled } from "@/lib/signup/honeypot";
import { feedbackInput } from "./schema";
import { feedbackText } from "./texts";

// Public, like the provider sign-up: no account, so no permission; the honeypot and a limit per
// client address hold off spam. The editors hear of a report by mail (outbox + mail.deliver job).
export const FEEDBACK_LIMIT: Limit = { limit: 5, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };

export type FeedbackOutcome = { status: "received" } | { status: "rateLimited"; retryAt: Date };

/**
 * Validates and stores a report with one mail per active editor and admin, in one transaction.
 * Invalid input throws INVALID with field messages (not counted); a filled honeypot gets the
 * answer of a real report and nothing is stored.
 */
export async function submitAccessibilityFeedback(values: Record<string, unknown>, clientIp: string): Promise<FeedbackOutcome> {
  if (isHoneypotFilled(values)) return { status: "received" };
  const parsed = feedbackInput.safeParse(values);
  if (!parsed.success) {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> });
  }
  const input = parsed.data;
  const bucket = await hit(bucketKey("feedback-ip", clientIp), FEEDBACK_LIMIT);
  if (bucket.count > FEEDBACK_LIMIT.limit) {
    return { status: "rateLimited", retryAt: bucket.lockedUntil ?? new Date(Date.now() + FEEDBACK_LIMIT.lockMs) };
  }
  await db.$transaction(async (tx) => {
    const feedback = await tx.accessibilityFeedback.create({ data: { ...input, email: input.email?.toLowerCase() ?? null }, select: { id: true } });
    const editors = await tx.user.findMany({ where: { role: { in: ["ADMIN", "EDITOR"] }, disabledAt: null }, select: { email: true, name: true } });
    for (const editor of editors) {
      await queueMail(tx, {
        to: editor.email,
        kind: "accessibility-feedback",
        content: {
          subject: feedbackText("mail.subject"),
          name: editor.name,
          paragraphs: [
            feedbackText("mail.body", { page: input.pageUrl }),
            input.message,
            input.email ? feedbackText("mail.answerTo", { email: input.email }) : feedbackText("mail.noAddress"),
          ],
          action: { label: feedbackText("mail.action"), url: `${env.SITE_URL}/redaktion/rueckmeldungen` },
        },
      });
    }
    // Anonymous: no actor; the audit names the event, never the address or the text.
    await recordAudit(tx, { actor: null, action: "accessibilityFeedback.submitted", entityType: "accessibilityFeedback", entityId: feedback.id, before: null, after: { status: "NEW" } });
  });
  return { status: "received" };
}
