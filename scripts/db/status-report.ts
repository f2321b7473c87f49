import type { DiagnoseMigrationHistoryOutput } from "@prisma/schema-engine-wasm";

function section(title: string, names: string[]): string[] {
  return names.length ? [`${title} (${names.length}):`, ...names.map((n) => `  ${n}`)] : [];
}

/** Turns the engine's diagnosis into lines per state; upToDate is false for anything to act on. */
export function describeStatus(localNames: string[], d: DiagnoseMigrationHistoryOutput) {
  const history = d.history;
  const unapplied = history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
  const databaseOnly = history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [];
  const failed = d.failedMigrationNames;
  const applied = localNames.filter((n) => !unapplied.includes(n) && !failed.includes(n));

  const lines = [
    ...(d.hasMigrationsTable ? [] : ["The database has no _prisma_migrations table yet."]),
    ...section("Applied", applied),
    ...section("Pending", unapplied),
    ...section("Failed (fix it, run `tsx scripts/db/migrate.ts resolve <name> --rolled-back`, deploy again)", failed),
    ...section("Applied in the database but missing from the migrations directory", databaseOnly),
    ...section("Edited after they were applied (checksum differs)", d.editedMigrationNames),
  ];
  if (history?.diagnostic === "historiesDiverge") {
    lines.push(`The histories diverge after ${history.lastCommonMigrationName ?? "the first migration"}.`);
  }
  const upToDate = history === null && failed.length === 0 && d.editedMigrationNames.length === 0;
  lines.push(upToDate ? "Database schema is up to date." : "Database schema is NOT up to date.");
  return { lines, upToDate };
}
