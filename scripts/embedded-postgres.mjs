// An embedded PostgreSQL for the demo on machines without a server:
// PGlite (PostgreSQL compiled to WebAssembly) served over the wire protocol by pglite-socket.
//
//   node scripts/embedded-postgres.mjs [--port 5433] [--dir .demo-db]
//
// Prints "EMBEDDED_POSTGRES_READY postgresql://..." once it accepts connections, and shuts
// down cleanly (flushing the data directory) on SIGINT/SIGTERM.
// Limits (see STACK-NOTES): one shared session for all connections, queries run one at a time,
// no authentication — so it binds to 127.0.0.1 only and the app keeps a small pool.
import { mkdirSync } from "node:fs";
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

mkdirSync(values.dir, { recursive: true });
const db = await PGlite.create(values.dir, { extensions: { pg_trgm, unaccent } });
// The socket server's default cap is 1 connection; the app, migrations and seed need more.
const server = new PGLiteSocketServer({ db, host, port, maxConnections: 100 });
server.addEventListener("error", (event) => console.error("[embedded-postgres]", event.detail));
await server.start();
// PGlite has exactly one database, "postgres".
console.log(`EMBEDDED_POSTGRES_READY postgresql://postgres@${host}:${port}/postgres`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
    await db.close();
  } finally {
    process.exit(0);
  }
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
// If the parent (the demo) dies without telling us, stop too rather than hold the data directory.
process.on("disconnect", shutdown);
