import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";

// Throwaway accounts with unique addresses (cheap bcrypt cost), so lockouts never touch the demo logins.
export const PASSWORD = "Richtiges-Passwort-42";
const run = `${process.pid}-${Date.now()}`;

export const uniqueEmail = (label: string) => `it-${label}-${run}-${randomUUID().slice(0, 6)}@example.org`;
export const uniqueIp = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

export async function createTestUser(label: string, role: Role = "EDITOR", extra: { disabledAt?: Date } = {}) {
  return db.user.create({
    data: { email: uniqueEmail(label), name: `Test ${label}`, role, passwordHash: await hashPassword(PASSWORD, 4), ...extra },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
}

const ACTOR_FIELDS = { id: true, role: true, name: true, email: true, advisorId: true, providerId: true } as const;

export async function demoActor(email: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: ACTOR_FIELDS });
}

export async function actorOf(id: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({ where: { id }, select: ACTOR_FIELDS });
}
