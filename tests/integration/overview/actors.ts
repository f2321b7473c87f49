import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

/** Actors made from the seeded demo accounts (prisma/seed/README.md). */
export async function actorFor(email: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, name: true, email: true, advisorId: true, providerId: true } });
}

export const EMAILS = {
  admin: "admin@regiontrier.example",
  editor: "redaktion@regiontrier.example",
  advisor: "berater@regiontrier.example",
  provider: "dienstleister@regiontrier.example",
} as const;

export async function loadActors() {
  const [admin, editor, advisor, provider] = await Promise.all([actorFor(EMAILS.admin), actorFor(EMAILS.editor), actorFor(EMAILS.advisor), actorFor(EMAILS.provider)]);
  return { admin, editor, advisor, provider };
}

export const auditRowsOf = (entityId: string) => db.auditLog.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
