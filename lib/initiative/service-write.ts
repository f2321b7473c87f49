import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { conflictError } from "@/lib/content/conflict";
import { chooseSlug } from "@/lib/content/slug";
import { assertVersion, NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import type { WriteResult } from "@/lib/content/write-result";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { pickTranslations } from "@/lib/content/translations";
import { translationData } from "@/lib/content/translation-data";
import { sanitizeRichText } from "@/lib/rich-text/sanitize";
import { syncDocuments } from "@/lib/search/sync";
import { initiativeFields, loadInitiativeState, resolveInitiativeLinks, sortedMilestones } from "./editor-state";
import { initiativeTags } from "./editor-tags";
import { INITIATIVE_TRANSLATED, type InitiativeInput, type InitiativeUpdateInput } from "./schema";

// The description and its translations are rich text: sanitized here on every save, whoever sends it (docs/architecture.md).
function clean<T extends InitiativeInput>(input: T): T {
  const description = sanitizeRichText(input.description);
  // Markup alone (e.g. only a <script>) leaves nothing to show: the field is then still empty.
  if (description.replace(/<[^>]*>/g, "").trim() === "") {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: { description: ["validation.required"] } });
  }
  return { ...input, description, ...translationData(input, ["title", "summary"], "description") };
}

const scalars = (input: InitiativeInput) => ({
  title: input.title,
  summary: input.summary,
  description: input.description,
  ...pickTranslations(input, INITIATIVE_TRANSLATED),
  phase: input.phase,
  outcomes: input.outcomes,
});

// Milestones are stored in date order; sortOrder keeps same-day ones as entered.
const milestoneRows = (input: InitiativeInput) =>
  sortedMilestones(input.milestones).map((m, sortOrder) => ({ date: new Date(`${m.date}T00:00:00Z`), title: m.title, description: m.description, roadmapPhase: m.roadmapPhase, sortOrder }));
const sourceLinkRows = (input: InitiativeInput) => input.sourceLinks.map((s, sortOrder) => ({ ...s, sortOrder }));

const slugTaken = (tx: Tx) => async (slug: string) => (await tx.initiative.count({ where: { slug } })) > 0;

/** Creates a draft inside the caller's transaction; not verified until someone confirms it. */
export async function createInitiativeTx(tx: Tx, actor: Actor, raw: InitiativeInput): Promise<WriteResult> {
  assertCan(actor, "initiative.create");
  const input = clean(raw);
  const links = await resolveInitiativeLinks(tx, input);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.title });
  const row = await tx.initiative.create({
    data: {
      ...scalars(input),
      slug,
      responsibleBodyId: links.responsibleBodyId,
      contactAdvisorId: links.contactAdvisorId,
      regions: { connect: links.regionIds.map((id) => ({ id })) },
      topics: { connect: links.topicIds.map((id) => ({ id })) },
      programmes: { connect: links.programmeIds.map((id) => ({ id })) },
      milestones: { create: milestoneRows(input) },
      sourceLinks: { create: sourceLinkRows(input) },
    },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    actor,
    action: "initiative.created",
    entityType: "initiative",
    entityId: row.id,
    before: null,
    after: { ...initiativeFields({ ...input, slug }), status: "DRAFT" },
  });
  await syncDocuments(tx, "initiative", [row.id]);
  return { id: row.id, slug, version: row.version, tags: initiativeTags([slug]) };
}

/** Saves the form over the version it was loaded at; a newer saved version is a CONFLICT. */
export async function updateInitiativeTx(tx: Tx, actor: Actor, id: string, raw: InitiativeUpdateInput): Promise<WriteResult> {
  assertCan(actor, "initiative.update");
  const input = clean(raw);
  const current = await loadInitiativeState(tx, id);
  if (!current) throw new AppError("NOT_FOUND", `initiative ${id}`);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.title, current: current.slug });
  const mine = initiativeFields({ ...input, slug });
  const theirs = initiativeFields(current);
  assertVersion(current.version, input.version, () => conflictError(mine, theirs, current.version));
  const links = await resolveInitiativeLinks(tx, input);

  await writeAtVersion(
    () =>
      tx.initiative.updateMany({
        where: { id, version: input.version },
        data: { ...scalars(input), slug, responsibleBodyId: links.responsibleBodyId, contactAdvisorId: links.contactAdvisorId, version: NEXT_VERSION },
      }),
    async () => {
      const now = await loadInitiativeState(tx, id);
      return now ? conflictError(mine, initiativeFields(now), now.version) : new AppError("NOT_FOUND", `initiative ${id}`);
    },
  );
  // Links and child rows cannot go through updateMany; the version check above already holds the row.
  await tx.initiative.update({
    where: { id },
    data: {
      regions: { set: links.regionIds.map((x) => ({ id: x })) },
      topics: { set: links.topicIds.map((x) => ({ id: x })) },
      programmes: { set: links.programmeIds.map((x) => ({ id: x })) },
    },
  });
  // Milestones and source links are edited as whole lists; replace them in order.
  await tx.initiativeMilestone.deleteMany({ where: { initiativeId: id } });
  await tx.initiativeMilestone.createMany({ data: milestoneRows(input).map((row) => ({ ...row, initiativeId: id })) });
  await tx.initiativeSourceLink.deleteMany({ where: { initiativeId: id } });
  await tx.initiativeSourceLink.createMany({ data: sourceLinkRows(input).map((row) => ({ ...row, initiativeId: id })) });
  await recordAudit(tx, { actor, action: "initiative.updated", entityType: "initiative", entityId: id, before: theirs, after: mine });
  await syncDocuments(tx, "initiative", [id]);
  return { id, slug, version: current.version + 1, tags: initiativeTags([current.slug, slug]) };
}

export async function createInitiative(actor: Actor, input: InitiativeInput): Promise<WriteResult> {
  assertCan(actor, "initiative.create");
  return invalidateAfterCommit(await db.$transaction((tx) => createInitiativeTx(tx, actor, input), { timeout: 30_000 }));
}

export async function updateInitiative(actor: Actor, id: string, input: InitiativeUpdateInput): Promise<WriteResult> {
  assertCan(actor, "initiative.update");
  return invalidateAfterCommit(await db.$transaction((tx) => updateInitiativeTx(tx, actor, id, input), { timeout: 30_000 }));
}
