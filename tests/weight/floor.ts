import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSize, scriptSources } from "./budgets";

// The framework's floor: the scripts Next.js loads for tests/weight/floor-app's page, a server
// component with a link and no client component of ours, built by `npm run build:floor` with the
// same Next.js, React and bundler as the portal (scripts/test.mjs and e2e-prepare build it).
const FLOOR_BUILD = fileURLToPath(new URL("floor-app/.next/", import.meta.url));

export function floorScriptsGzip(): number {
  const page = path.join(FLOOR_BUILD, "server/app/index.html");
  if (!existsSync(page)) throw new Error(`the floor app is not built (${page} missing): run npm run build:floor`);
  const html = readFileSync(page, "utf8");
  return scriptSources(html)
    .map((src) => readFileSync(path.join(FLOOR_BUILD, src.replace(/^\/_next\//, ""))))
    .reduce((sum, body) => sum + gzipSize(body), 0);
}
