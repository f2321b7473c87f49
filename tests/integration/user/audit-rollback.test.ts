import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createUserSchema } from "@/lib/user/schema";
import { changeUserRole, createUser } from "@/lib/user/service";
import { createTestUser, demoActor, uniqueEmail } from "../auth/fixtures";

// The audit row shares the change's transaction: when writing it fails, the change is rolled back.
const failAudit = vi.hoisted(() => ({ on: false }));
vi.mock("@/lib/audit/record", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    ...original,
    recordAudit: async (...args: Parameters<typeof original.recordAudit>) => {
      if (failAudit.on) throw new Error("audit write failed");
      return original.recordAudit(...args);
    },
  };
});

let admin: Actor;
beforeAll(async () => {
  admin = await demoActor("admin@regiontrier.example");
});

describe("user changes without their audit row do not happen", () => {
  it("a failing audit write rolls back the created account", async () => {
    const input = createUserSchema.parse({ name: "Rollback", email: uniqueEmail("rollback"), role: "EDITOR", password: "Erstes-Passwort-2026" });
    failAudit.on = true;
    await expect(createUser(admin, input, 4)).rejects.toThrow("audit write failed");
    failAudit.on = false;
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("a failing audit write rolls back a role change", async () => {
    const target = await createTestUser("rollback-role");
    failAudit.on = true;
    await expect(changeUserRole(admin, { userId: target.id, role: "ADMIN", advisorId: null, providerId: null })).rejects.toThrow();
    failAudit.on = false;
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true, sessionVersion: true } })).toEqual({
      role: "EDITOR",
      sessionVersion: 0,
    });
  });
});
