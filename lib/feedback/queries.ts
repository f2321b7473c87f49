import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { FeedbackStatus } from "@/lib/db/enums";

export type FeedbackDTO = {
  id: string;
  name: string | null;
  email: string | null;
  pageUrl: string;
  message: string;
  status: FeedbackStatus;
  version: number;
  createdAt: Date;
};

/** The editors' list: open reports first (new, then in progress), newest first; at most 200. */
export async function listAccessibilityFeedback(actor: Actor | null): Promise<FeedbackDTO[]> {
  assertCan(actor, "feedback.manage");
  const rows = await db.accessibilityFeedback.findMany({
    select: { id: true, name: true, email: true, pageUrl: true, message: true, status: true, version: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }],
    take: 200,
  });
  const rank: Record<FeedbackStatus, number> = { NEW: 0, IN_PROGRESS: 1, ANSWERED: 2 };
  return rows.sort((a, b) => rank[a.status] - rank[b.status]);
}
