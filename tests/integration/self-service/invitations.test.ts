import { beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, inspectInvitation } from "@/lib/account/invitation-accept";
import { listInvitations } from "@/lib/account/invitation-queries";
import { inviteToProfile, inviteToProfileTx, resendInvitation, revokeInvitation } from "@/lib/account/invitations";
import { hashToken } from "@/lib/account/tokens";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { actorFor, ADVISOR, EDITOR, expectAppError, freeAdvisor, freeProvider, PROVIDER, tokenFromMail, unique } from "./helpers";

let editor: Actor;
let advisorActor: Actor;
let providerActor: Actor;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  [editor, advisorActor, providerActor] = await Promise.all([actorFor(EDITOR), actorFor(ADVISOR), actorFor(PROVIDER)]);
});

const hasEmptyHash = async (userId: string) => (await db.user.count({ where: { id: userId, passwordHash: "" } })) === 1;

describe("inviting a person to their entry", () => {
  it("creates an account that cannot sign in, stores only the token's hash and mails the link (7 days)", async () => {
    const advisor = await freeAdvisor();
    const email = `${unique("invite")}@example.org`;
    const before = Date.now();
    const { userId, expiresAt } = await inviteToProfile(editor, { name: "Ina Eingeladen", email, target: { advisorId: advisor.id } });

    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, advisorId: true, disabledAt: true } });
    expect(user).toEqual({ role: "ADVISOR", advisorId: advisor.id, disabledAt: null });
    expect(await hasEmptyHash(userId)).toBe(true);

    const token = await tokenFromMail(email);
    const rows = await db.accountToken.findMany({ where: { userId, purpose: "INVITATION" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(rows[0]!.createdById).toBe(editor.id);
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(7 * DAY - 1000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(7 * DAY + 60_000);

    const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email } });
    expect(mail.kind).toBe("invitation");
    expect(mail.textBody).toContain(advisor.name);
    expect(await db.auditLog.count({ where: { entityId: userId, action: "user.invited", actorId: editor.id } })).toBe(1);
    expect((await listInvitations(editor)).find((row) => row.userId === userId)?.status).toBe("open");
  });

  it("sets the password with the link once, and the link is used up afterwards", async () => {
    const provider = await freeProvider();
    const email = `${unique("accept")}@example.org`;
    const { userId } = await inviteToProfile(editor, { name: "Paul Partner", email, target: { providerId: provider.id } });
    const token = await tokenFromMail(email);

    expect((await inspectInvitation(token)).state).toBe("valid");
    expect(await hasEmptyHash(userId)).toBe(true); // opening the page changed nothing

    const accepted = await acceptInvitation(token, "Ein-langes-Passwort-2026");
    expect(accepted.state).toBe("valid");
    expect(accepted.user).toMatchObject({ id: userId, role: "PROVIDER", email });
    const stored = await db.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
    expect(await verifyPassword("Ein-langes-Passwort-2026", stored.passwordHash)).toBe(true);

    const again = await acceptInvitation(token, "Anderes-Passwort-2026");
    expect(again).toEqual({ state: "used", user: null });
    expect((await inspectInvitation(token)).state).toBe("used");
    expect((await listInvitations(editor)).find((row) => row.userId === userId)?.status).toBe("accepted");

    // The entry has an active account now: a second invitation for it is refused at the field.
    const error = await expectAppError(inviteToProfile(editor, { name: "X", email: `${unique("x")}@example.org`, target: { providerId: provider.id } }), "INVALID");
    expect(error.details.fieldErrors?.target).toEqual(["selfService.invitation.admin.errors.profileActive"]);
  });

  it("expires after seven days: the link shows expired and sets nothing", async () => {
    const advisor = await freeAdvisor();
    const email = `${unique("expired")}@example.org`;
    const eightDaysAgo = new Date(Date.now() - 8 * DAY);
    const { userId } = await inviteToProfile(editor, { name: "Erwin Spät", email, target: { advisorId: advisor.id } }, eightDaysAgo);
    const token = await tokenFromMail(email);
    expect((await inspectInvitation(token)).state).toBe("expired");
    expect(await acceptInvitation(token, "Ein-langes-Passwort-2026")).toEqual({ state: "expired", user: null });
    expect(await hasEmptyHash(userId)).toBe(true);
    expect((await listInvitations(editor)).find((row) => row.userId === userId)?.status).toBe("expired");
  });

  it("refuses an e-mail address that belongs to another account", async () => {
    const advisor = await freeAdvisor();
    const error = await expectAppError(inviteToProfile(editor, { name: "Doppelt", email: EDITOR, target: { advisorId: advisor.id } }), "INVALID");
    expect(error.details.fieldErrors?.email).toEqual(["selfService.invitation.admin.errors.emailTaken"]);
    // the demo advisor's entry has an active account
    const own = await expectAppError(
      inviteToProfile(editor, { name: "Zweite", email: `${unique("second")}@example.org`, target: { advisorId: advisorActor.advisorId! } }),
      "INVALID",
    );
    expect(own.details.fieldErrors?.target).toEqual(["selfService.invitation.admin.errors.profileActive"]);
  });

  it("resend revokes the old link; revoke withdraws the link and disables the unused account", async () => {
    const advisor = await freeAdvisor();
    const email = `${unique("resend")}@example.org`;
    const { userId } = await inviteToProfile(editor, { name: "Rita Neu", email, target: { advisorId: advisor.id } });
    const first = await tokenFromMail(email);
    await resendInvitation(editor, userId);
    const second = await tokenFromMail(email);
    expect(second).not.toBe(first);
    expect((await inspectInvitation(first)).state).toBe("revoked");
    expect((await inspectInvitation(second)).state).toBe("valid");

    await revokeInvitation(editor, userId);
    expect((await inspectInvitation(second)).state).toBe("revoked");
    expect(await acceptInvitation(second, "Ein-langes-Passwort-2026")).toEqual({ state: "revoked", user: null });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { disabledAt: true } });
    expect(user.disabledAt).not.toBeNull();
    expect(await hasEmptyHash(userId)).toBe(true);
    expect((await listInvitations(editor)).find((row) => row.userId === userId)?.status).toBe("revoked");
    expect(await db.auditLog.count({ where: { entityId: userId, action: { in: ["user.invitationResent", "user.invitationRevoked"] } } })).toBe(2);

    // Inviting the same entry again reuses and enables the account.
    const again = await inviteToProfile(editor, { name: "Rita Neu", email, target: { advisorId: advisor.id } });
    expect(again.userId).toBe(userId);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { disabledAt: true } })).disabledAt).toBeNull();
  });

  it("inviteToProfileTx writes account, link, mail and audit row with the caller's transaction, or none of them", async () => {
    const advisor = await freeAdvisor();
    const email = `${unique("tx")}@example.org`;
    const audits = await db.auditLog.count({ where: { action: "user.invited" } });
    const failing = db.$transaction(async (tx) => {
      await inviteToProfileTx(tx, editor, { name: "Tina Teil", email, target: { advisorId: advisor.id } });
      throw new Error("the caller's own change failed");
    });
    await expect(failing).rejects.toThrow("the caller's own change failed");
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.mailMessage.count({ where: { toAddress: email } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "user.invited" } })).toBe(audits);

    const { userId } = await db.$transaction((tx) => inviteToProfileTx(tx, editor, { name: "Tina Teil", email, target: { advisorId: advisor.id } }));
    expect(await hasEmptyHash(userId)).toBe(true);
    expect(await db.mailMessage.count({ where: { toAddress: email, kind: "invitation" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: userId, action: "user.invited", actorId: editor.id } })).toBe(1);
    await expectAppError(db.$transaction((tx) => inviteToProfileTx(tx, advisorActor, { name: "X", email: `${unique("tx-forbidden")}@example.org`, target: { advisorId: advisor.id } })), "FORBIDDEN");
  });

  it("does not resend or revoke for an activated account", async () => {
    await expectAppError(resendInvitation(editor, advisorActor.id), "NOT_FOUND");
    await expectAppError(revokeInvitation(editor, advisorActor.id), "NOT_FOUND");
  });

  describe("needs user.invite", () => {
    for (const [label, actor] of [
      ["ADVISOR", () => advisorActor],
      ["PROVIDER", () => providerActor],
    ] as const) {
      it(`${label} may not invite, resend or revoke`, async () => {
        const advisor = await freeAdvisor();
        const email = `${unique("forbidden")}@example.org`;
        const users = await db.user.count();
        await expectAppError(inviteToProfile(actor(), { name: "Nope", email, target: { advisorId: advisor.id } }), "FORBIDDEN");
        expect(await db.user.count()).toBe(users);
        const pending = await inviteToProfile(editor, { name: "Offen", email, target: { advisorId: advisor.id } });
        const tokens = await db.accountToken.count({ where: { userId: pending.userId } });
        await expectAppError(resendInvitation(actor(), pending.userId), "FORBIDDEN");
        await expectAppError(revokeInvitation(actor(), pending.userId), "FORBIDDEN");
        expect(await db.accountToken.count({ where: { userId: pending.userId } })).toBe(tokens);
        expect(await db.accountToken.count({ where: { userId: pending.userId, revokedAt: { not: null } } })).toBe(0);
        await expectAppError(listInvitations(actor()), "FORBIDDEN");
      });
    }
    it("without a session nothing is allowed", async () => {
      const advisor = await freeAdvisor();
      await expectAppError(inviteToProfile(null, { name: "Nope", email: `${unique("anon")}@example.org`, target: { advisorId: advisor.id } }), "UNAUTHENTICATED");
    });
  });
});
