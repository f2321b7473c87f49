import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createThrowawayUser } from "../support/accounts";
import { e2eQuery } from "../support/db";

/** A live single-use token of `purpose` for a fresh account, written the way lib/account/tokens.ts does. */
export async function liveToken(purpose: "PASSWORD_RESET" | "INVITATION"): Promise<string> {
  const email = await createThrowawayUser("PROVIDER", `Wegwerf-${randomUUID()}`);
  const [user] = await e2eQuery<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token, "utf8").digest("hex");
  await e2eQuery(
    `INSERT INTO "AccountToken" (id, purpose, "tokenHash", "userId", "expiresAt") VALUES ($1, $2::"AccountTokenPurpose", $3, $4, now() + interval '1 hour')`,
    [`e2e_${randomUUID()}`, purpose, tokenHash, user!.id],
  );
  return token;
}

/** A live sign-up confirmation token for a fresh, unconfirmed provider sign-up. */
export async function liveSignupToken(): Promise<string> {
  const signupId = `e2e_${randomUUID()}`;
  await e2eQuery(`INSERT INTO "ProviderSignup" (id, "contactName", email, data) VALUES ($1, 'Erika Muster', $2, '{}'::jsonb)`, [
    signupId,
    `e2e-signup-${randomUUID().slice(0, 8)}@example.org`,
  ]);
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token, "utf8").digest("hex");
  await e2eQuery(
    `INSERT INTO "AccountToken" (id, purpose, "tokenHash", "signupId", "expiresAt") VALUES ($1, 'SIGNUP_CONFIRMATION', $2, $3, now() + interval '1 hour')`,
    [`e2e_${randomUUID()}`, tokenHash, signupId],
  );
  return token;
}

export async function anOrganisationId(): Promise<string> {
  const [row] = await e2eQuery<{ id: string }>(`SELECT id FROM "Organisation" ORDER BY name LIMIT 1`);
  return row!.id;
}
