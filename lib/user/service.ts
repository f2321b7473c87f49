import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import type { AuditActionOf } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { fieldError, uniqueViolation } from "./errors";
import type { ChangeRoleInput, CreateUserInput, SetDisabledInput } from "./schema";

// Account management (permission user.manage, ADMIN only). Each change and its audit row share
// one transaction. Role changes and disabling raise sessionVersion, which ends the account's
// sessions at their next request (getActor re-reads the user).
const AUDITED = { name: true, email: true, role: true, advisorId: true, providerId: true, disabledAt: true } as const;

export async function createUser(actor: Actor | null, input: CreateUserInput, bcryptCost?: number) {
  assertCan(actor, "user.manage");
  const passwordHash = await hashPassword(input.password, bcryptCost);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, advisorId: input.advisorId, providerId: input.providerId, passwordHash },
        select: { id: true, ...AUDITED },
      });
      const { id, ...after } = user;
      await recordAudit(tx, { actor, action: "user.created", entityType: "user", entityId: id, before: null, after });
      return { id };
    });
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}

export async function changeUserRole(actor: Actor | null, input: ChangeRoleInput) {
  const admin = assertCan(actor, "user.manage");
  if (input.userId === admin.id && input.role !== "ADMIN") throw fieldError("role", "auth.users.cannotDemoteSelf");
  const data = { role: input.role, advisorId: input.advisorId, providerId: input.providerId };
  await updateAudited(admin, input.userId, "user.roleChanged", data);
}

export async function setUserDisabled(actor: Actor | null, input: SetDisabledInput) {
  const admin = assertCan(actor, "user.manage");
  if (input.userId === admin.id && input.disabled) throw new AppError("INVALID", "auth.users.cannotDisableSelf");
  const action = input.disabled ? "user.disabled" : "user.enabled";
  await updateAudited(admin, input.userId, action, { disabledAt: input.disabled ? new Date() : null });
}

type UserChange = { role?: CreateUserInput["role"]; advisorId?: string | null; providerId?: string | null; disabledAt?: Date | null };

async function updateAudited(actor: Actor, userId: string, action: AuditActionOf<"user">, data: UserChange) {
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: AUDITED });
      if (!before) throw new AppError("NOT_FOUND", "user not found");
      // Enabling again keeps the old disabling date out of the way; an unchanged state is no change.
      if ("disabledAt" in data && !!before.disabledAt === !!data.disabledAt) return;
      const after = await tx.user.update({
        where: { id: userId },
        data: { ...data, sessionVersion: { increment: 1 } },
        select: AUDITED,
      });
      await recordAudit(tx, { actor, action, entityType: "user", entityId: userId, before, after });
    });
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}
