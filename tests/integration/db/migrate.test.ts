import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  databaseUrl,
  dropDatabase,
  leftoverTemporaryDatabases,
  projectRoot,
  query,
  repoMigrationNames,
  runMigrate,
  uniqueDatabaseName,
} from "./migrate-helpers";

// Runs scripts/db/migrate.ts as a child process against its own databases; never against the
// shared integration database and never on the real schema (copies go to a temp directory).
// Each check replays every migration into a scratch database; generous for busy two-core machines.
const TIMEOUT = 180_000;
const databases: string[] = [];
const tempDirs: string[] = [];
let realSchema = "";

function freshDatabase(label: string) {
  const name = uniqueDatabaseName(label);
  databases.push(name);
  return name;
}

async function copyOfPrismaDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "migrate-test-"));
  tempDirs.push(dir);
  await cp(path.join(projectRoot, "prisma/schema.prisma"), path.join(dir, "schema.prisma"));
  await cp(path.join(projectRoot, "prisma/migrations"), path.join(dir, "migrations"), { recursive: true });
  const args = ["--schema", path.join(dir, "schema.prisma"), "--migrations", path.join(dir, "migrations")];
  return { dir, args };
}

beforeAll(async () => {
  realSchema = await readFile(path.join(projectRoot, "prisma/schema.prisma"), "utf8");
});

afterAll(async () => {
  for (const name of databases) await dropDatabase(name);
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
  expect(await readFile(path.join(projectRoot, "prisma/schema.prisma"), "utf8")).toBe(realSchema);
}, TIMEOUT);

describe("scripts/db/migrate.ts", () => {
  it("deploy creates a fresh database, applies every migration once, and a second deploy applies none", { timeout: TIMEOUT }, async () => {
    const name = freshDatabase("deploy");
    const env = { DATABASE_URL: databaseUrl(name) };
    const migrations = await repoMigrationNames();
    expect(migrations.length).toBeGreaterThan(0);

    const first = await runMigrate(["deploy"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Created database "${name}"`);
    expect(first.stdout).toContain(`Applied ${migrations.length} migration(s)`);
    for (const migration of migrations) expect(first.stdout).toContain(migration);

    const second = await runMigrate(["deploy"], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("No pending migrations to apply.");

    const rows = await query<{ migration_name: string; finished: boolean }>(
      name,
      `SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(migrations.map((migration_name) => ({ migration_name, finished: true })));
    const extensions = await query<{ extname: string }>(name, "SELECT extname FROM pg_extension ORDER BY extname");
    expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));

    const status = await runMigrate(["status"], env);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date.");
  });

  it("check exits 0 for the repository as it is and leaves no temporary database behind", { timeout: TIMEOUT }, async () => {
    const result = await runMigrate(["check", "--verbose"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("no drift");
    const { created, left } = await leftoverTemporaryDatabases(result.stderr);
    expect(created.length).toBeGreaterThan(0);
    expect(left).toEqual([]);
  });

  it("check fails when schema.prisma gains a field without a migration; create then writes it", { timeout: TIMEOUT }, async () => {
    const { dir, args } = await copyOfPrismaDir();
    const schemaPath = path.join(dir, "schema.prisma");
    const schema = await readFile(schemaPath, "utf8");
    const changed = schema.replace("model Programme {\n", "model Programme {\n  internalNote String?\n");
    expect(changed).not.toBe(schema);
    await writeFile(schemaPath, changed);

    const drift = await runMigrate(["check", "--verbose", ...args]);
    expect(drift.code).toBe(1);
    expect(drift.stderr).toContain("has changes that no migration contains; run npm run db:migrate:create -- <name>");
    expect(drift.stderr).toContain(`ALTER TABLE "Programme" ADD COLUMN     "internalNote" TEXT`);
    expect((await leftoverTemporaryDatabases(drift.stderr)).left).toEqual([]);

    const created = await runMigrate(["create", "add internal note", ...args]);
    expect(created.code, created.stderr).toBe(0);
    const newest = (await readdir(path.join(dir, "migrations"))).filter((n) => /^\d/.test(n)).sort().at(-1)!;
    expect(newest).toMatch(/^\d{14}_add_internal_note$/);
    const sql = await readFile(path.join(dir, "migrations", newest, "migration.sql"), "utf8");
    expect(sql).toContain('"internalNote" TEXT');

    expect((await runMigrate(["check", ...args])).code).toBe(0);
    const again = await runMigrate(["create", "nothing", ...args]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("no changes");
  });

  it("applies each migration.sql as one atomic query: $$ bodies work, a failure leaves nothing half-applied", { timeout: TIMEOUT }, async () => {
    const { dir, args } = await copyOfPrismaDir();
    const write = async (migration: string, sql: string) => {
      await mkdir(path.join(dir, "migrations", migration));
      await writeFile(path.join(dir, "migrations", migration, "migration.sql"), sql);
    };
    await write(
      "29991231000000_function",
      `CREATE FUNCTION migrate_test_fn() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$;\n`,
    );
    await write("29991231000001_broken", "CREATE TABLE half_applied (id int);\nSELECT * FROM no_such_table;\n");
    const name = freshDatabase("atomic");
    const env = { DATABASE_URL: databaseUrl(name) };

    const deploy = await runMigrate(["deploy", ...args], env);
    expect(deploy.code).toBe(1);
    expect(deploy.stderr).toContain("no_such_table");
    const [state] = await query<{ fn: string | null; half: string | null }>(
      name,
      "SELECT to_regprocedure('migrate_test_fn()')::text AS fn, to_regclass('half_applied')::text AS half",
    );
    expect(state).toEqual({ fn: "migrate_test_fn()", half: null });

    const status = await runMigrate(["status", ...args], env);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/Failed[^\n]*\n\s+29991231000001_broken/);
  });
});
