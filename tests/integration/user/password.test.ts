import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { changeOwnPassword } from "@/lib/user/password-service";
import { actorOf, createTestUser, PASSWORD, uniqueIp } from "../auth/fixtures";

const NEW = "Neues-Passwort-2027";

describe("changeOwnPassword", () => {
  it("changes the password, raises the session version and audits without any hash", async () => {
    const actor = await actorOf((await createTestUser("pw")).id);
    const result = await changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: NEW, repeatPassword: NEW }, 4);
    expect(result).toMatchObject({ id: actor.id, sessionVersion: 1 });

    expect(await verifyCredentials(actor.email, PASSWORD, uniqueIp())).toEqual({ ok: false, reason: "invalid" });
    expect((await verifyCredentials(actor.email, NEW, uniqueIp())).ok).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "user", entityId: actor.id } });
    expect(audit).toMatchObject({ action: "user.passwordChanged", actorId: actor.id });
    expect(JSON.stringify(audit.changes)).not.toMatch(/passwordHash|\$2[aby]\$|Passwort/);
  });

  it("refuses a wrong current password, the e-mail as password and an unchanged one; nothing changes", async () => {
    const actor = await actorOf((await createTestUser("pw-refused")).id);
    await expect(changeOwnPassword(actor, { currentPassword: "falsch", newPassword: NEW, repeatPassword: NEW }, 4)).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { currentPassword: ["auth.password.currentWrong"] } },
    });
    await expect(
      changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: actor.email.toUpperCase(), repeatPassword: actor.email }, 4),
    ).rejects.toMatchObject({ details: { fieldErrors: { newPassword: ["auth.password.equalsEmail"] } } });
    await expect(changeOwnPassword(actor, { currentPassword: PASSWORD, newPassword: PASSWORD, repeatPassword: PASSWORD }, 4)).rejects.toMatchObject({
      details: { fieldErrors: { newPassword: ["auth.password.unchanged"] } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { sessionVersion: true } })).sessionVersion).toBe(0);
    expect((await verifyCredentials(actor.email, PASSWORD, uniqueIp())).ok).toBe(true);
  });

  it("needs a signed-in user", async () => {
    await expect(changeOwnPassword(null, { currentPassword: PASSWORD, newPassword: NEW, repeatPassword: NEW })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
