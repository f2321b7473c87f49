// The preamble of the benchmarks that can reuse what an earlier one left: a fresh, seeded database
// unless --keep-database, a production build against it unless --skip-build.
import { appEnv } from "../../scripts/lib/app-env.mjs";
import { clearDataCache } from "../../scripts/lib/build-stamp.mjs";
import { prepareFreshDatabase, redact } from "../../scripts/lib/database.mjs";
import { heading, NEXT_BIN, run } from "../../scripts/lib/proc.mjs";

export async function prepareBench({ databaseUrl, port, keepDatabase, skipBuild }) {
  if (!keepDatabase) {
    heading(`Database ${redact(databaseUrl)} (fresh, migrated, seeded)`);
    await prepareFreshDatabase(databaseUrl);
    clearDataCache();
  }
  if (!skipBuild) {
    heading("Production build");
    const { code } = await run("node", [NEXT_BIN, "build"], { env: appEnv({ port, databaseUrl }) });
    if (code !== 0) throw new Error("next build failed");
  }
}
