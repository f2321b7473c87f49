// Brings a fresh clone up to the point where the project's own tools can run.
import { existsSync, statSync } from "node:fs";
import { heading, npmRun, run } from "./proc.mjs";

const CHROMIUM = "/usr/bin/chromium";

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** `npm ci` when node_modules is missing or older than package-lock.json. */
export async function ensureDependencies() {
  // npm writes node_modules/.package-lock.json on every install: its age is the install's age.
  const installedAt = mtime("node_modules/.package-lock.json") || mtime("node_modules");
  if (installedAt === 0 || installedAt < mtime("package-lock.json")) {
    heading(installedAt === 0 ? "Installing dependencies (npm ci)" : "package-lock.json changed: npm ci");
    const { code } = await run("npm", ["ci", "--no-audit", "--no-fund"]);
    if (code !== 0) return fail("npm ci", code);
  } else {
    console.log("Dependencies are up to date (node_modules is newer than package-lock.json).");
  }
  heading("Generating the Prisma client (npm run db:generate)");
  const { code } = await npmRun("db:generate");
  if (code !== 0) return fail("npm run db:generate", code);
}

/** Installs Debian's Chromium for Playwright if it is missing (never `playwright install`). */
export async function ensureChromium() {
  if (existsSync(CHROMIUM)) {
    console.log(`Chromium found at ${CHROMIUM}.`);
    return;
  }
  heading(`${CHROMIUM} is missing: installing it with apt-get (apt-get update && apt-get install -y chromium)`);
  // apt needs root; use sudo without a password prompt when we are not root.
  const [command, ...prefix] = process.getuid?.() === 0 ? ["apt-get"] : ["sudo", "-n", "apt-get"];
  const apt = (...args) => run(command, [...prefix, ...args], { env: { DEBIAN_FRONTEND: "noninteractive" } });
  let { code } = await apt("update");
  if (code === 0) ({ code } = await apt("install", "-y", "chromium"));
  if (code !== 0 || !existsSync(CHROMIUM)) return fail("apt-get install -y chromium", code || 1);
}

function fail(what, code) {
  throw Object.assign(new Error(`${what} failed (exit code ${code})`), { exitCode: code });
}
