import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { syncDocuments } from "@/lib/search/sync";
import { conflictError } from "@/lib/content/conflict";
import { slugify } from "@/lib/content/slug";
import { NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import type { OrganisationCreateInput, OrganisationUpdateInput } from "./schema";
import { totalUses, USES_COUNT_SELECT, type OrganisationUses } from "./uses";

// Organisations appear on programme pages (Fördergeber), advisor pages, event pages (Veranstalter)
// and initiative pages (Verantwortliche Stelle), and their names are keywords of those search
// documents.
const SNAPSHOT = { id: true, slug: true, name: true, shortName: true, kind: true, description: true, website: true, town: true, email: true, phone: true, contactUrl: true, version: true } as const;
const EDITABLE = ["name", "shortName", "kind", "description", "website", "town", "email", "phone", "contactUrl"] as const;

/**
 * Thrown when programmes, advisors, events or initiatives still refer to an organisation (there is
 * no archive state for it); `details.current` holds the OrganisationUses.
 */
export const ORGANISATION_IN_USE = "organisationInUse";

const isPrismaError = (error: unknown, code: string) => typeof error === "object" && error !== null && "code" in error && error.code === code;

export async function createOrganisation(actor: Actor, input: OrganisationCreateInput) {
  assertCan(actor, "organisation.manage");
  const { slug: chosen, ...fields } = input;
  const slug = chosen ?? slugify(fields.name);
  if (!slug) throw new AppError("INVALID", "slug", { fieldErrors: { slug: ["validation.slug"] } });
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.organisation.create({ data: { ...fields, slug }, select: SNAPSHOT });
      await recordAudit(tx, { actor, action: "organisation.created", entityType: "organisation", entityId: created.id, before: null, after: created });
      return created;
    });
  } catch (error) {
    if (isPrismaError(error, "P2002")) throw new AppError("INVALID", "slugTaken", { fieldErrors: { slug: ["errors.slugTaken"] } });
    throw error;
  }
}

export async function updateOrganisation(actor: Actor, input: OrganisationUpdateInput) {
  assertCan(actor, "organisation.manage");
  const { id, version, ...fields } = input;
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id }, select: SNAPSHOT });
    if (!before) throw new AppError("NOT_FOUND", "organisation");
    // The update applies only to the row as the editor loaded it (docs/conventions.md, rule 6).
    await writeAtVersion(
      () => tx.organisation.updateMany({ where: { id, version }, data: { ...fields, version: NEXT_VERSION } }),
      async () => {
        const current = await tx.organisation.findUnique({ where: { id }, select: SNAPSHOT });
        return current ? conflictError(fields, current, current.version, { fields: EDITABLE }) : new AppError("NOT_FOUND", "organisation");
      },
    );
    const after = await tx.organisation.findUniqueOrThrow({ where: { id }, select: SNAPSHOT });
    await recordAudit(tx, { actor, action: "organisation.updated", entityType: "organisation", entityId: id, before, after });
    if (before.name !== after.name || before.shortName !== after.shortName) await syncShowingDocuments(tx, id);
    return after;
  });
  invalidateTags([CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all, CONTENT_TAGS.event.all, CONTENT_TAGS.initiative.all]);
  return updated;
}

export async function deleteOrganisation(actor: Actor, id: string) {
  assertCan(actor, "organisation.manage");
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.organisation.findUnique({ where: { id }, select: { ...SNAPSHOT, _count: { select: USES_COUNT_SELECT } } });
      if (!before) throw new AppError("NOT_FOUND", "organisation");
      const { _count: uses, ...snapshot } = before;
      if (totalUses(uses) > 0) throw inUse(uses);
      await tx.organisation.delete({ where: { id } });
      await recordAudit(tx, { actor, action: "organisation.deleted", entityType: "organisation", entityId: id, before: snapshot, after: null });
    });
  } catch (error) {
    // An entry linked meanwhile: the foreign key refuses the delete.
    if (isPrismaError(error, "P2003")) throw inUse(await countUses(id));
    throw error;
  }
}

function inUse(uses: OrganisationUses) {
  return new AppError("INVALID", ORGANISATION_IN_USE, { current: uses });
}

async function countUses(id: string): Promise<OrganisationUses> {
  const row = await db.organisation.findUnique({ where: { id }, select: { _count: { select: USES_COUNT_SELECT } } });
  return row?._count ?? { programmes: 0, advisors: 0, events: 0, initiatives: 0 };
}

/**
 * Published programmes (funding body), advisors, events (organiser) and initiatives (responsible
 * body) of this organisation carry its name in their search documents.
 */
async function syncShowingDocuments(tx: Tx, id: string) {
  const published = { status: PublicationStatus.PUBLISHED };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  await syncDocuments(tx, "programme", ids(await tx.programme.findMany({ where: { fundingBodyId: id, ...published }, select: { id: true } })));
  await syncDocuments(tx, "advisor", ids(await tx.advisor.findMany({ where: { organisationId: id, ...published }, select: { id: true } })));
  await syncDocuments(tx, "event", ids(await tx.event.findMany({ where: { organiserId: id, ...published }, select: { id: true } })));
  await syncDocuments(tx, "initiative", ids(await tx.initiative.findMany({ where: { responsibleBodyId: id, ...published }, select: { id: true } })));
}
