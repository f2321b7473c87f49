// The backup and restore of docs/deployment.md, proven: pg_dump (custom format) of a seeded
// database, pg_restore into a new one, the portal started against it. Node built-ins and pg.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { databaseName, recreateDatabase, withDatabase } from "./database.mjs";
import { run, stopChild } from "./proc.mjs";
import { findFreePort } from "./net.mjs";
import { startWeb } from "./cluster.mjs";

/** pg_dump/pg_restore from PATH, else from PostgreSQL 15's own directory. */
function pgTool(name) {
  const versioned = `/usr/lib/postgresql/15/bin/${name}`;
  return existsSync(versioned) ? versioned : name;
}

async function firstPublishedSlug(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT slug FROM "Programme" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
    return rows[0]?.slug ?? null;
  } finally {
    await client.end();
  }
}

/**
 * Dumps `sourceUrl`, restores it into `<name>_restore`, starts one instance on it (in-memory page
 * cache) and returns the statuses of a programme's detail page and /api/health. Drops the copy.
 */
export async function dumpRestoreAndServe({ sourceUrl, dir, env }) {
  const targetUrl = withDatabase(sourceUrl, `${databaseName(sourceUrl)}_restore`);
  const dump = join(dir, "backup.dump");
  let code = (await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", `--file=${dump}`, `--dbname=${sourceUrl}`])).code;
  if (code !== 0) throw new Error(`pg_dump failed (exit code ${code})`);
  await recreateDatabase(targetUrl);
  code = (await run(pgTool("pg_restore"), ["--no-owner", "--exit-on-error", `--dbname=${targetUrl}`, dump])).code;
  if (code !== 0) throw new Error(`pg_restore failed (exit code ${code})`);
  const slug = await firstPublishedSlug(targetUrl);
  if (!slug) throw new Error("the restored database has no published programme");
  const port = await findFreePort(3950);
  const web = await startWeb({ dir, name: "web-restored", port, env: { ...env, DATABASE_URL: targetUrl, REDIS_URL: "" } });
  try {
    const detail = await fetch(`${web.url}/foerderprogramme/${slug}`);
    const health = await fetch(`${web.url}/api/health`);
    return { slug, detail: detail.status, health: health.status, detailText: await detail.text(), targetUrl };
  } finally {
    await stopChild(web.child);
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: withDatabase(sourceUrl, "postgres") });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${databaseName(targetUrl)}" WITH (FORCE)`).finally(() => client.end());
  }
}
