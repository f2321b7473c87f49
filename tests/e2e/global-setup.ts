import { existsSync } from "node:fs";
import type { FullConfig } from "@playwright/test";

/**
 * Runs after the web server has started: make sure it serves a production build and reaches
 * its database, so that a broken environment fails once with a clear message instead of
 * failing every test. The database itself is prepared by scripts/test.mjs (fresh, migrated,
 * seeded, then `next build`), because pages may be prerendered from it at build time.
 */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts sets no baseURL");
  if (!existsSync(".next/BUILD_ID") && !process.env.E2E_BASE_URL) {
    throw new Error("No production build in .next/: run `npm test` (or `npm run build` against the e2e database) first.");
  }
  let response: Response;
  try {
    response = await fetch(new URL("/api/health", baseURL), { signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new Error(`${baseURL}/api/health did not answer: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as { database?: string } | null;
  if (response.status !== 200 || body?.database !== "ok") {
    throw new Error(
      `${baseURL}/api/health answered ${response.status} (database: ${body?.database ?? "?"}). ` +
        "Is the e2e database (default regiontrier_e2e) created, migrated and seeded?",
    );
  }
}
