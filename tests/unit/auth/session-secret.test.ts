import { afterEach, describe, expect, it, vi } from "vitest";

// lib/auth/config.ts reads lib/env once; each case loads it afresh with another environment.
async function configWith(env: { NODE_ENV: string; NEXTAUTH_SECRET?: string }) {
  vi.resetModules();
  vi.doMock("@/lib/env", () => ({ env: { SITE_URL: "http://localhost:3000", ...env } }));
  return import("@/lib/auth/config");
}

afterEach(() => {
  vi.doUnmock("@/lib/env");
  vi.restoreAllMocks();
});

describe("the session secret", () => {
  it("uses NEXTAUTH_SECRET when set", async () => {
    const { authSecret } = await configWith({ NODE_ENV: "development", NEXTAUTH_SECRET: "s".repeat(40) });
    expect(authSecret()).toBe("s".repeat(40));
  });

  it("refuses to run without one outside the tests, with a message that says what to do", async () => {
    for (const NODE_ENV of ["development", "production"]) {
      const { authSecret } = await configWith({ NODE_ENV });
      expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET/);
    }
  });

  it("tests get a generated secret, the same for the whole process, announced once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { authSecret } = await configWith({ NODE_ENV: "test" });
    const first = authSecret();
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(first).not.toMatch(/development|0000/);
    expect(authSecret()).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/generated/);
  });
});
