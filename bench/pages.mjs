// `npm run bench:pages` (also part of `npm run bench`): page throughput of a production build against the framework's own static page,
// measured in the same run on this machine, each slice of a page between two slices of the static
// page. Targets (docs/architecture.md): cached detail pages ≥ 80 % of the static page's requests
// per second, every other public page type ≥ 20 % (lists with and without a search term, /suche,
// the API), at 10 and at 16 connections.
//
// Options: --duration <s> (default 10) --connections <n,…> (default 10,16) --scale <n> (adds that many
// synthetic entries before measuring) --skip-build (reuse .next). BENCH_DATABASE_URL overrides
// the database (default: regiontrier_bench on the server of DATABASE_URL), which is recreated.
import { parseArgs } from "node:util";
import { appEnv } from "../scripts/lib/app-env.mjs";
import { clearDataCache } from "../scripts/lib/build-stamp.mjs";
import { prepareFreshDatabase, redact, withDatabase } from "../scripts/lib/database.mjs";
import { findFreePort, waitForHttp } from "../scripts/lib/net.mjs";
import { heading, NEXT_BIN, npmRun, run, startBackground, stopAll } from "../scripts/lib/proc.mjs";
import { measure, warmUp } from "./lib/load.mjs";
import { processTreeMemory } from "./lib/memory.mjs";
import { firstDetailPath } from "./lib/detail-paths.mjs";
import { printTable } from "./lib/table.mjs";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10,16" },
    scale: { type: "string" },
    "skip-build": { type: "boolean", default: false },
  },
});
const durationSeconds = Number(options.duration);
const connectionCounts = options.connections.split(",").map(Number);
const TARGETS = { static: 1, detail: 0.8, list: 0.2 };
/** Each page's time is cut into this many slices, each between two slices of the static page. */
const SLICES = 4;

/** Several measurements of one page as one: mean rate and latencies, all failures. */
function combine(runs) {
  const mean = (pick) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    p50: Math.round(mean((r) => r.p50)),
    p99: Math.round(mean((r) => r.p99)),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A page's share of the static page's rate: each of its slices against the mean of the two static
 * slices around it, then the median, so a burst of outside load spoils one slice, not the verdict.
 */
function bracketedShare(own, reference) {
  return median(own.map((run, i) => run.requestsPerSecond / ((reference[i].requestsPerSecond + reference[i + 1].requestsPerSecond) / 2)));
}

async function prepare(databaseUrl, port) {
  heading(`Database ${redact(databaseUrl)} (fresh, migrated, seeded)`);
  await prepareFreshDatabase(databaseUrl);
  if (options.scale) {
    const { code } = await npmRun("db:seed", ["--scale", options.scale], { env: { DATABASE_URL: databaseUrl } });
    if (code !== 0) throw new Error("synthetic seed failed");
  }
  clearDataCache();
  if (!options["skip-build"]) {
    heading("Production build");
    const { code } = await run("node", [NEXT_BIN, "build"], { env: appEnv({ port, databaseUrl }) });
    if (code !== 0) throw new Error("next build failed");
  }
}

async function main() {
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? withDatabase(process.env.DATABASE_URL, "regiontrier_bench");
  const port = await findFreePort(3500);
  await prepare(databaseUrl, port);

  heading(`Starting next start on port ${port}`);
  const server = startBackground("node", [NEXT_BIN, "start", "-p", String(port)], {
    // The API's request limit would answer the load test with 429s from one client: lifted for the bench.
    env: { ...appEnv({ port, databaseUrl }), NODE_ENV: "production", API_RATE_LIMIT_PER_MINUTE: "1000000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://localhost:${port}`;
  if (!(await waitForHttp(`${base}/api/health`))) throw new Error("the server did not come up");

  const pages = [
    { kind: "static", label: "static page (/datenschutz)", path: "/datenschutz" },
    { kind: "detail", label: "programme detail", path: await firstDetailPath(base, "/foerderprogramme") },
    { kind: "detail", label: "advisor detail", path: await firstDetailPath(base, "/berater") },
    { kind: "detail", label: "provider detail", path: await firstDetailPath(base, "/dienstleister") },
    { kind: "detail", label: "start page", path: "/" },
    { kind: "list", label: "programme list", path: "/foerderprogramme" },
    {
      kind: "list",
      label: "programme list, 4 facets, page 2",
      path: "/foerderprogramme?foerderart=zuschuss&zielgruppe=kmu&status=offen&gebiet=vulkaneifel&sortierung=a-z&seite=2",
    },
    { kind: "list", label: "advisor list, 2 facets", path: "/berater?thema=ki-innovation&gebiet=stadt-trier" },
    { kind: "list", label: "provider list, 2 facets", path: "/dienstleister?leistung=website-shop&gebiet=trier-saarburg" },
    { kind: "list", label: "deadlines, 1 facet", path: "/fristen?foerderart=zuschuss" },
    { kind: "list", label: "deadlines, month calendar", path: "/fristen?darstellung=kalender&status=offen" },
    // The open data API (/api/v1): cached reads plus one rate-limit upsert per request, held to the list target.
    { kind: "list", label: "API programme list, 2 facets", path: "/api/v1/programmes?foerderart=zuschuss&status=offen&limit=20" },
    { kind: "list", label: "API programme by slug", path: `/api/v1/programmes/${(await firstDetailPath(base, "/foerderprogramme")).split("/").pop()}` },
    { kind: "list", label: "API provider list", path: "/api/v1/providers?leistung=website-shop" },
    // One cached page per answer set (proxy.ts), expiring with the programmes' statuses.
    {
      kind: "list",
      label: "Förder-Check result",
      path: "/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=bis-10000&wann=sofort",
    },
    { kind: "list", label: "event list", path: "/veranstaltungen" },
    { kind: "list", label: "event archive", path: "/veranstaltungen/archiv" },
    { kind: "list", label: "initiative list", path: "/initiativen" },
    { kind: "detail", label: "event detail", path: await firstDetailPath(base, "/veranstaltungen") },
    { kind: "detail", label: "initiative detail", path: await firstDetailPath(base, "/initiativen") },
    { kind: "list", label: "Themenfeld page", path: "/themen/ki-innovation" },
    // Text searches: cached per canonical query like the filter views (proxy.ts, …/treffer/<key>).
    { kind: "list", label: "programme list, search term", path: "/foerderprogramme?q=Digitalisierung" },
    { kind: "list", label: "programme list, search term + facet", path: "/foerderprogramme?q=beratung&foerderart=zuschuss" },
    { kind: "list", label: "advisor list, search term", path: "/berater?q=foerderung" },
    { kind: "list", label: "provider list, search term", path: "/dienstleister?q=webshop" },
    { kind: "list", label: "/suche", path: "/suche?q=Digitalisierung" },
    { kind: "list", label: "/suche, misspelt", path: "/suche?q=Digitalisirung" },
    { kind: "list", label: "/suche, one type + facet", path: "/suche?q=digital&typ=foerderprogramme&foerderart=zuschuss" },
    // The JSON search answers per request (no page cache), from the engine.
    { kind: "list", label: "API search", path: "/api/v1/search?q=Digitalisierung" },
  ];

  // This machine is shared and its speed comes and goes within seconds, so every slice of a page is
  // compared with the static page measured just before and just after it.
  const [staticPage, ...measured] = pages;
  const results = [];
  for (const connections of connectionCounts) {
    heading(`Measuring: ${connections} connections, ${durationSeconds} s per page in ${SLICES} slices, each between two slices of the static page`);
    const slice = { connections, durationSeconds: Math.max(1, Math.round(durationSeconds / SLICES)) };
    const staticUrl = `${base}${staticPage.path}`;
    const staticRuns = [];
    const rows = [];
    for (const page of measured) {
      await warmUp(staticUrl);
      await warmUp(`${base}${page.path}`);
      const own = [];
      const reference = [await measure(staticUrl, slice)];
      for (let i = 0; i < SLICES; i += 1) {
        own.push(await measure(`${base}${page.path}`, slice));
        reference.push(await measure(staticUrl, slice));
      }
      staticRuns.push(...reference);
      const result = { ...page, connections, ...combine(own), share: bracketedShare(own, reference) };
      rows.push(result);
      process.stdout.write(`  ${page.label}: ${Math.round(result.requestsPerSecond)} req/s, static page around it ${Math.round(combine(reference).requestsPerSecond)} req/s\n`);
    }
    results.push({ ...staticPage, connections, ...combine(staticRuns), share: 1 }, ...rows);
  }
  const memory = processTreeMemory(server.pid);
  await stopAll();

  let missed = 0;
  const rows = results.map((r) => {
    const ok = r.share >= TARGETS[r.kind] && r.failures === 0;
    if (!ok) missed++;
    return [
      r.label,
      r.connections,
      Math.round(r.requestsPerSecond),
      `${Math.round(r.share * 100)} %`,
      `≥ ${Math.round(TARGETS[r.kind] * 100)} %`,
      `${r.p50} ms`,
      `${r.p99} ms`,
      r.failures,
      ok ? "met" : "MISSED",
    ];
  });
  heading("Results");
  printTable(["page", "connections", "req/s", "of static", "target", "p50", "p99", "failures", "verdict"], rows);
  console.log(`\nServer memory after the run: ${Math.round(memory.rssMiB)} MiB resident, peak ${Math.round(memory.peakMiB)} MiB.`);
  process.exit(missed ? 1 : 0);
}

main().catch(async (error) => {
  console.error(`\nBenchmark failed: ${error.message}`);
  await stopAll();
  process.exit(1);
});
