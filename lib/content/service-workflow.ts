import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import type { PublicationStatus, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findLookalikesOfEntry } from "@/lib/import/lookalikes";
import { syncDocuments } from "@/lib/search/sync";
import { entryTags } from "./cache-tags";
import { staleVersionError } from "./conflict";
import { assertPublishable, PUBLISH_LOOKALIKES } from "./publish-check";
import type { ContentDefinition } from "./types";
import { assertTransition, publishedAtAfter, transitionPermission, verifiedData, type Transition } from "./workflow";
import type { WriteResult } from "./write-result";

// Status changes and "zuletzt geprüft" of every content type, written once: permission, the
// optimistic lock on `version`, the workflow table (./workflow.ts), the audit row, search sync and
// the cache tags to expire, all in the caller's transaction and read from the type's definition.

type Row = { id: string; slug: string; status: PublicationStatus; version: number; publishedAt: Date | null; lastVerifiedAt: Date | null };
// The content delegates share this shape; one code path serves them all.
type Delegate = {
  findUnique(args: { where: { id: string }; select: Record<keyof Row, true> }): Promise<Row | null>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
};

const ROW_SELECT = { id: true, slug: true, status: true, version: true, publishedAt: true, lastVerifiedAt: true } as const;

// A type's delegate is named after it, except where the model name differs (NewsItem: "news").
const MODEL_OF: Partial<Record<ContentDefinition["type"], "newsItem">> = { news: "newsItem" };
const delegateOf = (tx: Tx, definition: ContentDefinition) => (tx as unknown as Record<string, Delegate>)[MODEL_OF[definition.type] ?? definition.type]!;
const workflowColumns = (row: Pick<Row, "status" | "publishedAt">) => ({ status: row.status, publishedAt: row.publishedAt });

async function findRow(tx: Tx, definition: ContentDefinition, id: string): Promise<Row> {
  const row = await delegateOf(tx, definition).findUnique({ where: { id }, select: ROW_SELECT });
  if (!row) throw new AppError("NOT_FOUND", `${definition.type} ${id}`);
  return row;
}

/** How a transition was asked for. */
export type TransitionOptions = {
  /** The editor saw the look-alikes and publishes anyway ("Trotzdem veröffentlichen"). */
  confirmLookalikes?: boolean;
};

/**
 * Going live needs a complete entry (INVALID PUBLISH_INCOMPLETE with the missing fields) and, when
 * others look like it, an explicit confirmation (INVALID PUBLISH_LOOKALIKES, details.current lists
 * them). Checked on the stored row inside the transaction, so every publish path is covered.
 */
async function assertReadyToPublish(tx: Tx, definition: ContentDefinition, id: string, options: TransitionOptions): Promise<void> {
  assertPublishable(await definition.publishCheck(tx, id));
  if (options.confirmLookalikes) return;
  const lookalikes = await findLookalikesOfEntry(tx, definition.lookalikes, id);
  if (lookalikes.length > 0) throw new AppError("INVALID", PUBLISH_LOOKALIKES, { current: lookalikes });
}

/**
 * Applies one transition under the optimistic lock (the version the panel was rendered with,
 * when given; else the version just read) and records it in the same transaction.
 */
export async function applyTransition(
  tx: Tx,
  actor: Actor,
  definition: ContentDefinition,
  id: string,
  transition: Transition,
  expectedVersion?: number,
  options: TransitionOptions = {},
): Promise<{ before: Row; after: Row }> {
  assertCan(actor, transitionPermission(definition.type, transition));
  const before = await findRow(tx, definition, id);
  if (expectedVersion !== undefined && before.version !== expectedVersion) throw staleVersionError(before.version);
  const rule = assertTransition(before.status, transition);
  if (rule.to === "PUBLISHED") await assertReadyToPublish(tx, definition, id, options);
  const publishedAt = publishedAtAfter(transition, before.publishedAt);
  const { count } = await delegateOf(tx, definition).updateMany({
    where: { id, version: before.version, status: before.status },
    data: { status: rule.to, publishedAt, version: { increment: 1 } },
  });
  if (count === 0) throw staleVersionError(before.version);
  const after = { ...before, status: rule.to, publishedAt, version: before.version + 1 };
  await recordAudit(tx, {
    actor,
    action: `${definition.auditEntityType}.${rule.auditVerb}`,
    entityType: definition.auditEntityType,
    entityId: id,
    // The workflow columns are all a transition changes (diffFields ignores version).
    before: workflowColumns(before),
    after: workflowColumns(after),
  });
  return { before, after };
}

/**
 * One status change with its consequences: the entry's search document follows the status, and so
 * do the documents of linked entries that show it. Returns the tags to expire after commit.
 */
export async function transitionEntry(
  tx: Tx,
  actor: Actor,
  definition: ContentDefinition,
  id: string,
  transition: Transition,
  expectedVersion?: number,
  options: TransitionOptions = {},
): Promise<WriteResult> {
  const { after } = await applyTransition(tx, actor, definition, id, transition, expectedVersion, options);
  await syncDocuments(tx, definition.searchDocumentType, [id]);
  for (const linked of (await definition.linkedDocuments?.(tx, id)) ?? []) await syncDocuments(tx, linked.type, linked.ids);
  const linkedTags = (await definition.linkedTags?.(tx, id)) ?? [];
  return { id, slug: after.slug, version: after.version, tags: [...entryTags(definition.tags, [after.slug]), ...linkedTags] };
}

/**
 * "Zuletzt geprüft" in one click. It does not raise the version: confirming that the entry is
 * still right must not turn someone's open edit form into a conflict.
 */
export async function applyVerify(tx: Tx, actor: Actor, definition: ContentDefinition, id: string): Promise<WriteResult> {
  assertCan(actor, `${definition.type}.verify`);
  const before = await findRow(tx, definition, id);
  const data = verifiedData();
  await delegateOf(tx, definition).updateMany({ where: { id }, data });
  await recordAudit(tx, {
    actor,
    action: `${definition.auditEntityType}.verified`,
    entityType: definition.auditEntityType,
    entityId: id,
    before: { lastVerifiedAt: before.lastVerifiedAt },
    after: { lastVerifiedAt: data.lastVerifiedAt },
  });
  return { id, slug: before.slug, version: before.version, tags: entryTags(definition.tags, [before.slug]) };
}
