import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

// DTOs for the account pages. The client omits passwordHash globally; the selects name every
// column anyway, so nothing else slips in either.
const LIST_FIELDS = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  lastSignInAt: true,
  advisorId: true,
  providerId: true,
  advisor: { select: { name: true } },
  provider: { select: { name: true } },
} as const;

export async function listUsers(actor: Actor | null) {
  assertCan(actor, "user.manage");
  return db.user.findMany({ select: LIST_FIELDS, orderBy: [{ name: "asc" }, { email: "asc" }] });
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

export async function getUserOrThrow(actor: Actor | null, id: string) {
  assertCan(actor, "user.manage");
  const user = await db.user.findUnique({ where: { id }, select: LIST_FIELDS });
  if (!user) throw new AppError("NOT_FOUND", "user not found");
  return user;
}

/** Entries an advisor or provider account can be linked to (with the account already linked, if any). */
export async function listLinkOptions(actor: Actor | null) {
  assertCan(actor, "user.manage");
  const [advisors, providers] = await Promise.all([
    db.advisor.findMany({ select: { id: true, name: true, user: { select: { id: true } } }, orderBy: { name: "asc" } }),
    db.provider.findMany({ select: { id: true, name: true, user: { select: { id: true } } }, orderBy: { name: "asc" } }),
  ]);
  return { advisors, providers };
}

/** The signed-in user's own account page. */
export async function getOwnAccount(actor: Actor) {
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, role: true, lastSignInAt: true, advisor: { select: { name: true } }, provider: { select: { name: true } } },
  });
}
