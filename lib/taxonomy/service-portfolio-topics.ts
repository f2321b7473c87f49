import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { ServiceCategory } from "@/lib/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { conflictError, sameValue } from "@/lib/content/conflict";
import { NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import { SERVICE_TOPICS_TAG } from "./cached";
import type { ServiceTopicsUpdateInput } from "./schema";

type Row = ServiceTopicsUpdateInput["rows"][number];
const field = (service: ServiceCategory) => `topics.${service}`;

/**
 * Saves the Leistung ↔ Themenfeld matrix. Each Leistung is a row with its own lock, so two editors
 * changing different Leistungen both succeed; a row changed since the form was loaded is a
 * conflict for the whole save (one transaction: nothing is written then). Unchanged rows are
 * neither written nor audited. Returns the Leistungen that changed.
 */
export async function updateServiceTopics(actor: Actor, input: ServiceTopicsUpdateInput): Promise<ServiceCategory[]> {
  assertCan(actor, "taxonomy.manage");
  const changed = await db.$transaction(async (tx) => {
    const topics = await tx.topic.findMany({ select: { id: true, name: true } });
    const names = new Map(topics.map((t) => [t.id, t.name]));
    const unknown = input.rows.filter((row) => row.topicIds.some((id) => !names.has(id)));
    if (unknown.length > 0) {
      throw new AppError("INVALID", "unknown topic", { fieldErrors: Object.fromEntries(unknown.map((row) => [field(row.service), ["errors.invalid"]])) });
    }
    // Rows exist from the migration on; a Leistung added to the enum later gets its row here.
    await tx.serviceTopicMapping.createMany({ data: Object.values(ServiceCategory).map((service) => ({ service })), skipDuplicates: true });
    const display = (_field: string, ids: unknown) => (Array.isArray(ids) ? ids.map((id) => names.get(String(id)) ?? String(id)) : ids);
    const written: ServiceCategory[] = [];
    for (const row of input.rows) {
      if (await writeRow(tx, actor, row, { input, names, display })) written.push(row.service);
    }
    return written;
  });
  if (changed.length > 0) invalidateTags([SERVICE_TOPICS_TAG]);
  return changed;
}

type Context = {
  input: ServiceTopicsUpdateInput;
  names: Map<string, string>;
  display: (field: string, value: unknown) => unknown;
};

async function loadRow(tx: Tx, service: ServiceCategory) {
  const row = await tx.serviceTopicMapping.findUniqueOrThrow({ where: { service }, select: { version: true, topics: { select: { id: true } } } });
  return { version: row.version, topicIds: row.topics.map((t) => t.id) };
}

async function writeRow(tx: Tx, actor: Actor, row: Row, { input, names, display }: Context): Promise<boolean> {
  // The conflict names every row of this save that differs from what is stored now.
  const conflictNow = async (version: number) => {
    const mine: Record<string, string[]> = {};
    const theirs: Record<string, string[]> = {};
    for (const other of input.rows) {
      mine[field(other.service)] = other.topicIds;
      theirs[field(other.service)] = (await loadRow(tx, other.service)).topicIds;
    }
    return conflictError(mine, theirs, version, { display });
  };
  const before = await loadRow(tx, row.service);
  // The form's lock (rule 6): a row saved by someone else since the form was loaded is a conflict.
  if (before.version !== row.version) throw await conflictNow(before.version);
  if (sameValue(before.topicIds, row.topicIds)) return false;
  await writeAtVersion(
    () => tx.serviceTopicMapping.updateMany({ where: { service: row.service, version: row.version }, data: { version: NEXT_VERSION } }),
    async () => conflictNow((await loadRow(tx, row.service)).version),
  );
  await tx.serviceTopicMapping.update({ where: { service: row.service }, data: { topics: { set: row.topicIds.map((id) => ({ id })) } } });
  const topicNames = (ids: string[]) => ids.map((id) => names.get(id) ?? id).sort((a, b) => a.localeCompare(b, "de"));
  await recordAudit(tx, {
    actor,
    action: "serviceTopics.updated",
    entityType: "serviceTopics",
    entityId: row.service,
    before: { topics: topicNames(before.topicIds), version: before.version },
    after: { topics: topicNames(row.topicIds), version: before.version + 1 },
  });
  return true;
}
