import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

let loaded: typeof glue.SchemaEngine | undefined;

// The package's own entry imports the .wasm as an ES module, which Node cannot do without a
// flag; instantiate it by hand the way @prisma/internals does.
async function loadSchemaEngine(): Promise<typeof glue.SchemaEngine> {
  if (loaded) return loaded;
  const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
  const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
  const exports = instance.exports as { __wbindgen_start(): void };
  glue.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  loaded = glue.SchemaEngine;
  return loaded;
}

export type SchemaFile = { path: string; content: string };

export async function readSchemaFile(schemaPath: string): Promise<SchemaFile> {
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}

export async function startSchemaEngine(
  schema: SchemaFile,
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: boolean,
): Promise<SchemaEngine> {
  const SchemaEngineClass = await loadSchemaEngine();
  const onLog = (line: string) => {
    if (log) process.stderr.write(`[schema-engine] ${line}\n`);
  };
  return SchemaEngineClass.new(
    { datamodels: [[schema.path, schema.content]] },
    onLog,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

/** Filters of `prisma.config.ts` (tables.external / enums.external); none are used here. */
export const noFilters = { externalTables: [], externalEnums: [] };
