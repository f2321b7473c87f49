import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ContentType } from "@/lib/auth/permissions";
import { AppError, isAppError } from "@/lib/errors";
import { BULK_ADAPTERS, type BulkAdapter } from "./bulk";
import { BULK_LIMIT, bulkPermission, filtersOf, type BulkRefusal, type BulkRequest, type BulkSummary, type BulkTarget } from "./bulk-request";
import { PUBLISH_INCOMPLETE, PUBLISH_LOOKALIKES } from "./publish-check";
import type { Lookalike } from "@/lib/import/lookalikes";

// Bulk actions of the editor lists (issue 13, item 3): one action on many entries, each entry on
// its own — the single entry's service checks permission and state, locks, writes and audits in
// its own transaction — so one refusal never stops or rolls back the others.

/** The message of the AppError for a filtered list longer than BULK_LIMIT; details.current has total and limit. */
export const BULK_TOO_MANY = "bulk.tooMany";

type Planned = { target: BulkTarget; version?: number };

/**
 * Applies `request.action` to the chosen entries and reports per entry what was done or refused
 * and why. Without the permission nothing is read or written (FORBIDDEN for the whole request).
 */
export async function applyBulkAction(
  actor: Actor,
  type: ContentType,
  request: BulkRequest,
  adapter: BulkAdapter = BULK_ADAPTERS[type],
): Promise<BulkSummary> {
  assertCan(actor, bulkPermission(type, request.bulkAction));
  const summary: BulkSummary = { type, action: request.bulkAction, done: [], refused: [] };
  const planned = request.scope === "all" ? await wholeList(actor, adapter, request.filters) : await selection(actor, adapter, request, summary);
  // One after the other: each entry is a transaction of its own with search sync; running them in
  // parallel would only queue them on the connection pool and on the advisors they share.
  for (const { target, version } of planned) {
    try {
      await adapter.apply(actor, target.id, request.bulkAction, version);
      summary.done.push({ id: target.id, label: target.label });
    } catch (error) {
      summary.refused.push({ id: target.id, label: target.label, status: target.status, ...reasonOf(error) });
    }
  }
  return summary;
}

/** "All N entries of this filtered list": the server re-reads the list; no id from the form counts. */
async function wholeList(actor: Actor, adapter: BulkAdapter, filters: string): Promise<Planned[]> {
  const { targets, total } = await adapter.list(actor, filtersOf(filters), BULK_LIMIT);
  if (total > BULK_LIMIT) throw new AppError("INVALID", BULK_TOO_MANY, { current: { total, limit: BULK_LIMIT } });
  // No version: the list was not shown whole, so each entry is locked as it is now.
  return targets.map((target) => ({ target }));
}

/** The checked rows, each with the version the list showed; unknown ids are refused as not found. */
async function selection(actor: Actor, adapter: BulkAdapter, request: BulkRequest, summary: BulkSummary): Promise<Planned[]> {
  const versions = new Map<string, number>();
  for (const { id, version } of request.entries) if (!versions.has(id)) versions.set(id, version);
  const found = new Map((await adapter.find(actor, [...versions.keys()])).map((target) => [target.id, target]));
  const planned: Planned[] = [];
  for (const [id, version] of versions) {
    const target = found.get(id);
    if (target) planned.push({ target, version });
    else summary.refused.push({ id, label: null, status: null, reason: "notFound" });
  }
  return planned;
}

type Reason = Pick<BulkRefusal, "reason" | "fields" | "lookalikes">;

function reasonOf(error: unknown): Reason {
  if (!isAppError(error)) {
    // The entry's transaction rolled back; the others go on. The cause belongs in the log only.
    console.error("bulk action failed for one entry", error);
    return { reason: "failed" };
  }
  switch (error.code) {
    case "CONFLICT":
      return { reason: "conflict" };
    case "NOT_FOUND":
      return { reason: "notFound" };
    case "FORBIDDEN":
    case "UNAUTHENTICATED":
      return { reason: "forbidden" };
    case "INVALID":
      return invalidReason(error);
  }
}

// Bulk publishing never confirms look-alikes: those entries are skipped and named, and the editor
// publishes each on its own page after comparing (issue 14, item 7).
function invalidReason(error: AppError): Reason {
  if (error.message === "errors.transitionNotAllowed") return { reason: "notAllowed" };
  if (error.message === PUBLISH_INCOMPLETE) return { reason: "incomplete", fields: Object.keys(error.details.fieldErrors ?? {}) };
  if (error.message === PUBLISH_LOOKALIKES) {
    const lookalikes = (error.details.current ?? []) as Lookalike[];
    return { reason: "lookalikes", lookalikes: lookalikes.map(({ id, title }) => ({ id, title })) };
  }
  return { reason: "invalid" };
}
