// `npm run screenshots [-- <base URL>]`: photographs the start page, the programme list and a
// programme's page on a desktop (1280 px) and a phone (390 px) into docs/screenshots/*.png, the
// pictures README.md shows. Re-run it after changing how these pages look, and commit the PNGs.
//
// Where the pages come from, in this order:
//   1. the base URL given as argument or in SCREENSHOT_BASE_URL (or E2E_BASE_URL), e.g. a running
//      `npm run demo` on http://localhost:3000 (the default when it answers);
//   2. otherwise a `next start` of the current production build on a free port, against
//      DATABASE_URL (migrated and seeded with the demo data: `npm run demo` once, or `npm test`).
// The programme shown is SCREENSHOT_PROGRAMME (a slug; default isb-digiboost, a demo programme
// with advisors), or the list's first one if that slug does not exist.
//
// Chromium is Debian's (/usr/bin/chromium), as in playwright.config.ts: nothing is downloaded.
// With sharp (installed with Next) the PNGs are quantised to a palette, which keeps each under
// ~300 KB; without it they are written as Chromium made them.
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { appEnv } from "./lib/app-env.mjs";
import { findFreePort, waitForHttp } from "./lib/net.mjs";
import { heading, NEXT_BIN, startBackground, stopAll } from "./lib/proc.mjs";

const OUT_DIR = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const DEFAULT_BASE_URL = "http://localhost:3000";
const PROGRAMME = process.env.SCREENSHOT_PROGRAMME ?? "isb-digiboost";

// Page height is capped: a long list as one picture would be unreadably tall in the README.
const VIEWPORTS = {
  desktop: { width: 1280, height: 800, maxHeight: 1800 },
  phone: { width: 390, height: 844, maxHeight: 1700 },
};

const CHROMIUM = {
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

async function answers(baseUrl) {
  return (await waitForHttp(`${baseUrl}/api/health`, { timeoutMs: 2000, anyStatus: true }))?.status === 200;
}

/** The base URL to photograph, starting `next start` when nothing runs there. */
async function chooseServer() {
  const given = process.argv[2] ?? process.env.SCREENSHOT_BASE_URL ?? process.env.E2E_BASE_URL;
  const baseUrl = (given ?? DEFAULT_BASE_URL).replace(/\/$/, "");
  if (await answers(baseUrl)) return baseUrl;
  if (given) throw new Error(`${baseUrl}/api/health does not answer 200; start the portal there first (npm run demo).`);
  if (!process.env.DATABASE_URL) {
    throw new Error(`Nothing answers on ${DEFAULT_BASE_URL}. Start the demo (npm run demo), pass its URL, or set DATABASE_URL to a seeded database to start the production build here.`);
  }
  const port = await findFreePort(3300);
  heading(`Starting the production build (next start -p ${port})`);
  const app = startBackground("node", [NEXT_BIN, "start", "-p", String(port)], { env: appEnv({ port, databaseUrl: process.env.DATABASE_URL }), stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://localhost:${port}`;
  const health = await waitForHttp(`${url}/api/health`, { timeoutMs: 90_000, isAlive: () => app.exitCode === null });
  if (health?.status !== 200) throw new Error(`next start did not become healthy (${health?.status ?? "no answer"}); is there a build (npm run build)?`);
  return url;
}

async function programmePath(page, baseUrl) {
  const wanted = `/foerderprogramme/${PROGRAMME}`;
  if ((await page.request.get(`${baseUrl}${wanted}`)).status() === 200) return wanted;
  await page.goto(`${baseUrl}/foerderprogramme`);
  const first = await page.locator("article h3 a").first().getAttribute("href");
  if (!first) throw new Error("the programme list is empty: is the database seeded?");
  console.log(`${wanted} does not exist; photographing ${first} instead.`);
  return first;
}

async function loadSharp() {
  try {
    return (await import("sharp")).default;
  } catch {
    console.log("sharp is not installed: the PNGs are written unoptimised.");
    return null;
  }
}

async function capture(page, baseUrl, path, { maxHeight }) {
  await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  return page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, maxHeight) }, animations: "disabled", caret: "hide" });
}

async function main() {
  const baseUrl = await chooseServer();
  const sharp = await loadSharp();
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: 1,
        locale: "de-DE",
        timezoneId: "Europe/Berlin",
        isMobile: device === "phone",
        hasTouch: device === "phone",
      });
      const page = await context.newPage();
      const shots = { start: "/", programmes: "/foerderprogramme", programme: await programmePath(page, baseUrl) };
      for (const [name, path] of Object.entries(shots)) {
        const raw = await capture(page, baseUrl, path, viewport);
        const png = sharp ? await sharp(raw).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toBuffer() : raw;
        const file = `${name}-${device}.png`;
        writeFileSync(`${OUT_DIR}${file}`, png);
        console.log(`docs/screenshots/${file}  ${path}  ${Math.round(png.length / 1024)} KB`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

try {
  heading("Screenshots for README.md (docs/screenshots/)");
  await main();
  await stopAll();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
}
