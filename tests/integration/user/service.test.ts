import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { listUsers } from "@/lib/user/queries";
import { createUserSchema } from "@/lib/user/schema";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/user/service";
import { actorOf, createTestUser, demoActor, PASSWORD, uniqueEmail, uniqueIp } from "../auth/fixtures";

let admin: Actor, editor: Actor, advisor: Actor, provider: Actor;
beforeAll(async () => {
  [admin, editor, advisor, provider] = await Promise.all([
    demoActor("admin@regiontrier.example"),
    demoActor("redaktion@regiontrier.example"),
    demoActor("berater@regiontrier.example"),
    demoActor("dienstleister@regiontrier.example"),
  ]);
});

const auditRows = (entityId: string) => db.auditLog.findMany({ where: { entityType: "user", entityId }, orderBy: { createdAt: "asc" } });
const userRow = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { role: true, disabledAt: true, sessionVersion: true, advisorId: true } });
const newUserInput = (label: string, role = "EDITOR", extra: Record<string, string> = {}) =>
  createUserSchema.parse({ name: `Neu ${label}`, email: uniqueEmail(label), role, password: "Erstes-Passwort-2026", ...extra });

describe("user service as ADMIN", () => {
  it("creates an account that can sign in, with an audit row that holds no password hash", async () => {
    const input = newUserInput("create");
    const { id } = await createUser(admin, input, 4);
    const row = await db.user.findUniqueOrThrow({ where: { id }, select: { email: true, role: true } });
    expect(row).toEqual({ email: input.email, role: "EDITOR" });
    expect((await verifyCredentials(input.email, "Erstes-Passwort-2026", uniqueIp())).ok).toBe(true);

    const [audit] = await auditRows(id);
    expect(audit).toMatchObject({ action: "user.created", actorId: admin.id });
    expect(audit!.changes).toMatchObject({ email: { before: null, after: input.email }, role: { before: null, after: "EDITOR" } });
    expect(JSON.stringify(audit!.changes)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it("links advisor accounts to their entry and refuses an entry that already has an account", async () => {
    const free = await db.advisor.findFirstOrThrow({ where: { user: null }, select: { id: true } });
    const { id } = await createUser(admin, newUserInput("advisor", "ADVISOR", { advisorId: free.id }), 4);
    expect((await userRow(id)).advisorId).toBe(free.id);
    await expect(createUser(admin, newUserInput("advisor2", "ADVISOR", { advisorId: free.id }), 4)).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { advisorId: ["auth.users.advisorTaken"] } },
    });
  });

  it("refuses a duplicate e-mail and writes no audit row for it", async () => {
    const existing = await createTestUser("dup");
    const auditBefore = await db.auditLog.count();
    const input = { ...newUserInput("dup"), email: existing.email };
    await expect(createUser(admin, input, 4)).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { email: ["auth.users.emailTaken"] } },
    });
    expect(await db.auditLog.count()).toBe(auditBefore);
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("changes the role, ends the account's sessions and records before and after", async () => {
    const target = await createTestUser("role");
    await changeUserRole(admin, { userId: target.id, role: "ADMIN", advisorId: null, providerId: null });
    expect(await userRow(target.id)).toMatchObject({ role: "ADMIN", sessionVersion: 1 });
    const [audit] = await auditRows(target.id);
    expect(audit).toMatchObject({ action: "user.roleChanged", changes: { role: { before: "EDITOR", after: "ADMIN" } } });
  });

  it("disables an account (sign-in refused, sessions ended) and enables it again", async () => {
    const target = await createTestUser("disable");
    await setUserDisabled(admin, { userId: target.id, disabled: true });
    const disabled = await userRow(target.id);
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(1);
    expect(await verifyCredentials(target.email, PASSWORD, uniqueIp())).toEqual({ ok: false, reason: "invalid" });

    await setUserDisabled(admin, { userId: target.id, disabled: false });
    expect((await userRow(target.id)).disabledAt).toBeNull();
    expect((await verifyCredentials(target.email, PASSWORD, uniqueIp())).ok).toBe(true);
    expect((await auditRows(target.id)).map((a) => a.action)).toEqual(["user.disabled", "user.enabled"]);
  });

  it("an admin can neither demote nor disable themselves", async () => {
    const self = await actorOf((await createTestUser("self", "ADMIN")).id);
    await expect(changeUserRole(self, { userId: self.id, role: "EDITOR", advisorId: null, providerId: null })).rejects.toMatchObject({
      code: "INVALID",
      details: { fieldErrors: { role: ["auth.users.cannotDemoteSelf"] } },
    });
    await expect(setUserDisabled(self, { userId: self.id, disabled: true })).rejects.toMatchObject({
      code: "INVALID",
      message: "auth.users.cannotDisableSelf",
    });
    expect(await userRow(self.id)).toMatchObject({ role: "ADMIN", disabledAt: null, sessionVersion: 0 });
    expect(await auditRows(self.id)).toEqual([]);
  });
});

describe("user service refuses everyone but ADMIN", () => {
  for (const name of ["EDITOR", "ADVISOR", "PROVIDER", "signed out"] as const) {
    const who = () => ({ EDITOR: editor, ADVISOR: advisor, PROVIDER: provider, "signed out": null })[name];
    const code = name === "signed out" ? "UNAUTHENTICATED" : "FORBIDDEN";

    it(`${name}: create, change role, disable and list are refused and nothing changes`, async () => {
      const target = await createTestUser(`victim-${name.replace(" ", "")}`);
      const input = newUserInput(`forbidden-${name.replace(" ", "")}`, "ADMIN");
      const auditBefore = await db.auditLog.count();

      await expect(createUser(who(), input, 4)).rejects.toMatchObject({ code });
      await expect(changeUserRole(who(), { userId: target.id, role: "ADMIN", advisorId: null, providerId: null })).rejects.toMatchObject({ code });
      await expect(setUserDisabled(who(), { userId: target.id, disabled: true })).rejects.toMatchObject({ code });
      await expect(listUsers(who())).rejects.toMatchObject({ code });

      expect(await db.user.count({ where: { email: input.email } })).toBe(0);
      expect(await userRow(target.id)).toMatchObject({ role: "EDITOR", disabledAt: null, sessionVersion: 0 });
      expect(await db.auditLog.count()).toBe(auditBefore);
    });
  }
});
