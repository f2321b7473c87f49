import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authSecret, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { actorFromToken, endSession } from "@/lib/auth/session";
import { sessionClaims } from "@/lib/auth/session-token";
import { createTestUser } from "./fixtures";

const now = () => Math.floor(Date.now() / 1000);
const token = (claims: Record<string, unknown>, secret = authSecret()) => encode({ token: claims, secret, maxAge: SESSION_MAX_AGE_SECONDS });

describe("session tokens", () => {
  it("a fresh token stands for its user", async () => {
    const user = await createTestUser("session");
    expect(await actorFromToken(await token(sessionClaims(user)))).toMatchObject({ id: user.id, role: "EDITOR", email: user.email });
  });

  it("missing, garbage and foreign-secret tokens mean signed out", async () => {
    const user = await createTestUser("session-bad");
    expect(await actorFromToken(undefined)).toBeNull();
    expect(await actorFromToken("kein-token")).toBeNull();
    expect(await actorFromToken(await token(sessionClaims(user), "another-secret-of-at-least-32-characters!!"))).toBeNull();
  });

  it("ends 8 hours after the sign-in even when the token itself was renewed", async () => {
    const user = await createTestUser("session-old");
    const signedIn = now() - SESSION_MAX_AGE_SECONDS - 60;
    expect(await actorFromToken(await token(sessionClaims(user, signedIn)))).toBeNull();
    expect(await actorFromToken(await token({ sub: user.id, sv: 0 }))).toBeNull(); // no sign-in time at all
  });

  it("an expired token means signed out", async () => {
    const user = await createTestUser("session-exp");
    const expired = await encode({ token: sessionClaims(user), secret: authSecret(), maxAge: -60 }); // beyond the 15 s clock tolerance of decode()
    expect(await actorFromToken(expired)).toBeNull();
  });

  it("raising sessionVersion or disabling the account ends the token", async () => {
    const user = await createTestUser("session-sv");
    const issued = await token(sessionClaims(user));
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await actorFromToken(issued)).toBeNull();

    const other = await createTestUser("session-disabled");
    const otherToken = await token(sessionClaims(other));
    await db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    expect(await actorFromToken(otherToken)).toBeNull();
  });

  it("sign-out ends the session on the server: a copied token is refused afterwards", async () => {
    const user = await createTestUser("session-signout");
    const issued = await token(sessionClaims(user));
    const copy = issued;
    expect(await actorFromToken(copy)).not.toBeNull();
    await endSession(issued);
    expect(await actorFromToken(copy)).toBeNull();
    // An already ended (or forged) token changes nothing more.
    await endSession(issued);
    await endSession("kein-token");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } })).sessionVersion).toBe(1);
  });
});
