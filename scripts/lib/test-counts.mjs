// Test counts from the runners' JSON reports, falling back to their printed summary lines.
import { existsSync, readFileSync, rmSync } from "node:fs";

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, "");
const number = (text, pattern) => Number(pattern.exec(text)?.[1] ?? 0);

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
  } catch {
    return null;
  }
}

/** Removes a previous run's report so that it can never be mistaken for this run's. */
export function clearReport(path) {
  rmSync(path, { force: true });
}

/** { passed, failed } for a vitest run (JSON reporter, else the "Tests  N passed | N failed" line). */
export function vitestCounts(reportPath, output) {
  const report = readJson(reportPath);
  if (report && typeof report.numPassedTests === "number") {
    return { passed: report.numPassedTests, failed: report.numFailedTests, source: "json" };
  }
  const line = /^\s*Tests\s+(.*)$/m.exec(stripAnsi(output))?.[1] ?? "";
  return { passed: number(line, /(\d+) passed/), failed: number(line, /(\d+) failed/), source: "summary" };
}

/** { passed, failed } for a Playwright run (JSON reporter stats, else the list reporter's summary). */
export function playwrightCounts(reportPath, output) {
  const stats = readJson(reportPath)?.stats;
  if (stats && typeof stats.expected === "number") {
    return { passed: stats.expected + (stats.flaky ?? 0), failed: stats.unexpected, source: "json" };
  }
  const text = stripAnsi(output);
  return {
    passed: number(text, /^\s*(\d+) passed/m) + number(text, /^\s*(\d+) flaky/m),
    failed: number(text, /^\s*(\d+) failed/m),
    source: "summary",
  };
}

/** { passed, failed } of `npm run test:cluster` (its JSON file, else its last line). */
export function clusterCounts(reportPath, output) {
  const report = readJson(reportPath);
  if (report && typeof report.passed === "number") return { passed: report.passed, failed: report.failed, source: "json" };
  const text = stripAnsi(output);
  return { passed: number(text, /Cluster tests: (\d+) passed/), failed: number(text, /Cluster tests: \d+ passed, (\d+) failed/), source: "summary" };
}
