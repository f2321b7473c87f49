// Prisma migrations without the CLI's downloaded engine: see docs/operations.md, "Database migrations".
// Usage: tsx scripts/db/migrate.ts <command> [--schema prisma/schema.prisma] [--migrations prisma/migrations]
//   create <name> [--empty] | deploy | check | status | resolve <migration> --rolled-back|--applied
import { commands } from "./commands.ts";
import { parseOptions, UsageError } from "./config.ts";
import { dropTemporaryDatabases, reportTemporaryDatabases } from "./databases.ts";

/** Engine errors carry a Rust backtrace after the message; users need only the message. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const message = error.message.split(/\n\s+0: /)[0]!.trim();
  return error.name && error.name !== "Error" ? `${error.name}: ${message}` : message;
}

async function main(): Promise<number> {
  try {
    const options = parseOptions(process.argv.slice(2));
    reportTemporaryDatabases(options.verbose);
    return await commands[options.command](options);
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : `Error: ${describeError(error)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void dropTemporaryDatabases().finally(() => process.exit(130));
  });
}

// Explicit exit: a timer inside the wasm engine would keep Node alive for ~10 s (pitfall 5).
main().then((code) => process.exit(code));
