import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { e2eQuery } from "./db";

/**
 * A fresh account for tests that change passwords or lock accounts, so that the shared demo
 * accounts other specs sign in with in parallel stay untouched. `providerId` links a PROVIDER
 * account to an entry of the test's own (its pending revision is then nobody else's).
 */
export async function createThrowawayUser(role: "ADMIN" | "EDITOR" | "ADVISOR" | "PROVIDER", password: string, link: { providerId?: string } = {}) {
  const email = `e2e-${role.toLowerCase()}-${Date.now()}-${randomUUID().slice(0, 8)}@example.org`;
  const hash = await bcrypt.hash(password, 4);
  await e2eQuery(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "providerId", "updatedAt") VALUES ($1, $2, $3, $4::"Role", $5, $6, now())`,
    [`e2e_${randomUUID()}`, email, `E2E ${role}`, role, hash, link.providerId ?? null],
  );
  return email;
}
