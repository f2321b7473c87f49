// Child-process helpers for scripts/test.mjs and scripts/demo.mjs.
// Node built-ins only: these run before `npm ci` on a fresh clone.
import { spawn } from "node:child_process";

// Every child we start, so that a signal to us can stop them all (not only the TTY's process group).
const children = new Set();

function track(child) {
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/**
 * Starts a command and resolves to { code, output } when it ends (signals count as failure).
 * capture: also keep stdout+stderr (still shown live); quiet: keep stdout without showing it.
 */
export function run(command, args = [], { env, capture = false, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = track(
      spawn(command, args, {
        env: { ...process.env, ...env },
        stdio: capture || quiet ? ["inherit", "pipe", quiet ? "inherit" : "pipe"] : "inherit",
      }),
    );
    let output = "";
    const keep = (stream, target) =>
      stream?.on("data", (chunk) => {
        if (target) target.write(chunk);
        output += chunk.toString();
      });
    keep(child.stdout, quiet ? null : process.stdout);
    if (!quiet) keep(child.stderr, process.stderr);
    child.on("error", (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve({ code: 127, output });
    });
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** The project's own `next` CLI, run with node directly (no npm/sh in between, so signals reach it). */
export const NEXT_BIN = "node_modules/.bin/next";

/** Runs an npm script (`npm run <name> [-- args]`). */
export function npmRun(script, args = [], options) {
  return run("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], options);
}

/** Starts a long-running child (server, embedded DB) and returns it; the caller stops it. */
export function startBackground(command, args, { env, stdio = "inherit" } = {}) {
  return track(spawn(command, args, { env: { ...process.env, ...env }, stdio }));
}

/** Sends SIGTERM, escalates to SIGKILL after a grace period; resolves when the child has exited. */
export function stopChild(child, graceMs = 8000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Stops every child still running, most recently started first (the app before its database). */
export async function stopAll() {
  for (const child of [...children].reverse()) await stopChild(child);
}

/** A visible heading for each step, so a CI log can be scanned quickly. */
export function heading(text) {
  console.log(`\n\u001b[1m==> ${text}\u001b[0m`);
}
