import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/account/invitation-accept";
import { hashToken } from "@/lib/account/tokens";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { approveProviderSignup, confirmProviderSignup, rejectProviderSignup } from "@/lib/signup/service";
import { getSignupForReview, listPendingSignups } from "@/lib/signup/queries";
import { actorFor, ADVISOR, EDITOR, expectAppError, PROVIDER, searchSlugs, uniqueWord } from "../directory-editor/helpers";
import { submitted, uniqueEmail } from "./helpers";

let editor: Actor;

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

/** A confirmed sign-up, waiting in the editors' queue. */
async function pending(word: string) {
  const email = uniqueEmail(word.toLowerCase());
  const name = `${word} Digital GmbH`;
  const { id, token } = await submitted(name, email);
  expect(await confirmProviderSignup(token)).toBe("valid");
  return { id, email, name };
}

describe("editors' review of provider sign-ups", () => {
  it("lists only confirmed sign-ups", async () => {
    const unconfirmed = await submitted(`${uniqueWord("Unbestaetigt")} GmbH`, uniqueEmail("unconfirmed"));
    const confirmed = await pending(uniqueWord("Bestaetigt"));
    const ids = (await listPendingSignups(editor)).map((s) => s.id);
    expect(ids).toContain(confirmed.id);
    expect(ids).not.toContain(unconfirmed.id);
    // An unconfirmed sign-up cannot be decided either.
    await expectAppError(approveProviderSignup(editor, unconfirmed.id), "NOT_FOUND");
  });

  it("approving publishes the entry (search included), creates the PROVIDER account and sends the invitation", async () => {
    const word = uniqueWord("Freigabe");
    const { id, email, name } = await pending(word);
    const { providerId, slug } = await approveProviderSignup(editor, id);

    const provider = await db.provider.findUniqueOrThrow({ where: { id: providerId }, include: { region: true } });
    expect([provider.name, provider.status, provider.region.slug, provider.email]).toEqual([name, "PUBLISHED", "stadt-trier", email]);
    expect(provider.publishedAt).toBeInstanceOf(Date);
    expect(provider.description).not.toMatch(/<script/);
    expect(await searchSlugs("provider", word)).toEqual([slug]);

    const signup = await db.providerSignup.findUniqueOrThrow({ where: { id } });
    expect([signup.status, signup.providerId, signup.reviewedById]).toEqual(["APPROVED", providerId, editor.id]);

    const user = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect([user.role, user.providerId, user.name, user.passwordHash]).toEqual(["PROVIDER", providerId, "Erika Muster", ""]);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "invitation" } });
    const token = /\/einladung\/([A-Za-z0-9_-]+)/.exec(mail.secretLink ?? "")?.[1];
    expect(token).toBeTruthy();
    const invitation = await db.accountToken.findFirstOrThrow({ where: { userId: user.id, purpose: "INVITATION" } });
    expect(invitation.tokenHash).toBe(hashToken(token!));
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(6 * 24 * 60 * 60_000);

    const actions = await db.auditLog.findMany({ where: { entityId: { in: [id, providerId, user.id] } }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(
      ["provider.created", "provider.published", "providerSignup.approved", "providerSignup.confirmed", "providerSignup.submitted", "user.created", "user.invited"].sort(),
    );

    // The invitation is the one /einladung/<token> accepts: the contact sets a password and can sign in.
    expect((await acceptInvitation(token!, "Neues-Passwort-2026")).state).toBe("valid");
    const activated = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(await verifyPassword("Neues-Passwort-2026", activated.passwordHash)).toBe(true);

    // A second decision is refused.
    await expectAppError(approveProviderSignup(editor, id), "CONFLICT");
    await expectAppError(rejectProviderSignup(editor, id, { reason: "zu spät" }), "CONFLICT");
  });

  it("shows the listed providers a pending sign-up may duplicate, and none once it is decided", async () => {
    const word = uniqueWord("Doppelt");
    const first = await pending(word);
    const { providerId } = await approveProviderSignup(editor, first.id);
    // The same company signs up again (another address, same name).
    const second = await pending(word);
    const review = await getSignupForReview(editor, second.id);
    expect(review?.lookalikes).toContainEqual(expect.objectContaining({ id: providerId, title: first.name, status: "PUBLISHED" }));

    await rejectProviderSignup(editor, second.id, { reason: "Der Dienstleister ist schon eingetragen." });
    expect((await getSignupForReview(editor, second.id))?.lookalikes).toEqual([]);
  });

  it("rejecting publishes nothing and mails the reason", async () => {
    const word = uniqueWord("Abgelehnt");
    const { id, email } = await pending(word);
    await rejectProviderSignup(editor, id, { reason: "Das Unternehmen hat keinen Sitz in der Region Trier." });

    const signup = await db.providerSignup.findUniqueOrThrow({ where: { id } });
    expect([signup.status, signup.providerId, signup.reason]).toEqual(["REJECTED", null, "Das Unternehmen hat keinen Sitz in der Region Trier."]);
    expect(await db.provider.count({ where: { name: { contains: word } } })).toBe(0);
    expect(await searchSlugs("provider", word)).toEqual([]);
    expect(await db.user.count({ where: { email } })).toBe(0);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "signup-rejected" } });
    expect(mail.textBody).toContain("Das Unternehmen hat keinen Sitz in der Region Trier.");
    expect(await db.auditLog.count({ where: { entityId: id, action: "providerSignup.rejected" } })).toBe(1);
  });

  it("refuses approval when the address already has an account, leaving nothing behind", async () => {
    const word = uniqueWord("Doppelt");
    const { id, email } = await pending(word);
    await db.user.create({ data: { email, name: "Schon da", role: "EDITOR", passwordHash: "" } });
    const error = await expectAppError(approveProviderSignup(editor, id), "INVALID");
    expect(error.message).toBe("signup.review.emailTaken");
    expect((await db.providerSignup.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    expect(await db.provider.count({ where: { name: { contains: word } } })).toBe(0);
    expect(await searchSlugs("provider", word)).toEqual([]);
  });

  it("refuses advisors, providers and visitors for every decision, changing nothing", async () => {
    const word = uniqueWord("Verboten");
    const { id } = await pending(word);
    for (const email of [ADVISOR, PROVIDER]) {
      const actor = await actorFor(email);
      await expectAppError(approveProviderSignup(actor, id), "FORBIDDEN");
      await expectAppError(rejectProviderSignup(actor, id, { reason: "nein" }), "FORBIDDEN");
      await expectAppError(listPendingSignups(actor), "FORBIDDEN");
    }
    await expectAppError(approveProviderSignup(null, id), "UNAUTHENTICATED");
    await expectAppError(rejectProviderSignup(null, id, { reason: "nein" }), "UNAUTHENTICATED");
    const signup = await db.providerSignup.findUniqueOrThrow({ where: { id } });
    expect([signup.status, signup.providerId, signup.reviewedById]).toEqual(["PENDING", null, null]);
    expect(await db.provider.count({ where: { name: { contains: word } } })).toBe(0);
  });
});
