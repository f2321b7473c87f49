import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { conflictError } from "@/lib/content/conflict";
import { chooseSlug } from "@/lib/content/slug";
import { assertVersion, NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import type { WriteResult } from "@/lib/content/write-result";
import { berlinLocalToInstant } from "@/lib/dates";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { translationData } from "@/lib/content/translation-data";
import { sanitizeRichText } from "@/lib/rich-text/sanitize";
import { syncDocuments } from "@/lib/search/sync";
import { eventFields, loadEventState, resolveEventLinks } from "./editor-state";
import { eventTags } from "./editor-tags";
import type { EventInput, EventUpdateInput } from "./schema";

// Times arrive as Berlin wall-clock values and are stored as instants; the description is
// sanitized like a programme's. The audit row keeps the wall-clock values the editor typed.
const scalars = (input: EventInput) => ({
  title: input.title,
  summary: input.summary,
  description: sanitizeRichText(input.description),
  ...translationData(input, ["title", "summary"], "description"),
  format: input.format,
  venueName: input.venueName,
  street: input.street,
  postalCode: input.postalCode,
  town: input.town,
  onlineUrl: input.onlineUrl,
  startsAt: berlinLocalToInstant(input.startsAt),
  endsAt: berlinLocalToInstant(input.endsAt),
  costs: input.costs,
  registrationUrl: input.registrationUrl,
  targetGroups: input.targetGroups,
});

const slugTaken = (tx: Tx) => async (slug: string) => (await tx.event.count({ where: { slug } })) > 0;

/** Creates a draft inside the caller's transaction (the importer's all-or-nothing commit). */
export async function createEventTx(tx: Tx, actor: Actor, input: EventInput): Promise<WriteResult> {
  assertCan(actor, "event.create");
  const links = await resolveEventLinks(tx, input);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.title });
  const row = await tx.event.create({
    data: {
      ...scalars(input),
      slug,
      organiserId: links.organiserId,
      topics: { connect: links.topicIds.map((id) => ({ id })) },
      regions: { connect: links.regionIds.map((id) => ({ id })) },
    },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    actor,
    action: "event.created",
    entityType: "event",
    entityId: row.id,
    before: null,
    after: { ...eventFields({ ...input, slug }), status: "DRAFT" },
  });
  // A draft has no search document; the sync removes any stale one.
  await syncDocuments(tx, "event", [row.id]);
  return { id: row.id, slug, version: row.version, tags: eventTags([slug]) };
}

/** Saves the form over the version it was loaded at; a newer saved version is a CONFLICT. */
export async function updateEventTx(tx: Tx, actor: Actor, id: string, input: EventUpdateInput): Promise<WriteResult> {
  assertCan(actor, "event.update");
  const current = await loadEventState(tx, id);
  if (!current) throw new AppError("NOT_FOUND", `event ${id}`);
  const slug = await chooseSlug(slugTaken(tx), { wanted: input.slug, name: input.title, current: current.slug });
  const mine = eventFields({ ...input, slug });
  const theirs = eventFields(current);
  assertVersion(current.version, input.version, () => conflictError(mine, theirs, current.version));
  const links = await resolveEventLinks(tx, input);

  await writeAtVersion(
    () =>
      tx.event.updateMany({
        where: { id, version: input.version },
        data: { ...scalars(input), slug, organiserId: links.organiserId, version: NEXT_VERSION },
      }),
    async () => {
      const now = await loadEventState(tx, id);
      return now ? conflictError(mine, eventFields(now), now.version) : new AppError("NOT_FOUND", `event ${id}`);
    },
  );
  // Many-to-many links cannot go through updateMany; the version check above already holds the row.
  await tx.event.update({
    where: { id },
    data: {
      topics: { set: links.topicIds.map((x) => ({ id: x })) },
      regions: { set: links.regionIds.map((x) => ({ id: x })) },
    },
  });
  await recordAudit(tx, { actor, action: "event.updated", entityType: "event", entityId: id, before: theirs, after: mine });
  await syncDocuments(tx, "event", [id]);
  return { id, slug, version: current.version + 1, tags: eventTags([current.slug, slug]) };
}

export async function createEvent(actor: Actor, input: EventInput): Promise<WriteResult> {
  assertCan(actor, "event.create");
  return invalidateAfterCommit(await db.$transaction((tx) => createEventTx(tx, actor, input), { timeout: 30_000 }));
}

export async function updateEvent(actor: Actor, id: string, input: EventUpdateInput): Promise<WriteResult> {
  assertCan(actor, "event.update");
  return invalidateAfterCommit(await db.$transaction((tx) => updateEventTx(tx, actor, id, input), { timeout: 30_000 }));
}
