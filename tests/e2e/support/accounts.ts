import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { e2eQuery } from "./db";

/**
 * A fresh account for tests that change passwords or lock accounts, so that the shared demo
 * accounts other specs sign in with in parallel stay untouched.
 */
export async function createThrowawayUser(role: "ADMIN" | "EDITOR" | "ADVISOR" | "PROVIDER", password: string) {
  const email = `e2e-${role.toLowerCase()}-${Date.now()}-${randomUUID().slice(0, 8)}@example.org`;
  const hash = await bcrypt.hash(password, 4);
  await e2eQuery(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4::"Role", $5, now())`,
    [`e2e_${randomUUID()}`, email, `E2E ${role}`, role, hash],
  );
  return email;
}
