import type { Prisma } from "@/lib/db/client";
import type { RevisionEntityType } from "./schema";

/** What a decision on a revision reads of it: the proposal, the entry it targets and its author. */
export const REVIEW_REVISION_SELECT = {
  id: true,
  entityType: true,
  advisorId: true,
  providerId: true,
  data: true,
  baseVersion: true,
  logoChange: true,
  logoKey: true,
  logoWidth: true,
  logoHeight: true,
  author: { select: { name: true, email: true } },
} satisfies Prisma.ProfileRevisionSelect;

/** The entry's name as the review queue and the mails show it. */
export const ENTRY_NAME_SELECT = {
  advisor: { select: { name: true } },
  provider: { select: { name: true } },
} satisfies Prisma.ProfileRevisionSelect;

export const entryName = (revision: { advisor: { name: string } | null; provider: { name: string } | null }) =>
  revision.advisor?.name ?? revision.provider?.name ?? "";

/** The entry a revision proposes changes to: exactly one of advisorId and providerId is set. */
export function revisionTarget(revision: { entityType: string; advisorId: string | null; providerId: string | null }) {
  const type = revision.entityType as RevisionEntityType;
  return { type, entityId: (type === "advisor" ? revision.advisorId : revision.providerId)! };
}
