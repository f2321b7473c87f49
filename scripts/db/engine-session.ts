import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { connectionConfig, type Options } from "./config.ts";
import { createTemporaryDatabase, dropDatabase } from "./databases.ts";
import { createAdapterSession } from "./pg-adapter.ts";
import { readSchemaFile, startSchemaEngine, type SchemaFile } from "./schema-engine.ts";

/**
 * "application": the database in DATABASE_URL (deploy, status).
 * "scratch": a throwaway database on the shadow server. The engine insists on a main connection
 * at start-up even for diffs that only use the shadow database; create and check must not
 * need or touch the application database.
 */
export type MainDatabase = "application" | "scratch";

export async function withEngine<T>(
  options: Options,
  main: MainDatabase,
  run: (engine: SchemaEngine, schema: SchemaFile) => Promise<T>,
): Promise<T> {
  const schema = await readSchemaFile(options.schemaPath);
  const scratch = main === "scratch" ? await createTemporaryDatabase(options.shadowServerUrl, "prisma_scratch") : undefined;
  const mainConfig = scratch
    ? connectionConfig(options.shadowServerUrl, scratch)
    : connectionConfig(options.databaseUrl);
  const session = createAdapterSession(mainConfig, options.shadowServerUrl);
  let engine: SchemaEngine | undefined;
  try {
    engine = await startSchemaEngine(schema, session.factory, options.engineLog);
    return await run(engine, schema);
  } finally {
    // Order matters (pitfall 5): the engine never releases its connections, so dispose the
    // adapters first, then free the engine; migrate.ts then exits explicitly.
    await session.close();
    engine?.free();
    if (scratch) await dropDatabase(options.shadowServerUrl, scratch);
  }
}
