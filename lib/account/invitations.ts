import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { uniqueViolation } from "@/lib/user/errors";
import { queueInvitationMail } from "./invitation-mail";
import type { InvitationInput, InvitationTarget } from "./invitation-schema";
import { issueToken, revokeTokens } from "./tokens";

// Invitations (issue 5, item 2): an editor links a person to an existing advisor or provider
// entry. The account exists from the invitation on, but with passwordHash "" nobody can sign in
// with it (verifyPassword refuses non-bcrypt strings) until the person sets a password through the
// mailed single-use link. A revoked invitation keeps its account row, disabled: the invitation
// list and the audit trail stay complete, a reset link cannot be requested for it, and a new
// invitation for the same entry reuses (and enables) it.
const ERR = "selfService.invitation.admin.errors";
const fieldError = (field: string, key: string) => new AppError("INVALID", "errors.invalid", { fieldErrors: { [field]: [`${ERR}.${key}`] } });

const AUDITED = { name: true, email: true, role: true, advisorId: true, providerId: true, disabledAt: true } as const;

/**
 * Whether a user has never set a password (an invited account has the empty hash). Asked as a
 * condition, so the hash itself is never read here.
 */
export async function isNotActivated(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { id: userId, passwordHash: "" } })) === 1;
}

async function entryName(tx: Tx, target: InvitationTarget): Promise<string> {
  const row =
    "advisorId" in target
      ? await tx.advisor.findUnique({ where: { id: target.advisorId }, select: { name: true } })
      : await tx.provider.findUnique({ where: { id: target.providerId }, select: { name: true } });
  if (!row) throw fieldError("target", "targetRequired");
  return row.name;
}

type InvitationLink = { token: string; expiresAt: Date };
type InviteOptions = {
  now?: Date;
  /** queues the mail with the link in the same transaction; the standard invitation by default */
  mail?: (tx: Tx, to: { email: string; name: string }, entry: string, link: InvitationLink) => Promise<unknown>;
};

/**
 * Invites a person to an advisor or provider entry inside the caller's transaction: the account
 * (new, or the entry's never-activated one, enabled again), a single-use link, its mail and the
 * audit row, so none of them exists without the others or without the caller's own change (the
 * sign-up approval creates the entry in the same transaction).
 */
export async function inviteToProfileTx(tx: Tx, actor: Actor | null, input: InvitationInput, { now = new Date(), mail = queueInvitationMail }: InviteOptions = {}) {
  const editor = assertCan(actor, "user.invite");
  const email = input.email.trim().toLowerCase();
  const entry = await entryName(tx, input.target);
  const linked = await tx.user.findFirst({ where: input.target, select: { id: true, ...AUDITED } });
  if (linked && !(await isNotActivated(tx, linked.id))) throw fieldError("target", "profileActive");
  const owner = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (owner && owner.id !== linked?.id) throw fieldError("email", "emailTaken");

  const role = "advisorId" in input.target ? ("ADVISOR" as const) : ("PROVIDER" as const);
  const data = { name: input.name, email, role, disabledAt: null, ...input.target };
  const user = linked
    ? await tx.user.update({ where: { id: linked.id }, data, select: { id: true, ...AUDITED } })
    : await tx.user.create({ data: { ...data, passwordHash: "" }, select: { id: true, ...AUDITED } });
  const { id, ...after } = user;
  const before = linked ? { name: linked.name, email: linked.email, role: linked.role, disabledAt: linked.disabledAt } : null;

  const link = await issueToken(tx, "INVITATION", { userId: id }, editor.id, now);
  await mail(tx, user, entry, link);
  await recordAudit(tx, { actor: editor, action: "user.invited", entityType: "user", entityId: id, before, after });
  return { userId: id, expiresAt: link.expiresAt };
}

export async function inviteToProfile(actor: Actor | null, input: InvitationInput, now = new Date()) {
  assertCan(actor, "user.invite");
  try {
    return await db.$transaction((tx) => inviteToProfileTx(tx, actor, input, { now }));
  } catch (error) {
    // Two editors inviting at once: the unique e-mail or profile link decides, shown at the field.
    throw uniqueViolation(error) ?? error;
  }
}

/** The invited, not yet activated account of an invitation; anything else is not an invitation. */
async function invitedUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, ...AUDITED, advisor: { select: { name: true } }, provider: { select: { name: true } } },
  });
  if (!user || !(await isNotActivated(tx, userId)) || (!user.advisorId && !user.providerId)) throw new AppError("NOT_FOUND", "no open invitation");
  return user;
}

/** A new link (the earlier one is revoked by issueToken); also re-opens a revoked invitation. */
export async function resendInvitation(actor: Actor | null, userId: string, now = new Date()) {
  const editor = assertCan(actor, "user.invite");
  return db.$transaction(async (tx) => {
    const user = await invitedUser(tx, userId);
    // The empty hash stays part of the condition: an account activated meanwhile is not touched.
    const { count } = await tx.user.updateMany({ where: { id: userId, passwordHash: "" }, data: { disabledAt: null } });
    if (count === 0) throw new AppError("NOT_FOUND", "no open invitation");
    const link = await issueToken(tx, "INVITATION", { userId }, editor.id, now);
    await queueInvitationMail(tx, user, user.advisor?.name ?? user.provider?.name ?? "", link);
    await recordAudit(tx, {
      actor: editor,
      action: "user.invitationResent",
      entityType: "user",
      entityId: userId,
      before: { disabledAt: user.disabledAt },
      after: { disabledAt: null },
    });
    return { expiresAt: link.expiresAt };
  });
}

/** Withdraws the link; the never-activated account stays, disabled (see the comment on top). */
export async function revokeInvitation(actor: Actor | null, userId: string, now = new Date()) {
  const editor = assertCan(actor, "user.invite");
  await db.$transaction(async (tx) => {
    const user = await invitedUser(tx, userId);
    const { count } = await tx.user.updateMany({
      where: { id: userId, passwordHash: "" },
      data: { disabledAt: now, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "no open invitation");
    const revoked = await revokeTokens(tx, "INVITATION", { userId }, now);
    await recordAudit(tx, {
      actor: editor,
      action: "user.invitationRevoked",
      entityType: "user",
      entityId: userId,
      before: { disabledAt: user.disabledAt, openLinks: revoked },
      after: { disabledAt: now, openLinks: 0 },
    });
  });
}
