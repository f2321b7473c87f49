import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { SignupStatus } from "@/lib/db/enums";
import { findLookalikes, type Lookalike } from "@/lib/import/lookalikes";
import { providerDefinition } from "@/lib/provider/definition";
import type { ProviderInput } from "@/lib/provider/schema";

// The editors' view of sign-ups. Unconfirmed ones are never listed or shown: until the address
// is confirmed, a sign-up may be anybody's typing.
export type SignupListItem = { id: string; name: string; contactName: string; regionName: string; confirmedAt: Date | null; reviewedAt: Date | null; status: SignupStatus };
export type SignupDetail = SignupListItem & {
  email: string;
  createdAt: Date;
  reason: string | null;
  data: ProviderInput;
  provider: { id: string; slug: string; status: string } | null;
  /** while pending: listed entries the approval may duplicate (similar name, same website) */
  lookalikes: Lookalike[];
};

const SELECT = {
  id: true,
  contactName: true,
  email: true,
  data: true,
  status: true,
  createdAt: true,
  confirmedAt: true,
  reviewedAt: true,
  reason: true,
  provider: { select: { id: true, slug: true, status: true } },
} as const;

async function regionNames(): Promise<Map<string, string>> {
  const regions = await db.region.findMany({ select: { slug: true, name: true } });
  return new Map(regions.map((r) => [r.slug, r.name]));
}

function toItem(row: { id: string; contactName: string; data: unknown; status: SignupStatus; confirmedAt: Date | null; reviewedAt: Date | null }, names: Map<string, string>): SignupListItem {
  const data = row.data as Partial<ProviderInput>;
  const region = data.region ?? "";
  return { id: row.id, name: data.name ?? "", contactName: row.contactName, regionName: names.get(region) ?? region, confirmedAt: row.confirmedAt, reviewedAt: row.reviewedAt, status: row.status };
}

/** Confirmed sign-ups waiting for a decision, oldest first (first come, first served). */
export async function listPendingSignups(actor: Actor | null): Promise<SignupListItem[]> {
  assertCan(actor, "revision.review");
  const [rows, names] = await Promise.all([
    db.providerSignup.findMany({ where: { status: "PENDING" }, select: SELECT, orderBy: { confirmedAt: "asc" }, take: 200 }),
    regionNames(),
  ]);
  return rows.map((row) => toItem(row, names));
}

/** The latest decisions, so an editor can look up what happened to a sign-up. */
export async function listDecidedSignups(actor: Actor | null, take = 20): Promise<SignupListItem[]> {
  assertCan(actor, "revision.review");
  const [rows, names] = await Promise.all([
    db.providerSignup.findMany({ where: { status: { in: ["APPROVED", "REJECTED"] } }, select: SELECT, orderBy: { reviewedAt: "desc" }, take }),
    regionNames(),
  ]);
  return rows.map((row) => toItem(row, names));
}

export async function getSignupForReview(actor: Actor | null, id: string): Promise<SignupDetail | null> {
  assertCan(actor, "revision.review");
  const [row, names] = await Promise.all([db.providerSignup.findUnique({ where: { id }, select: SELECT }), regionNames()]);
  if (!row || row.status === "UNCONFIRMED") return null;
  const data = row.data as unknown as ProviderInput;
  // Approving publishes at once, so the editor sees likely duplicates here, before deciding.
  const lookalikes = row.status === "PENDING" ? ((await findLookalikes(db, providerDefinition.lookalikes, [{ title: data.name ?? "", url: data.website ?? "" }])).get(0) ?? []) : [];
  return { ...toItem(row, names), email: row.email, createdAt: row.createdAt, reason: row.reason, data, provider: row.provider, lookalikes };
}
