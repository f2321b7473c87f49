import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { AuditActionOf } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { conflictError } from "@/lib/content/conflict";
import { chooseSlug } from "@/lib/content/slug";
import { NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import { db, type Tx } from "@/lib/db/client";
import { invalidateTags } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { translationData } from "@/lib/content/translation-data";
import { sanitizeOptionalRichText, sanitizeRichText } from "@/lib/rich-text/sanitize";
import { syncDocuments } from "@/lib/search/sync";
import { auditSnapshot, findEditorRow, type ProgrammeEditorRow } from "./editor-state";
import { advisorSlugs, predecessorSlugs, programmeTags } from "./editor-tags";
import { PROGRAMME_FIELDS, type ProgrammeInput } from "./schema";
import { conflictDisplay } from "./service-display";

// Programme writes. The *Tx functions run inside the caller's transaction (the importer's
// all-or-nothing commit) and authorize themselves like every writer; they do not revalidate
// caches (the caller does after commit, with the returned `tags`). The importer may name its
// audit action (e.g. "programme.imported"); the history view labels it.
export type ProgrammeWriteResult = { row: ProgrammeEditorRow; tags: string[] };

const dateColumn = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);
const connectIds = (ids: string[]) => ids.map((id) => ({ id }));

function scalarData(input: ProgrammeInput) {
  return {
    title: input.title,
    summary: input.summary,
    description: sanitizeRichText(input.description),
    ...translationData(input, ["title", "summary"], "description"),
    eligibility: sanitizeOptionalRichText(input.eligibility),
    howToApply: sanitizeOptionalRichText(input.howToApply),
    fundingBodyId: input.fundingBodyId,
    level: input.level,
    fundingTypes: [...new Set(input.fundingTypes)],
    targetGroups: [...new Set(input.targetGroups)],
    amountText: input.amountText,
    amountMin: input.amountMin,
    amountMax: input.amountMax,
    maxEmployees: input.maxEmployees,
    applyBeforeProjectStart: input.applyBeforeProjectStart,
    applicationStart: dateColumn(input.applicationStart),
    deadline: dateColumn(input.deadline),
    sourceUrl: input.sourceUrl,
    legalBasisTitle: input.legalBasisTitle,
    legalBasisUrl: input.legalBasisUrl,
    requiredDocuments: sanitizeOptionalRichText(input.requiredDocuments),
    combinability: input.combinability,
    combinabilityNote: input.combinabilityNote,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
  };
}

/**
 * Unknown organisation/topic/region/advisor/programme ids are a field error, not a database error;
 * so is a programme named as its own successor (`selfId`, when editing).
 */
async function assertRelationsExist(tx: Tx, input: ProgrammeInput, selfId?: string) {
  const unique = (list: string[]) => [...new Set(list)];
  // One after the other: a transaction is one connection, which runs one query at a time.
  const bodies = await tx.organisation.count({ where: { id: input.fundingBodyId } });
  const topics = await tx.topic.count({ where: { id: { in: unique(input.topicIds) } } });
  const regions = await tx.region.count({ where: { id: { in: unique(input.regionIds) } } });
  const advisors = await tx.advisor.count({ where: { id: { in: unique(input.advisorIds) } } });
  const successors = await tx.programme.count({ where: { id: { in: unique(input.successorIds) } } });
  const fieldErrors: Record<string, string[]> = {};
  if (bodies !== 1) fieldErrors.fundingBodyId = ["validation.invalidOption"];
  if (topics !== unique(input.topicIds).length) fieldErrors.topicIds = ["validation.invalidOption"];
  if (regions !== unique(input.regionIds).length) fieldErrors.regionIds = ["validation.invalidOption"];
  if (advisors !== unique(input.advisorIds).length) fieldErrors.advisorIds = ["validation.invalidOption"];
  if (successors !== unique(input.successorIds).length) fieldErrors.successorIds = ["validation.invalidOption"];
  else if (selfId && input.successorIds.includes(selfId)) fieldErrors.successorIds = ["programmeEditor.form.validation.successorSelf"];
  if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "errors.invalid", { fieldErrors });
}

/** The slug to save: the one typed, else the current one, else one made from the title. */
function resolveSlug(tx: Tx, input: ProgrammeInput, current?: ProgrammeEditorRow): Promise<string> {
  const taken = async (slug: string) => (await tx.programme.count({ where: { slug } })) > 0;
  return chooseSlug(taken, { wanted: input.slug, name: input.title, current: current?.slug });
}

/**
 * A new programme: a draft, never verified. Only the "geprüft" action (or an import column with an
 * explicit date) says someone checked it; creating it is no such check (issue 14, item 7).
 */
export async function createProgrammeTx(
  tx: Tx,
  actor: Actor,
  input: ProgrammeInput,
  { auditAction = "programme.created" }: { auditAction?: AuditActionOf<"programme"> } = {},
): Promise<ProgrammeWriteResult> {
  assertCan(actor, "programme.create");
  await assertRelationsExist(tx, input);
  const slug = await resolveSlug(tx, input);
  const created = await tx.programme.create({
    data: {
      ...scalarData(input),
      slug,
      status: "DRAFT",
      topics: { connect: connectIds(input.topicIds) },
      regions: { connect: connectIds(input.regionIds) },
      advisors: { connect: connectIds(input.advisorIds) },
      successors: { connect: connectIds([...new Set(input.successorIds)]) },
    },
    select: { id: true },
  });
  const row = (await findEditorRow(tx, created.id))!;
  await recordAudit(tx, { actor, action: auditAction, entityType: "programme", entityId: row.id, before: null, after: auditSnapshot(row) });
  await syncDocuments(tx, "programme", [row.id]);
  await syncDocuments(tx, "advisor", row.advisorIds);
  return { row, tags: programmeTags([row.slug], await advisorSlugs(tx, row.advisorIds)) };
}

/** The user's input in the shape of the editor state, for the conflict table. */
const conflictSide = (input: ProgrammeInput, current: ProgrammeEditorRow) => ({
  ...input,
  description: sanitizeRichText(input.description),
  descriptionFr: sanitizeOptionalRichText(input.descriptionFr),
  descriptionEn: sanitizeOptionalRichText(input.descriptionEn),
  eligibility: sanitizeOptionalRichText(input.eligibility),
  howToApply: sanitizeOptionalRichText(input.howToApply),
  requiredDocuments: sanitizeOptionalRichText(input.requiredDocuments),
  successorIds: [...new Set(input.successorIds)].sort(),
  slug: input.slug ?? current.slug,
});

async function programmeConflict(tx: Tx, input: ProgrammeInput, current: ProgrammeEditorRow) {
  const mine = conflictSide(input, current);
  return conflictError(mine, current, current.version, { fields: PROGRAMME_FIELDS, display: await conflictDisplay(tx, mine, current) });
}

/**
 * Saves the form over the stored programme under the optimistic lock (docs/conventions.md,
 * rule 6). With `expectedVersion` (the editor form always has one) a programme saved by someone
 * else since the form was loaded is refused with CONFLICT and the differing fields; the importer
 * omits it and writes over the version it has just read.
 */
export async function updateProgrammeTx(
  tx: Tx,
  actor: Actor,
  id: string,
  input: ProgrammeInput,
  { expectedVersion, auditAction = "programme.updated" }: { expectedVersion?: number; auditAction?: AuditActionOf<"programme"> } = {},
): Promise<ProgrammeWriteResult> {
  assertCan(actor, "programme.update");
  const before = await findEditorRow(tx, id);
  if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
  if (expectedVersion !== undefined && before.version !== expectedVersion) throw await programmeConflict(tx, input, before);
  await assertRelationsExist(tx, input, id);
  const slug = await resolveSlug(tx, input, before);
  await writeAtVersion(
    () => tx.programme.updateMany({ where: { id, version: before.version }, data: { ...scalarData(input), slug, version: NEXT_VERSION } }),
    async () => {
      const now = await findEditorRow(tx, id);
      return now ? programmeConflict(tx, input, now) : new AppError("NOT_FOUND", "errors.notFound");
    },
  );
  // Many-to-many links cannot go through updateMany; the version check above already holds the row.
  await tx.programme.update({
    where: { id },
    data: {
      topics: { set: connectIds(input.topicIds) },
      regions: { set: connectIds(input.regionIds) },
      advisors: { set: connectIds(input.advisorIds) },
      successors: { set: connectIds([...new Set(input.successorIds)]) },
    },
    select: { id: true },
  });
  const after = (await findEditorRow(tx, id))!;
  await recordAudit(tx, { actor, action: auditAction, entityType: "programme", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
  // Advisors whose document lists this programme: those linked before and after.
  const affected = [...new Set([...before.advisorIds, ...after.advisorIds])];
  await syncDocuments(tx, "programme", [id]);
  await syncDocuments(tx, "advisor", affected);
  // Pages that link this programme as their successor show its title and status: expire them too.
  const linking = await predecessorSlugs(tx, id);
  return { row: after, tags: programmeTags([before.slug, after.slug, ...linking], await advisorSlugs(tx, affected)) };
}

const TX_OPTIONS = { timeout: 30_000 };

export async function createProgramme(actor: Actor, input: ProgrammeInput): Promise<ProgrammeEditorRow> {
  assertCan(actor, "programme.create");
  const { row, tags } = await db.$transaction((tx) => createProgrammeTx(tx, actor, input), TX_OPTIONS);
  invalidateTags(tags);
  return row;
}

/** Saves the edit form; `input.version` is the version the user started from (optimistic lock). */
export async function updateProgramme(actor: Actor, id: string, input: ProgrammeInput): Promise<ProgrammeEditorRow> {
  assertCan(actor, "programme.update");
  if (input.version === undefined) throw new AppError("INVALID", "errors.invalid", { fieldErrors: { version: ["validation.number"] } });
  const expectedVersion = input.version;
  const { row, tags } = await db.$transaction((tx) => updateProgrammeTx(tx, actor, id, input, { expectedVersion }), TX_OPTIONS);
  invalidateTags(tags);
  return row;
}
