import { db } from "@/lib/db/client";

/** Per table: row key → hash of the whole row. Keys are the id (or key/term) column, else the row hash. */
export type Digest = Map<string, Map<string, string>>;

// Bookkeeping of the migration tool, not application data.
const SKIPPED = new Set(["_prisma_migrations"]);

let tables: string[] | null = null;

async function applicationTables(): Promise<string[]> {
  tables ??= (await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
    .map((row) => row.name)
    .filter((name) => !SKIPPED.has(name));
  return tables;
}

/** Every row of every application table, so a replay cannot change anything unnoticed. */
export async function digestDatabase(): Promise<Digest> {
  const names = await applicationTables();
  const parts = names.map(
    (name) =>
      `SELECT '${name}' AS t, COALESCE(to_jsonb(x)->>'id', to_jsonb(x)->>'key', to_jsonb(x)->>'term', md5(x::text)) AS k, md5(x::text) AS h FROM "${name}" x`,
  );
  const rows = await db.$queryRawUnsafe<{ t: string; k: string; h: string }[]>(parts.join(" UNION ALL "));
  const digest: Digest = new Map(names.map((name) => [name, new Map()]));
  for (const row of rows) digest.get(row.t)!.set(row.k, row.h);
  return digest;
}

/** Table → keys of rows added, removed or changed between two digests. */
export function diffDigests(before: Digest, after: Digest): Map<string, string[]> {
  const changes = new Map<string, string[]>();
  for (const [table, rows] of after) {
    const old = before.get(table) ?? new Map<string, string>();
    const keys = new Set<string>();
    for (const [key, hash] of rows) if (old.get(key) !== hash) keys.add(key);
    for (const key of old.keys()) if (!rows.has(key)) keys.add(key);
    if (keys.size) changes.set(table, [...keys].sort());
  }
  return changes;
}

export const changedTables = (diff: Map<string, string[]>) => [...diff.keys()].sort();
