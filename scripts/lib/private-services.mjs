// A PostgreSQL cluster and a Redis of their own for `npm run test:faults`, which stops and starts
// them: never the shared servers. PostgreSQL 15's binaries (initdb, pg_ctl) into a temp folder, on
// a free port, trust authentication on 127.0.0.1 only. As root, PostgreSQL runs as user postgres.
import { chownSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findFreePort, isPortOpen } from "./net.mjs";
import { run, startBackground, stopChild } from "./proc.mjs";

const PG_BIN = "/usr/lib/postgresql/15/bin";

function asPostgres(command, args) {
  if (process.getuid?.() !== 0) return [command, args];
  return ["runuser", ["-u", "postgres", "--", command, ...args]];
}

async function pgRun(tool, args) {
  const [command, fullArgs] = asPostgres(join(PG_BIN, tool), args);
  const result = await run(command, fullArgs, { quiet: true });
  if (result.code !== 0) throw new Error(`${tool} ${args.join(" ")} failed (exit code ${result.code})`);
}

export async function startPrivatePostgres(dir, preferredPort = 55_432) {
  const data = join(dir, "pgdata");
  mkdirSync(data, { recursive: true });
  if (process.getuid?.() === 0) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
    chownSync(data, uid, gid);
  }
  const port = await findFreePort(preferredPort);
  await pgRun("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=200 -c fsync=off`;
  const pg = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => pgRun("pg_ctl", ["-D", data, "-l", join(dir, "postgres.log"), "-o", options, "-w", "start"]),
    // fast: running transactions are rolled back and connections closed, as in a real restart.
    stop: () => pgRun("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
  };
  await pg.start();
  return pg;
}

/** uid and gid of the postgres user (the Debian package creates it), from /etc/passwd. */
function postgresUser() {
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("no postgres user: cannot run a private PostgreSQL as root");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPrivateRedis(dir, preferredPort = 56_379) {
  const port = await findFreePort(preferredPort);
  const redis = { port, url: `redis://127.0.0.1:${port}/0`, child: null };
  redis.start = async () => {
    redis.child = startBackground("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    for (let i = 0; i < 50 && !(await isPortOpen(port)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  redis.stop = () => stopChild(redis.child);
  await redis.start();
  return redis;
}
