// `npm run test:e2e:prepare`: the e2e stage of `npm test` without the rest, for running single specs
// while working: a fresh, seeded e2e database and a production build against it. Then
//   npm run test:e2e -- tests/e2e/<spec>.ts
// with the same E2E_DATABASE_URL / E2E_PORT / E2E_REDIS_URL (defaults: regiontrier_e2e, 3100, Redis db 0).
import { appEnv } from "./lib/app-env.mjs";
import { clearDataCache } from "./lib/build-stamp.mjs";
import { DEFAULT_SERVER_URL, prepareFreshDatabase, redact, withDatabase } from "./lib/database.mjs";
import { npmRun } from "./lib/proc.mjs";

const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER_URL;
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || withDatabase(serverUrl, "regiontrier_e2e");
const port = Number(process.env.E2E_PORT ?? 3100);
const env = { ...appEnv({ port, databaseUrl: e2eDatabaseUrl }), E2E_DATABASE_URL: e2eDatabaseUrl };

console.log(`Preparing ${redact(e2eDatabaseUrl)} and building for port ${port} …`);
await prepareFreshDatabase(e2eDatabaseUrl, env);
clearDataCache();
const result = await npmRun("build", [], { env });
// The framework's floor for tests/e2e/weight.spec.ts (tests/weight/floor-app).
const floor = result.code === 0 ? await npmRun("build:floor", [], { env: { NEXT_TELEMETRY_DISABLED: "1" } }) : result;
process.exit(floor.code);
