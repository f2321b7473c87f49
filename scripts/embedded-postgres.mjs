// An embedded PostgreSQL for the demo on machines without a server:
// PGlite (PostgreSQL compiled to WebAssembly) served over the wire protocol by pglite-socket.
//
//   node scripts/embedded-postgres.mjs [--port 5433] [--dir .demo-db]
//
// Data lives in <dir>/pgdata, the running server's pid in <dir>/server.pid.
// Prints "EMBEDDED_POSTGRES_READY postgresql://..." once it accepts connections, and shuts
// down cleanly (flushing the data directory) on SIGINT/SIGTERM or when its parent goes away.
// Limits of PGlite over pglite-socket: one shared session for all connections, queries run one at a time,
// no authentication — so it binds to 127.0.0.1 only and the app keeps a small pool.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "5433" },
    dir: { type: "string", default: ".demo-db" },
  },
});
const host = "127.0.0.1";
const port = Number(values.port);
const pidFile = join(values.dir, "server.pid");

// Two PGlite instances on one data directory would corrupt it (e.g. after a demo was killed -9).
function refuseIfAlreadyRunning() {
  let pid;
  try {
    pid = Number(readFileSync(pidFile, "utf8"));
    process.kill(pid, 0);
  } catch {
    return; // no pid file, or that process is gone
  }
  console.error(`Another embedded PostgreSQL (pid ${pid}) is using ${values.dir}/. Stop it first: kill ${pid}`);
  process.exit(1);
}

mkdirSync(values.dir, { recursive: true });
refuseIfAlreadyRunning();
writeFileSync(pidFile, String(process.pid));

const db = await PGlite.create(join(values.dir, "pgdata"), { extensions: { pg_trgm, unaccent } });
// The socket server's default cap is 1 connection; the app, migrations and seed need more.
const server = new PGLiteSocketServer({ db, host, port, maxConnections: 100 });
server.addEventListener("error", (event) => console.error("[embedded-postgres]", event.detail));
await server.start();
// PGlite has exactly one database, "postgres"; the name in a client's URL is ignored.
console.log(`EMBEDDED_POSTGRES_READY postgresql://postgres@${host}:${port}/postgres`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
    await db.close();
  } finally {
    rmSync(pidFile, { force: true });
    process.exit(0);
  }
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
// Started by the demo with an IPC channel: it closes when the demo dies, even by SIGKILL.
process.on("disconnect", shutdown);
