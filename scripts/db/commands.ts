import path from "node:path";
import { databaseName, type Options } from "./config.ts";
import { databaseExists, ensureDatabase } from "./databases.ts";
import { withEngine } from "./engine-session.ts";
import { migrationNames, readMigrationsList, writeMigration } from "./migrations-list.ts";
import { noFilters } from "./schema-engine.ts";
import { describeStatus } from "./status-report.ts";

type Command = (options: Options) => Promise<number>;

const EMPTY_MIGRATION = "-- This is an empty migration.\n";
const rel = (p: string) => {
  const relative = path.relative(process.cwd(), p);
  return relative.startsWith("..") ? p : relative || ".";
};

/** SQL that takes the migrations to schema.prisma, or null when they agree. */
async function pendingSchemaChanges(options: Options): Promise<string | null> {
  const migrationsList = await readMigrationsList(options.migrationsDir);
  return withEngine(options, "scratch", async (engine, schema) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    // exitCode: 0 = no difference, 2 = difference (as `prisma migrate diff --exit-code`).
    return result.exitCode === 0 ? null : (result.stdout ?? "");
  });
}

const create: Command = async (options) => {
  const name = options.name!;
  const sql = options.empty ? EMPTY_MIGRATION : await pendingSchemaChanges(options);
  if (sql === null) {
    console.log(`no changes: ${rel(options.schemaPath)} and ${rel(options.migrationsDir)} agree; nothing written.`);
    return 0;
  }
  const directory = await writeMigration(options.migrationsDir, name, sql);
  console.log(`Created ${rel(path.join(directory, "migration.sql"))}${options.empty ? " (empty, for hand-written SQL)" : ""}`);
  return 0;
};

const deploy: Command = async (options) => {
  const migrationsList = await readMigrationsList(options.migrationsDir);
  const total = migrationsList.migrationDirectories.length;
  if (await ensureDatabase(options.databaseUrl)) {
    console.log(`Created database "${databaseName(options.databaseUrl)}".`);
  }
  console.log(`${total} migration(s) found in ${rel(options.migrationsDir)}`);
  const { appliedMigrationNames } = await withEngine(options, "application", (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  if (appliedMigrationNames.length === 0) {
    console.log("No pending migrations to apply.");
  } else {
    console.log(`Applied ${appliedMigrationNames.length} migration(s):`);
    for (const name of appliedMigrationNames) console.log(`  ${name}`);
  }
  return 0;
};

const check: Command = async (options) => {
  const sql = await pendingSchemaChanges(options);
  if (sql === null) {
    console.log(`${rel(options.schemaPath)} and ${rel(options.migrationsDir)} agree: no drift.`);
    return 0;
  }
  console.error(
    `Drift: ${rel(options.schemaPath)} has changes that no migration contains; ` +
      "run npm run db:migrate:create -- <name>\n\nThe missing migration would be:\n\n" + sql,
  );
  return 1;
};

const status: Command = async (options) => {
  const migrationsList = await readMigrationsList(options.migrationsDir);
  if (!(await databaseExists(options.databaseUrl))) {
    console.log(`Database "${databaseName(options.databaseUrl)}" does not exist.`);
    console.log(`Pending (${migrationsList.migrationDirectories.length}):`);
    for (const name of migrationNames(migrationsList)) console.log(`  ${name}`);
    console.log("Run npm run db:migrate to create it and apply them.");
    return 1;
  }
  const diagnosis = await withEngine(options, "application", (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: noFilters }),
  );
  const { lines, upToDate } = describeStatus(migrationNames(migrationsList), diagnosis);
  for (const line of lines) console.log(line);
  return upToDate ? 0 : 1;
};

// Offline stand-in for `prisma migrate resolve` after a failed deploy.
const resolve: Command = async (options) => {
  const migrationName = options.name!;
  const migrationsList = await readMigrationsList(options.migrationsDir);
  await withEngine(options, "application", (engine) =>
    options.resolveAs === "applied"
      ? engine.markMigrationApplied({ migrationName, migrationsList })
      : engine.markMigrationRolledBack({ migrationName }),
  );
  console.log(`Marked ${migrationName} as ${options.resolveAs}.`);
  return 0;
};

export const commands: Record<Options["command"], Command> = { create, deploy, check, status, resolve };
