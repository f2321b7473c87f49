import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { storedLocale } from "@/lib/i18n/config";
import { queueMail } from "@/lib/mail/queue";
import { providerInput } from "@/lib/provider/schema";
import { createProviderTx, transitionProviderTx } from "@/lib/provider/service";
import { createProviderAccountTx } from "./invite";
import type { RejectInput } from "./review-schema";
import { signupTexts } from "./texts";

// The editors' decision on a confirmed sign-up (permission "revision.review"). Each decision is
// one transaction; the caller delivers the queued mail after the response.

/**
 * Claims the sign-up for this decision: only a PENDING one changes, so two editors deciding at
 * once (or a decision on an unconfirmed sign-up) cannot both go through.
 */
async function claimPending(tx: Tx, actor: Actor, id: string, data: { status: "APPROVED" | "REJECTED"; reason?: string }) {
  const reviewedAt = new Date();
  const { count } = await tx.providerSignup.updateMany({
    where: { id, status: "PENDING" },
    data: { ...data, reviewedById: actor.id, reviewedAt },
  });
  const signup = await tx.providerSignup.findUnique({ where: { id }, select: { id: true, status: true, email: true, contactName: true, data: true, locale: true } });
  if (!signup || signup.status === "UNCONFIRMED") throw new AppError("NOT_FOUND", `providerSignup ${id}`);
  if (count === 0) throw new AppError("CONFLICT", "signup.review.alreadyDecided", { current: { changes: {}, currentVersion: 0 } });
  return signup;
}

/**
 * Approving creates the provider through the editors' create function, publishes it (search index
 * in the same transaction), records the decision and creates the contact's account with an
 * invitation. Any failure (e.g. the address already has an account) leaves nothing behind.
 */
export async function approveProviderSignup(actor: Actor | null, id: string): Promise<{ providerId: string; slug: string }> {
  const editor = assertCan(actor, "revision.review");
  const result = await db.$transaction(
    async (tx) => {
      const signup = await claimPending(tx, editor, id, { status: "APPROVED" });
      // The stored proposal passes the editors' schema again (the schema may have changed since).
      const input = providerInput.parse(signup.data);
      const created = await createProviderTx(tx, editor, input);
      // Complete by the sign-up form's own rules (contact, services); the completeness check runs
      // anyway. Look-alikes are not asked here: the review page is where the editor reads the
      // sign-up before approving it.
      const published = await transitionProviderTx(tx, editor, created.id, "publish", undefined, { confirmLookalikes: true });
      await tx.providerSignup.update({ where: { id }, data: { providerId: created.id } });
      await recordAudit(tx, {
        actor: editor,
        action: "providerSignup.approved",
        entityType: "providerSignup",
        entityId: id,
        before: { status: "PENDING", providerId: null },
        after: { status: "APPROVED", providerId: created.id },
      });
      await createProviderAccountTx(tx, editor, {
        email: signup.email,
        name: signup.contactName,
        providerId: created.id,
        providerName: input.name,
        providerSlug: published.slug,
        locale: storedLocale(signup.locale),
      });
      return { providerId: created.id, slug: published.slug, tags: [...created.tags, ...published.tags] };
    },
    { timeout: 30_000 },
  );
  // Expires the list, search-facing pages and the new detail page once the entry is really there.
  invalidateTags(result.tags);
  return { providerId: result.providerId, slug: result.slug };
}

/** Rejecting publishes nothing; the reason goes to the contact by mail. */
export async function rejectProviderSignup(actor: Actor | null, id: string, input: RejectInput): Promise<void> {
  const editor = assertCan(actor, "revision.review");
  await db.$transaction(async (tx) => {
    const signup = await claimPending(tx, editor, id, { status: "REJECTED", reason: input.reason });
    await recordAudit(tx, {
      actor: editor,
      action: "providerSignup.rejected",
      entityType: "providerSignup",
      entityId: id,
      before: { status: "PENDING" },
      after: { status: "REJECTED", reason: input.reason },
    });
    const name = (signup.data as { name?: string }).name ?? "";
    const locale = storedLocale(signup.locale);
    const t = signupTexts(locale);
    // The editor's reason stays as written (German): the mail around it is in the form's language.
    await queueMail(tx, {
      to: signup.email,
      kind: "signup-rejected",
      content: {
        locale,
        subject: t("mail.rejectedSubject"),
        name: signup.contactName,
        paragraphs: [t("mail.rejectedBody", { name }), input.reason, t("mail.rejectedContact", { email: env.OPERATOR_EMAIL })],
      },
    });
  });
}
