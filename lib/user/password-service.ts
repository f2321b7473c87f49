import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-token";
import { checkCurrentPassword } from "@/lib/auth/sign-in";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { fieldError } from "./errors";
import type { ChangePasswordInput } from "./schema";

export type PasswordChangeRefused = { reason: "locked"; lockedUntil: Date };

/**
 * Any signed-in user changes their own password. Raising sessionVersion ends all other sessions;
 * the caller re-issues this browser's cookie with the returned user. The audit row names the
 * change, never a hash.
 */
export async function changeOwnPassword(
  actor: Actor | null,
  input: ChangePasswordInput,
  bcryptCost?: number,
): Promise<SessionUser | PasswordChangeRefused> {
  if (!actor) throw new AppError("UNAUTHENTICATED", "not signed in for password change");
  if (input.newPassword.trim().toLowerCase() === actor.email.toLowerCase()) throw fieldError("newPassword", "auth.password.equalsEmail");
  const current = await checkCurrentPassword(actor.id, input.currentPassword);
  if (!current.ok && current.reason === "locked") return { reason: "locked", lockedUntil: current.lockedUntil };
  if (!current.ok) throw fieldError("currentPassword", "auth.password.currentWrong");
  if (input.newPassword === input.currentPassword) throw fieldError("newPassword", "auth.password.unchanged");

  const passwordHash = await hashPassword(input.newPassword, bcryptCost);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true, name: true, email: true, role: true },
    });
    await recordAudit(tx, {
      actor,
      action: "user.passwordChanged",
      entityType: "user",
      entityId: actor.id,
      before: { sessionVersion: user.sessionVersion - 1 },
      after: { sessionVersion: user.sessionVersion },
    });
    return user;
  });
}
