import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/account/invitation-accept";
import { resetPassword } from "@/lib/account/password-reset";
import { TOKEN_USE_LIMIT } from "@/lib/account/token-attempts";
import { issueToken } from "@/lib/account/tokens";
import { uniqueIp } from "../auth/fixtures";

// Counts bcrypt hashings: a bogus token must cost a lookup, never a hash (no timing involved).
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...actual,
    hashPassword: (plain: string) => {
      hashes.count++;
      return actual.hashPassword(plain, 4);
    },
  };
});

const tag = `${process.pid}-${Date.now()}`;
let resetUser = "";
let invitedUser = "";

beforeAll(async () => {
  resetUser = (await db.user.create({ data: { email: `it-tf-reset-${tag}@example.org`, name: "Reset", role: "EDITOR", passwordHash: "" }, select: { id: true } })).id;
  invitedUser = (await db.user.create({ data: { email: `it-tf-inv-${tag}@example.org`, name: "Invited", role: "ADVISOR", passwordHash: "" }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.auditLog.deleteMany({ where: { entityId: { in: [resetUser, invitedUser] } } });
  await db.user.deleteMany({ where: { id: { in: [resetUser, invitedUser] } } });
});

describe("token first, then bcrypt", () => {
  it("a bogus reset or invitation token costs no hashing", async () => {
    hashes.count = 0;
    expect(await resetPassword("bogus-token", "Ein-langes-Passwort-2026", uniqueIp())).toBe("unknown");
    expect((await acceptInvitation("bogus-token", "Ein-langes-Passwort-2026", new Date(), uniqueIp())).state).toBe("unknown");
    expect(hashes.count).toBe(0);
  });

  it("a valid token is hashed exactly once and used", async () => {
    const reset = await db.$transaction((tx) => issueToken(tx, "PASSWORD_RESET", { userId: resetUser }));
    const invite = await db.$transaction((tx) => issueToken(tx, "INVITATION", { userId: invitedUser }));
    hashes.count = 0;
    expect(await resetPassword(reset.token, "Ein-langes-Passwort-2026", uniqueIp())).toBe("valid");
    expect((await acceptInvitation(invite.token, "Ein-langes-Passwort-2026", new Date(), uniqueIp())).state).toBe("valid");
    expect(hashes.count).toBe(2);
  });

  it("limits bogus token uses per client; other clients are unaffected", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < TOKEN_USE_LIMIT.limit; i++) expect(await resetPassword(`bogus-${i}`, "Ein-langes-Passwort-2026", ip)).toBe("unknown");
    expect(await resetPassword("bogus-x", "Ein-langes-Passwort-2026", ip)).toBe("limited");
    expect((await acceptInvitation("bogus-y", "Ein-langes-Passwort-2026", new Date(), ip)).state).toBe("limited");
    expect(await resetPassword("bogus-z", "Ein-langes-Passwort-2026", uniqueIp())).toBe("unknown");
  });
});
