import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, assertSignedIn } from "@/lib/auth/permissions";
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

/** "invited": the person has not set a password through the invitation link yet. */
export type AccountState = "active" | "invited" | "disabled";

/** A disabled account is shown as such even if never activated (a revoked invitation is disabled). */
export const accountState = (user: { disabledAt: Date | null }, invited: boolean): AccountState =>
  user.disabledAt ? "disabled" : invited ? "invited" : "active";

// An invited account has the empty hash (lib/account/invitations.ts). Asked as a condition, so
// the hash itself is never read.
async function invitedIds(where: { id?: string } = {}): Promise<Set<string>> {
  const rows = await db.user.findMany({ where: { ...where, passwordHash: "" }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

export async function listUsers(actor: Actor | null) {
  assertCan(actor, "user.manage");
  const [users, invited] = await Promise.all([
    db.user.findMany({ select: LIST_FIELDS, orderBy: [{ name: "asc" }, { email: "asc" }] }),
    invitedIds(),
  ]);
  return users.map((user) => ({ ...user, state: accountState(user, invited.has(user.id)) }));
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

export async function getUserOrThrow(actor: Actor | null, id: string) {
  assertCan(actor, "user.manage");
  const [user, invited] = await Promise.all([db.user.findUnique({ where: { id }, select: LIST_FIELDS }), invitedIds({ id })]);
  if (!user) throw new AppError("NOT_FOUND", "user not found");
  return { ...user, state: accountState(user, invited.has(id)) };
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

/** The signed-in user's own account page: the row is chosen by the actor's id, never by a parameter. */
export async function getOwnAccount(actor: Actor | null) {
  const { id } = assertSignedIn(actor);
  return db.user.findUniqueOrThrow({
    where: { id },
    select: { name: true, email: true, role: true, lastSignInAt: true, advisor: { select: { name: true } }, provider: { select: { name: true } } },
  });
}
