import path from "node:path";
import { z } from "zod";
import type pg from "pg";

// Migration tooling runs in CI and before the app is configured, so it parses only the
// variables it needs instead of importing lib/env.ts (which validates the whole app env).
const envSchema = z.object({
  DATABASE_URL: z.string().url().default("postgresql://postgres@127.0.0.1:5432/regiontrier"),
  SHADOW_DATABASE_URL: z.string().url().optional(),
  SCHEMA_ENGINE_LOG: z.enum(["0", "1"]).default("0"),
});

export type Command = "create" | "deploy" | "check" | "status" | "resolve";
const COMMANDS: readonly Command[] = ["create", "deploy", "check", "status", "resolve"];

export type Options = {
  command: Command;
  name?: string;
  empty: boolean;
  /** resolve: what to record for the named (failed) migration */
  resolveAs?: "rolled-back" | "applied";
  schemaPath: string;
  migrationsDir: string;
  databaseUrl: string;
  shadowServerUrl: string;
  engineLog: boolean;
  /** --verbose: report temporary databases as they are created and dropped (stderr) */
  verbose: boolean;
};

export class UsageError extends Error {}

export function parseOptions(argv: string[], environment = process.env): Options {
  const env = envSchema.parse(environment);
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) {
    throw new UsageError(`unknown command "${command ?? ""}"; expected one of ${COMMANDS.join(", ")}`);
  }
  const options: Options = {
    command: command as Command,
    empty: false,
    schemaPath: path.resolve("prisma/schema.prisma"),
    migrationsDir: path.resolve("prisma/migrations"),
    databaseUrl: env.DATABASE_URL,
    shadowServerUrl: env.SHADOW_DATABASE_URL ?? env.DATABASE_URL,
    engineLog: env.SCHEMA_ENGINE_LOG === "1",
    verbose: false,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--empty") options.empty = true;
    else if (arg === "--verbose") options.verbose = true;
    else if (arg === "--rolled-back" || arg === "--applied") options.resolveAs = arg === "--applied" ? "applied" : "rolled-back";
    else if (arg === "--schema" || arg === "--migrations") {
      const value = rest[++i];
      if (!value) throw new UsageError(`${arg} needs a path`);
      if (arg === "--schema") options.schemaPath = path.resolve(value);
      else options.migrationsDir = path.resolve(value);
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else if (options.name === undefined) options.name = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (options.command === "create" && !options.name) {
    throw new UsageError("usage: npm run db:migrate:create -- <name> [--empty]");
  }
  if (options.command === "resolve" && (!options.name || !options.resolveAs)) {
    throw new UsageError("usage: tsx scripts/db/migrate.ts resolve <migration> --rolled-back|--applied");
  }
  return options;
}

/** Connection fields from a URL; kept as separate fields so a `database` override really applies. */
export function connectionConfig(url: string, database?: string): pg.ClientConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: database ?? (decodeURIComponent(u.pathname.slice(1)) || "postgres"),
  };
}

export function databaseName(url: string): string {
  return connectionConfig(url).database as string;
}
