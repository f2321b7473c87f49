import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { toJsonValue } from "@/lib/audit/diff";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { LOGO_COLUMNS, toLogoDTO, type LogoDTO } from "@/lib/media/dto";
import { currentValues } from "./apply";
import { ownEntry } from "./propose";
import { ENTRY_NAME_SELECT, entryName, REVIEW_REVISION_SELECT, revisionTarget } from "./review-select";
import { selfFields, type RevisionEntityType } from "./schema";

// Reads for /mein-profil and the review queue. Values are plain JSON (dates as ISO strings).
export type FieldChange = { field: string; current: unknown; proposed: unknown };
/** A proposed logo change: the logo the entry shows now and the one it would show (null: none). */
export type LogoChangeView = { current: LogoDTO | null; proposed: LogoDTO | null };

/** The entry's current logo beside the revision's proposal; null when the revision leaves the logo alone. */
async function logoChangeOf(
  type: RevisionEntityType,
  entityId: string,
  revision: { logoChange: string | null; logoKey: string | null; logoWidth: number | null; logoHeight: number | null },
): Promise<LogoChangeView | null> {
  if (type !== "provider" || !revision.logoChange) return null;
  const entry = await db.provider.findUnique({ where: { id: entityId }, select: LOGO_COLUMNS });
  return { current: entry ? toLogoDTO(entry) : null, proposed: revision.logoChange === "SET" ? toLogoDTO(revision) : null };
}

/** Objects with their keys sorted: a stored proposal comes back from jsonb with its keys reordered (a reference's "year" first). */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, v]) => [key, canonical(v)]))
      : value;
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(toJsonValue(a))) === JSON.stringify(canonical(toJsonValue(b)));
const sortedIfSet = (field: string, v: unknown) => (Array.isArray(v) && field !== "references" ? [...v].map(String).sort() : v);

/** The fields a proposal changes compared with the entry as it is now, in form order. */
export function changedFields(type: RevisionEntityType, current: Record<string, unknown>, proposal: Record<string, unknown>): FieldChange[] {
  return selfFields(type)
    .filter((field) => field in proposal && !same(sortedIfSet(field, current[field]), sortedIfSet(field, proposal[field])))
    .map((field) => ({ field, current: toJsonValue(current[field]), proposed: toJsonValue(proposal[field]) }));
}

export async function listPendingRevisions(actor: Actor | null) {
  assertCan(actor, "revision.review");
  const rows = await db.profileRevision.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, entityType: true, createdAt: true, author: { select: { name: true } }, ...ENTRY_NAME_SELECT },
  });
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entityType as RevisionEntityType,
    entry: entryName(r),
    author: r.author.name,
    createdAt: r.createdAt,
  }));
}

/** One revision with the entry's current values and the field-by-field comparison. */
export async function getRevisionForReview(actor: Actor | null, id: string) {
  assertCan(actor, "revision.review");
  const revision = await db.profileRevision.findUnique({
    where: { id },
    select: { ...REVIEW_REVISION_SELECT, status: true, reason: true, createdAt: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", `revision ${id}`);
  const { type, entityId } = revisionTarget(revision);
  const current = await db.$transaction((tx) => currentValues(tx, type, entityId));
  const proposal = revision.data as Record<string, unknown>;
  return {
    ...revision,
    type,
    entityId,
    proposal,
    current,
    changes: changedFields(type, current, proposal),
    logo: await logoChangeOf(type, entityId, revision),
    changedSinceProposal: current.version !== revision.baseVersion,
  };
}

/** The signed-in person's own entry, their waiting proposal and the last decision on one. */
export async function getOwnProfile(actor: Actor | null) {
  const self = assertCan(actor, "profile.editOwn");
  const entry = ownEntry(self);
  const link = entry.type === "advisor" ? { advisorId: entry.id } : { providerId: entry.id };
  const [current, pending, decided] = await Promise.all([
    db.$transaction((tx) => currentValues(tx, entry.type, entry.id)),
    db.profileRevision.findFirst({
      where: { ...link, authorId: self.id, status: "PENDING" },
      orderBy: { createdAt: "desc" },
      select: { id: true, data: true, createdAt: true, logoChange: true, ...LOGO_COLUMNS },
    }),
    db.profileRevision.findFirst({
      where: { ...link, authorId: self.id, status: { in: ["APPROVED", "REJECTED"] } },
      orderBy: { reviewedAt: "desc" },
      select: { status: true, reason: true, reviewedAt: true, createdAt: true },
    }),
  ]);
  const currentLogo =
    entry.type === "provider" ? toLogoDTO((await db.provider.findUnique({ where: { id: entry.id }, select: LOGO_COLUMNS })) ?? { logoKey: null, logoWidth: null, logoHeight: null }) : null;
  const pendingLogo = pending?.logoChange ? { change: pending.logoChange, logo: toLogoDTO(pending) } : null;
  return { type: entry.type, current, pending, decided, logo: { current: currentLogo, pending: pendingLogo } };
}

/** For the editor dashboard: how many proposals wait (link to /redaktion/pruefungen). */
export async function countPendingRevisions(actor: Actor | null): Promise<number> {
  assertCan(actor, "revision.review");
  return db.profileRevision.count({ where: { status: "PENDING" } });
}
