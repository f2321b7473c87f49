import "server-only";
import { db } from "@/lib/db/client";

export type EntityRef = { entityType: string; entityId: string };

const key = (type: string, id: string) => `${type}:${id}`;

/**
 * Current display names of the entities audit rows point to, in one query per type. Deleted
 * entities have none (the row still shows its id and before values).
 */
export async function entityTitles(refs: readonly EntityRef[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(refs.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const lookups: Promise<[string, { id: string; title: string }[]]>[] = [];
  const add = (type: string, load: (ids: string[]) => Promise<{ id: string; title: string }[]>) => {
    const ids = idsOf(type);
    if (ids.length > 0) lookups.push(load(ids).then((rows) => [type, rows]));
  };
  add("programme", (ids) => db.programme.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }));
  add("advisor", (ids) => named(db.advisor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })));
  add("provider", (ids) => named(db.provider.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })));
  add("event", (ids) => db.event.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }));
  add("news", (ids) => db.newsItem.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }));
  add("organisation", (ids) => named(db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })));
  add("topic", (ids) => named(db.topic.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })));
  add("user", (ids) => named(db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })));
  add("import", (ids) => db.importJob.findMany({ where: { id: { in: ids } }, select: { id: true, fileName: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.fileName }))));
  add("synonymGroup", (ids) =>
    db.synonymGroup.findMany({ where: { id: { in: ids } }, select: { id: true, terms: true } }).then((rows) => rows.map((r) => ({ id: r.id, title: r.terms.join(", ") }))),
  );
  const titles = new Map<string, string>();
  for (const [type, rows] of await Promise.all(lookups)) for (const row of rows) titles.set(key(type, row.id), row.title);
  return titles;
}

export const titleOf = (titles: Map<string, string>, ref: EntityRef) => titles.get(key(ref.entityType, ref.entityId)) ?? null;

const named = (rows: Promise<{ id: string; name: string }[]>) => rows.then((list) => list.map((r) => ({ id: r.id, title: r.name })));
