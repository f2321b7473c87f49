import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";

const SECRET = "t".repeat(40);

// lib/auth/token-role.ts reads lib/env once; each case loads it with the secret it needs.
async function tokenRoleWith(secret: string | undefined) {
  vi.resetModules();
  vi.doMock("@/lib/env", () => ({ env: { SITE_URL: "http://localhost:3000", NODE_ENV: "test", NEXTAUTH_SECRET: secret } }));
  return import("@/lib/auth/token-role");
}

const cookiesWith = (value: string | undefined) => ({
  get: (name: string) => (name === "next-auth.session-token" && value !== undefined ? { value } : undefined),
});

afterEach(() => vi.doUnmock("@/lib/env"));

describe("tokenRoleLacks (proxy.ts's 403 hint for the editor area)", () => {
  it("is true for a provider's and an advisor's token, false for an editor's and an admin's", async () => {
    const { tokenRoleLacks } = await tokenRoleWith(SECRET);
    for (const [role, lacks] of [["PROVIDER", true], ["ADVISOR", true], ["EDITOR", false], ["ADMIN", false]] as const) {
      const token = await encode({ token: { sub: "u1", sv: 0, role }, secret: SECRET });
      expect(await tokenRoleLacks(cookiesWith(token), "editor.access"), role).toBe(lacks);
    }
  });

  it("is false without a cookie, for a token under another secret, an unknown role or no secret", async () => {
    const { tokenRoleLacks } = await tokenRoleWith(SECRET);
    expect(await tokenRoleLacks(cookiesWith(undefined), "editor.access")).toBe(false);
    const foreign = await encode({ token: { sub: "u1", role: "PROVIDER" }, secret: "x".repeat(40) });
    expect(await tokenRoleLacks(cookiesWith(foreign), "editor.access")).toBe(false);
    const unknown = await encode({ token: { sub: "u1", role: "OWNER" }, secret: SECRET });
    expect(await tokenRoleLacks(cookiesWith(unknown), "editor.access")).toBe(false);
    const { tokenRoleLacks: withoutSecret } = await tokenRoleWith(undefined);
    const provider = await encode({ token: { sub: "u1", role: "PROVIDER" }, secret: SECRET });
    expect(await withoutSecret(cookiesWith(provider), "editor.access")).toBe(false);
  });
});
