// `npm run demo`: installs what is missing, prepares a database, builds and starts the portal and
// its job worker (scripts/worker.ts).
//
// Database, in this order:
//   1. DATABASE_URL, if set;
//   2. postgresql://postgres@127.0.0.1:5432/regiontrier, if a server answers there;
//   3. an embedded PostgreSQL (PGlite) on 127.0.0.1:5433 or the next free port, data in .demo-db/pgdata.
//   DEMO_EMBEDDED_DB=1 forces 3.
// The production build is reused when it is current (see scripts/lib/build-stamp.mjs);
// DEMO_REBUILD=1 forces a new one. PORT (default 3000) sets the app's port.
// Mail: unless SMTP_URL is set, a local mail catcher (scripts/mail-catcher.mjs) receives every mail
// on 127.0.0.1 and keeps it as an .eml file in .mail/, with a loopback-only page to read them.
// Node built-ins only until `npm ci` has run.
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { appEnv } from "./lib/app-env.mjs";
import { clearDataCache, reasonToBuild, writeBuildStamp } from "./lib/build-stamp.mjs";
import { hasNpmScript, markDemoDatabase } from "./lib/database.mjs";
import { printDemoLogins, readDemoLogins } from "./lib/demo-logins.mjs";
import { startMailCatcher } from "./lib/mail-catcher.mjs";
import { findFreePort, isPortOpen, waitForHttp } from "./lib/net.mjs";
import { heading, NEXT_BIN, npmRun, run, startBackground, stopAll } from "./lib/proc.mjs";
import { ensureDependencies } from "./lib/setup.mjs";

const LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/regiontrier";

let shuttingDown = false;
async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log("\nStopping the demo ...");
  await stopAll();
  process.exit(code);
}
process.on("SIGINT", () => shutdown(130));
process.on("SIGTERM", () => shutdown(143));

async function step(title, command) {
  heading(title);
  const { code } = await command();
  if (code !== 0) {
    console.error(`\n${title} failed (exit code ${code}).`);
    await shutdown(1);
  }
}

/** Starts the embedded PostgreSQL and resolves to its URL once it accepts connections. */
async function startEmbeddedDatabase() {
  const port = await findFreePort(5433);
  heading(`Starting the embedded PostgreSQL (PGlite) on 127.0.0.1:${port}, data in .demo-db/`);
  const child = startBackground("node", ["scripts/embedded-postgres.mjs", "--port", String(port), "--dir", ".demo-db"], {
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      const ready = /^EMBEDDED_POSTGRES_READY (\S+)/.exec(line);
      if (ready) resolve(ready[1]);
      else console.log(`[embedded-postgres] ${line}`);
    });
    child.once("exit", (code) => {
      reject(new Error(`the embedded PostgreSQL exited (code ${code})`));
      if (!shuttingDown) {
        console.error("The embedded PostgreSQL stopped unexpectedly.");
        shutdown(1);
      }
    });
  });
}

async function chooseDatabase() {
  if (process.env.DEMO_EMBEDDED_DB !== "1") {
    if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, label: "DATABASE_URL" };
    if (await isPortOpen(5432)) return { url: LOCAL_URL, label: "the PostgreSQL server on 127.0.0.1:5432" };
    console.log("No PostgreSQL answers on 127.0.0.1:5432.");
  }
  const url = await startEmbeddedDatabase();
  // All connections share one PGlite session: keep the pools small (scripts/embedded-postgres.mjs).
  return { url, label: "the embedded PostgreSQL (PGlite)", poolSize: 3 };
}

/** The operator's SMTP_URL, or a mail catcher on loopback: the demo never keeps mails in the portal. */
async function chooseMail() {
  if (process.env.SMTP_URL) return { smtpUrl: null, label: "SMTP_URL (set by you)" };
  const smtpPort = await findFreePort(2525);
  const httpPort = await findFreePort(8025);
  heading(`Starting the local mail catcher (SMTP 127.0.0.1:${smtpPort}, mails in .mail/)`);
  const catcher = await startMailCatcher({ smtpPort, httpPort, dir: ".mail" });
  catcher.child.once("exit", (code) => {
    if (!shuttingDown) {
      console.error(`The mail catcher stopped (exit code ${code}).`);
      shutdown(code || 1);
    }
  });
  return { smtpUrl: catcher.smtpUrl, label: `${catcher.webUrl} (the .eml files are in .mail/)` };
}

try {
  await ensureDependencies();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
if (!(await findFreePort(port, 1).catch(() => null))) {
  console.error(`Port ${port} is already in use. Stop what runs there or choose another: PORT=3001 npm run demo`);
  await shutdown(1);
}
const database = await chooseDatabase().catch(async (error) => {
  console.error(`Could not start the embedded PostgreSQL: ${error.message}`);
  await shutdown(1);
});
const env = appEnv({ port, databaseUrl: database.url, poolSize: database.poolSize });
console.log(`Database: ${database.label}`);
const mail = await chooseMail().catch(async (error) => {
  console.error(`Could not start the mail catcher: ${error.message}`);
  await shutdown(1);
});
if (mail.smtpUrl) env.SMTP_URL = mail.smtpUrl;

await step("Applying migrations (npm run db:migrate)", () => npmRun("db:migrate", [], { env }));
// The demo's database may receive the demo accounts (public password); see prisma/seed/accounts-guard.ts.
await markDemoDatabase(database.url, env).catch(async (error) => {
  console.error(error.message);
  await shutdown(1);
});
if (existsSync("prisma/seed/index.ts")) {
  await step("Loading demo data (npm run db:seed)", () => npmRun("db:seed", [], { env }));
  if (hasNpmScript("search:reindex")) {
    await step("Building the search index (npm run search:reindex)", () => npmRun("search:reindex", [], { env }));
  }
} else {
  console.warn("\nprisma/seed/index.ts is missing: the demo starts without demo data.");
}

clearDataCache();
const buildReason = reasonToBuild(database.url);
if (buildReason) {
  await step(`Building the app (next build: ${buildReason})`, () => run("node", [NEXT_BIN, "build"], { env }));
  writeBuildStamp(database.url);
} else {
  heading("Reusing the current production build (DEMO_REBUILD=1 forces a new one)");
}

heading(`Starting the app (next start -p ${port})`);
const app = startBackground("node", [NEXT_BIN, "start", "-p", String(port)], { env });
app.once("exit", (code) => {
  if (!shuttingDown) {
    console.error(`The app stopped (exit code ${code}).`);
    shutdown(code || 1);
  }
});
// The job worker (npm run worker) beside the app: it sends the mails and runs the scheduled jobs.
heading("Starting the job worker (npm run worker)");
const worker = startBackground("node", ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/worker.ts"], {
  env: { ...env, APP_INTERNAL_URL: process.env.APP_INTERNAL_URL ?? `http://127.0.0.1:${port}` },
});
worker.once("exit", (code) => {
  if (!shuttingDown) {
    console.error(`The job worker stopped (exit code ${code}).`);
    shutdown(code || 1);
  }
});
const baseUrl = `http://localhost:${port}`;
const health = await waitForHttp(`${baseUrl}/api/health`, { timeoutMs: 90_000, anyStatus: true, isAlive: () => app.exitCode === null });
const logins = await readDemoLogins();

console.log(`\n${"=".repeat(64)}`);
console.log(`Portal Digitale Region Trier: ${baseUrl}`);
if (health?.status !== 200) console.log(`Warning: ${baseUrl}/api/health answered ${health?.status ?? "nothing"}.`);
printDemoLogins(logins);
console.log(`Mails (password reset, invitations, sign-up confirmations): ${mail.label}`);
console.log("Press Ctrl-C to stop the app, the job worker and the database.");
console.log("=".repeat(64));
