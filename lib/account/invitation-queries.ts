import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

// Reads for /redaktion/einladungen. One row per invited account with the state of its newest link.
export type InvitationStatus = "open" | "accepted" | "expired" | "revoked";

export type InvitationRow = {
  userId: string;
  name: string;
  email: string;
  entry: string;
  entryType: "advisor" | "provider";
  sentAt: Date;
  expiresAt: Date;
  status: InvitationStatus;
};

export async function listInvitations(actor: Actor | null, now = new Date()): Promise<InvitationRow[]> {
  assertCan(actor, "user.invite");
  const [users, notActivated] = await Promise.all([
    db.user.findMany({
      where: { tokens: { some: { purpose: "INVITATION" } } },
      select: {
        id: true,
        name: true,
        email: true,
        disabledAt: true,
        advisor: { select: { name: true } },
        provider: { select: { name: true } },
        tokens: { where: { purpose: "INVITATION" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, expiresAt: true, usedAt: true } },
      },
    }),
    // Asked as a condition: the hashes themselves are never read here.
    db.user.findMany({ where: { passwordHash: "", tokens: { some: { purpose: "INVITATION" } } }, select: { id: true } }),
  ]);
  const pending = new Set(notActivated.map((u) => u.id));
  return users
    .map((user): InvitationRow => {
      const token = user.tokens[0]!;
      const status: InvitationStatus = !pending.has(user.id)
        ? "accepted"
        : user.disabledAt
          ? "revoked"
          : token.expiresAt <= now || token.usedAt
            ? "expired"
            : "open";
      return {
        userId: user.id,
        name: user.name,
        email: user.email,
        entry: user.advisor?.name ?? user.provider?.name ?? "",
        entryType: user.advisor ? "advisor" : "provider",
        sentAt: token.createdAt,
        expiresAt: token.expiresAt,
        status,
      };
    })
    .sort((a, b) => b.sentAt.getTime() - a.sentAt.getTime());
}

/** Entries that can receive an invitation: those without an activated account. */
export async function listInvitationTargets(actor: Actor | null) {
  assertCan(actor, "user.invite");
  const free = { OR: [{ user: null }, { user: { passwordHash: "" } }] };
  const [advisors, providers] = await Promise.all([
    db.advisor.findMany({ where: { status: { not: "ARCHIVED" }, ...free }, select: { id: true, name: true, email: true, organisation: { select: { name: true } } }, orderBy: { name: "asc" } }),
    db.provider.findMany({ where: { status: { not: "ARCHIVED" }, ...free }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    advisors: advisors.map((a) => ({ id: a.id, label: `${a.name} (${a.organisation.name})`, email: a.email })),
    providers: providers.map((p) => ({ id: p.id, label: p.name, email: p.email })),
  };
}
