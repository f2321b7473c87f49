import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { consumeToken, hashToken, inspectToken, issueToken, revokeTokens, TOKEN_LIFETIME_MS } from "@/lib/account/tokens";

let userId = "";
const email = `it-tokens-${process.pid}-${Date.now()}@example.org`;

beforeAll(async () => {
  userId = (await db.user.create({ data: { email, name: "Token Test", role: "ADVISOR", passwordHash: "" }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.user.delete({ where: { id: userId } });
});

const issue = (purpose: "INVITATION" | "PASSWORD_RESET", now?: Date) =>
  db.$transaction((tx) => issueToken(tx, purpose, { userId }, null, now));
const consume = (purpose: "INVITATION" | "PASSWORD_RESET", token: string, now?: Date) =>
  db.$transaction((tx) => consumeToken(tx, purpose, token, now));

describe("single-use account tokens", () => {
  it("stores only the SHA-256 of the token", async () => {
    const { token } = await issue("INVITATION");
    const rows = await db.accountToken.findMany({ where: { userId } });
    expect(rows.some((r) => r.tokenHash === hashToken(token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("can be used exactly once", async () => {
    const { token } = await issue("INVITATION");
    expect((await db.$transaction((tx) => inspectToken(tx, "INVITATION", token))).state).toBe("valid");
    const first = await consume("INVITATION", token);
    expect(first).toMatchObject({ state: "valid", userId });
    expect((await consume("INVITATION", token)).state).toBe("used");
  });

  it("cannot be used twice even by concurrent requests", async () => {
    const { token } = await issue("INVITATION");
    const results = await Promise.all([consume("INVITATION", token), consume("INVITATION", token), consume("INVITATION", token)]);
    expect(results.filter((r) => r.state === "valid")).toHaveLength(1);
  });

  it("expires after its lifetime", async () => {
    const issuedAt = new Date(Date.now() - TOKEN_LIFETIME_MS.PASSWORD_RESET - 1000);
    const { token, expiresAt } = await issue("PASSWORD_RESET", issuedAt);
    expect(expiresAt.getTime() - issuedAt.getTime()).toBe(60 * 60 * 1000);
    expect((await db.$transaction((tx) => inspectToken(tx, "PASSWORD_RESET", token))).state).toBe("expired");
    expect((await consume("PASSWORD_RESET", token)).state).toBe("expired");
  });

  it("is bound to its purpose", async () => {
    const { token } = await issue("INVITATION");
    expect((await consume("PASSWORD_RESET", token)).state).toBe("unknown");
    expect((await consume("INVITATION", token)).state).toBe("valid");
  });

  it("is revoked by a newer token of the same purpose and by revokeTokens", async () => {
    const older = await issue("INVITATION");
    const newer = await issue("INVITATION");
    expect((await consume("INVITATION", older.token)).state).toBe("revoked");
    expect(await db.$transaction((tx) => revokeTokens(tx, "INVITATION", { userId }))).toBe(1);
    expect((await consume("INVITATION", newer.token)).state).toBe("revoked");
  });

  it("reports unknown tokens as unknown", async () => {
    expect((await consume("INVITATION", "not-a-token")).state).toBe("unknown");
  });
});
