// Lets the demo skip `next build` when the existing build is provably current:
// same database, same BUILD_ID as when the demo built it, and no source file newer than it.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const BUILD_ID = ".next/BUILD_ID";
const STAMP = ".next/demo-build.json";
// Everything else in the repository can change what `next build` produces.
const NOT_BUILD_INPUTS = new Set([
  ".git", ".next", "node_modules", ".demo-db", ".ci", "tests", "test-results", "playwright-report",
  "blob-report", "coverage", "docs", "bench", "scripts", "lib/db/generated", // generated from prisma/schema.prisma
  "next-env.d.ts", "tsconfig.tsbuildinfo", // written by `next build` itself
]);

function newestMtime(dir, relative = "") {
  let newest = 0;
  for (const entry of readdirSync(join(dir, relative), { withFileTypes: true })) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (NOT_BUILD_INPUTS.has(path)) continue;
    const mtime = entry.isDirectory() ? newestMtime(dir, path) : statSync(join(dir, path)).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return null;
  }
}

/** Null if the build can be reused, else the reason to build. */
export function reasonToBuild(databaseUrl) {
  if (process.env.DEMO_REBUILD === "1") return "DEMO_REBUILD=1";
  if (!existsSync(BUILD_ID)) return "no production build yet";
  const stamp = readStamp();
  if (!stamp || stamp.buildId !== readFileSync(BUILD_ID, "utf8")) return "the last build was not made by the demo";
  if (stamp.databaseUrl !== databaseUrl) return "the last build used another database";
  if (newestMtime(".") > statSync(BUILD_ID).mtimeMs) return "sources changed since the last build";
  return null;
}

export function writeBuildStamp(databaseUrl) {
  writeFileSync(STAMP, JSON.stringify({ buildId: readFileSync(BUILD_ID, "utf8"), databaseUrl }));
}

/**
 * Forgets Next's data cache (`unstable_cache`, fetch cache). It lives in .next/cache/fetch-cache,
 * survives `next build`, and is keyed by function, not by database: after a reseed, or with
 * another database, it would serve the old data until each entry's revalidate time.
 */
export function clearDataCache() {
  rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
}
