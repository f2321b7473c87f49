// `npm run bench:lighthouse` (also part of `npm run bench`): Lighthouse with its default mobile
// preset (a mid-range phone on a slow 4G connection, simulated) and Debian's Chromium, for every
// public page type of a production build. Targets (issue 17): performance ≥ 98, accessibility,
// best practices and SEO 100. Each page is audited after one warm-up request, so the page cache
// answers, as it does for every visitor after the first.
//
// Pages that ask search engines not to index them (robots noindex: /suche, forms) are marked so
// in the table, and the SEO audit "is-crawlable" is left out of their SEO score.
//
// Options: --skip-build (reuse .next) --keep-database (reuse the database as it is) --runs <n>
// (default 1; the median performance score of n runs counts). BENCH_DATABASE_URL overrides the
// database (default: regiontrier_bench on the server of DATABASE_URL). CHROME_PATH overrides the
// browser (default /usr/bin/chromium).
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { appEnv } from "../scripts/lib/app-env.mjs";
import { withDatabase } from "../scripts/lib/database.mjs";
import { findFreePort, waitForHttp } from "../scripts/lib/net.mjs";
import { heading, NEXT_BIN, startBackground, stopAll } from "../scripts/lib/proc.mjs";
import { ensureChromium } from "../scripts/lib/setup.mjs";
import { firstDetailPath } from "./lib/detail-paths.mjs";
import { prepareBench } from "./lib/prepare.mjs";
import { printTable } from "./lib/table.mjs";

const { values: options } = parseArgs({
  options: {
    "skip-build": { type: "boolean", default: false },
    "keep-database": { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
  },
});
const runs = Math.max(1, Number(options.runs));
const TARGETS = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 };
const CATEGORIES = Object.keys(TARGETS);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A category's score without the audits that do not apply to the page. Search result pages and
 * forms ask search engines not to index them (robots noindex, as search engines advise for result
 * pages), which Lighthouse's SEO audit "is-crawlable" counts against them.
 */
function categoryScore(category, audits, skipped) {
  const refs = category.auditRefs.filter((ref) => ref.weight > 0 && !skipped.has(ref.id));
  const total = refs.reduce((sum, ref) => sum + ref.weight, 0);
  return total ? Math.round((refs.reduce((sum, ref) => sum + ref.weight * (audits[ref.id]?.score ?? 0), 0) / total) * 100) : 100;
}

/** One Lighthouse run: the four category scores (0–100) and the audits that cost points. */
async function audit(url, port, { noindex }) {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
  const { categories, audits } = result.lhr;
  const skipped = new Set(noindex ? ["is-crawlable"] : []);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, categories[id] ? categoryScore(categories[id], audits, skipped) : 0]));
  const failing = CATEGORIES.flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && !skipped.has(ref.id) && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1)
      .map((ref) => `${id}: ${ref.id} (${audits[ref.id].displayValue ?? audits[ref.id].score})`),
  );
  return { scores, failing };
}

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? withDatabase(process.env.DATABASE_URL, "regiontrier_bench");
  const port = await findFreePort(3600);
  await prepareBench({ databaseUrl, port: port, keepDatabase: options["keep-database"], skipBuild: options["skip-build"] });
  heading(`Starting next start on port ${port}`);
  startBackground("node", [NEXT_BIN, "start", "-p", String(port)], {
    env: { ...appEnv({ port, databaseUrl }), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${port}`;
  if (!(await waitForHttp(`${base}/api/health`))) throw new Error("the server did not come up");

  const pages = [
    ["start page", "/"],
    ["static page (/datenschutz)", "/datenschutz"],
    ["programme list", "/foerderprogramme"],
    ["programme list, search term", "/foerderprogramme?q=Digitalisierung"],
    ["programme detail", await firstDetailPath(base, "/foerderprogramme")],
    ["deadlines", "/fristen"],
    ["advisor list", "/berater"],
    ["advisor detail", await firstDetailPath(base, "/berater")],
    ["provider list", "/dienstleister"],
    ["provider detail", await firstDetailPath(base, "/dienstleister")],
    ["event list", "/veranstaltungen"],
    ["event detail", await firstDetailPath(base, "/veranstaltungen")],
    ["initiative list", "/initiativen"],
    ["initiative detail", await firstDetailPath(base, "/initiativen")],
    ["news list", "/aktuelles"],
    ["news detail", await firstDetailPath(base, "/aktuelles")],
    ["/suche", "/suche?q=Digitalisierung"],
    ["Förder-Check result", "/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=bis-10000&wann=sofort"],
    ["Themenfeld page", "/themen/ki-innovation"],
    ["Modellregion", "/modellregion"],
    ["Leichte Sprache", "/leichte-sprache"],
    ["alert sign-up form", "/benachrichtigungen/neu"],
  ];

  if (!process.env.CHROME_PATH) await ensureChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
  });
  const rows = [];
  const notes = [];
  let missed = 0;
  try {
    for (const [label, path] of pages) {
      const url = `${base}${path}`;
      const html = await (await fetch(url)).text();
      const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
      const results = [];
      for (let i = 0; i < runs; i += 1) results.push(await audit(url, chrome.port, { noindex }));
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(results.map((r) => r.scores[id]))]));
      const ok = CATEGORIES.every((id) => scores[id] >= TARGETS[id]);
      if (!ok) {
        missed += 1;
        notes.push(`${label}: ${results.at(-1).failing.join("; ")}`);
      }
      rows.push([noindex ? `${label} (noindex)` : label, ...CATEGORIES.map((id) => scores[id]), ok ? "met" : "MISSED"]);
      process.stdout.write(`  ${label}: ${CATEGORIES.map((id) => `${id} ${scores[id]}`).join(", ")}\n`);
    }
  } finally {
    await chrome.kill();
    await stopAll();
  }
  heading("Results (Lighthouse, mobile preset)");
  printTable(
    ["page", "performance (≥ 98)", "accessibility (100)", "best practices (100)", "SEO (100)", "verdict"],
    rows,
  );
  if (notes.length) console.log(`\nWhat cost points:\n${notes.map((note) => `- ${note}`).join("\n")}`);
  process.exit(missed ? 1 : 0);
}

main().catch(async (error) => {
  console.error(`\nBenchmark failed: ${error.message}`);
  await stopAll();
  process.exit(1);
});
