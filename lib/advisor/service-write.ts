import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { syncDocuments } from "@/lib/search/sync";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { conflictError } from "@/lib/content/conflict";
import { pickTranslations } from "@/lib/content/translations";
import { chooseSlug } from "@/lib/content/slug";
import { assertVersion, NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import type { WriteResult } from "@/lib/content/write-result";
import { advisorFields, loadAdvisorState, resolveAdvisorLinks } from "./editor-state";
import { advisorTags } from "./editor-tags";
import { ADVISOR_TRANSLATED, type AdvisorInput, type AdvisorUpdateInput } from "./schema";

const scalars = (input: AdvisorInput) => ({
  kind: input.kind,
  name: input.name,
  jobTitle: input.jobTitle,
  summary: input.summary,
  languages: input.languages,
  consultationModes: input.consultationModes,
  email: input.email,
  phone: input.phone,
  street: input.street,
  postalCode: input.postalCode,
  town: input.town,
  officeHours: input.officeHours,
  bookingUrl: input.bookingUrl,
  ...pickTranslations(input, ADVISOR_TRANSLATED),
});

const slugTaken = (tx: Tx) => async (slug: string) => (await tx.advisor.count({ where: { slug } })) > 0;

/**
 * Creates a draft inside the caller's transaction (the importer's all-or-nothing commit). It is not
 * verified: only the "geprüft" action or an explicit date sets lastVerifiedAt.
 */
export async function createAdvisorTx(tx: Tx, actor: Actor, input: AdvisorInput): Promise<WriteResult> {
  assertCan(actor, "advisor.create");
  const links = await resolveAdvisorLinks(tx, input);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.name });
  const row = await tx.advisor.create({
    data: {
      ...scalars(input),
      slug,
      organisationId: links.organisationId,
      topics: { connect: links.topicIds.map((id) => ({ id })) },
      programmes: { connect: links.programmeIds.map((id) => ({ id })) },
      regions: { connect: links.regionIds.map((id) => ({ id })) },
    },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    actor,
    action: "advisor.created",
    entityType: "advisor",
    entityId: row.id,
    before: null,
    after: { ...advisorFields({ ...input, slug }), status: "DRAFT" },
  });
  // A draft has no search document; the linked programmes' documents are rebuilt for symmetry
  // with updates (they are what an advisor's links change).
  await syncDocuments(tx, "advisor", [row.id]);
  await syncDocuments(tx, "programme", links.programmeIds);
  return { id: row.id, slug, version: row.version, tags: advisorTags([slug]) };
}

/** Saves the form over the version it was loaded at; a newer saved version is a CONFLICT. */
export async function updateAdvisorTx(tx: Tx, actor: Actor, id: string, input: AdvisorUpdateInput): Promise<WriteResult> {
  assertCan(actor, "advisor.update");
  const current = await loadAdvisorState(tx, id);
  if (!current) throw new AppError("NOT_FOUND", `advisor ${id}`);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.name, current: current.slug });
  const mine = advisorFields({ ...input, slug });
  const theirs = advisorFields(current);
  assertVersion(current.version, input.version, () => conflictError(mine, theirs, current.version));
  const links = await resolveAdvisorLinks(tx, input);

  await writeAtVersion(
    () =>
      tx.advisor.updateMany({
        where: { id, version: input.version },
        data: { ...scalars(input), slug, organisationId: links.organisationId, version: NEXT_VERSION },
      }),
    async () => {
      const now = await loadAdvisorState(tx, id);
      return now ? conflictError(mine, advisorFields(now), now.version) : new AppError("NOT_FOUND", `advisor ${id}`);
    },
  );
  // Many-to-many links cannot go through updateMany; the version check above already holds the row.
  await tx.advisor.update({
    where: { id },
    data: {
      topics: { set: links.topicIds.map((x) => ({ id: x })) },
      programmes: { set: links.programmeIds.map((x) => ({ id: x })) },
      regions: { set: links.regionIds.map((x) => ({ id: x })) },
    },
  });
  await recordAudit(tx, { actor, action: "advisor.updated", entityType: "advisor", entityId: id, before: theirs, after: mine });
  await syncDocuments(tx, "advisor", [id]);
  await syncDocuments(tx, "programme", [...current.programmeIds, ...links.programmeIds]);
  return { id, slug, version: current.version + 1, tags: advisorTags([current.slug, slug]) };
}

export async function createAdvisor(actor: Actor, input: AdvisorInput): Promise<WriteResult> {
  assertCan(actor, "advisor.create");
  return invalidateAfterCommit(await db.$transaction((tx) => createAdvisorTx(tx, actor, input), { timeout: 30_000 }));
}

export async function updateAdvisor(actor: Actor, id: string, input: AdvisorUpdateInput): Promise<WriteResult> {
  assertCan(actor, "advisor.update");
  return invalidateAfterCommit(await db.$transaction((tx) => updateAdvisorTx(tx, actor, id, input), { timeout: 30_000 }));
}
