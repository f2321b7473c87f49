import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { nextStatusChange } from "../../lib/programme/status";
import { e2eQuery } from "./support/db";
import { cachedEntry, cachedKeys } from "./support/page-cache";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";
import { fillRichText } from "./support/rich-text";
import { distinctSourceUrl, fillPublishFields } from "./support/programme-draft";

// Two instances behind a load balancer: the server Playwright started (A, baseURL) and a second
// `next start` of the same build with the same environment on another port (B): one database, one
// Redis page cache (playwright.config.ts). Saves go through server actions and redirects.
const expect = baseExpect.configure({ timeout: 30_000 });
const EDITOR = "redaktion@regiontrier.example";

test.describe.configure({ mode: "serial" });
test.skip(!!process.env.E2E_BASE_URL, "starts a second instance of the build under test");

/** A port the system calls free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let instanceB: ChildProcess | undefined;
let urlB = "";

test.beforeAll(async () => {
  test.setTimeout(150_000);
  const env = JSON.parse(process.env.E2E_SERVER_ENV ?? "{}") as Record<string, string>;
  if (!env.REDIS_URL) throw new Error("playwright.config.ts passes no REDIS_URL: the instances would not share a cache");
  const port = Number(process.env.E2E_SECOND_PORT) || (await freePort());
  urlB = `http://localhost:${port}`;
  instanceB = spawn(process.execPath, ["node_modules/.bin/next", "start", "-p", String(port)], {
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  await baseExpect
    .poll(async () => (await fetch(`${urlB}/api/health`).catch(() => null))?.status, { timeout: 120_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(() => {
  instanceB?.kill("SIGTERM");
});

/** Requests `path` from B twice; the second answer must come from the shared cache. */
async function warmOnB(request: APIRequestContext, path: string) {
  await request.get(`${urlB}${path}`);
  await expect.poll(async () => (await request.get(`${urlB}${path}`)).headers()["x-nextjs-cache"]).toBe("HIT");
  return request.get(`${urlB}${path}`);
}

async function openForm(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByLabel("Themenfelder filtern")).toBeVisible();
}

/** Creates and publishes a programme through A; returns its edit URL and slug. */
async function publishProgramme(page: Page, title: string) {
  await openForm(page, "/redaktion/foerderprogramme/neu");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Alte Kurzbeschreibung ${title}`);
  await page.getByLabel("Fördergeber").selectOption({ index: 1 });
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill(distinctSourceUrl());
  await fillPublishFields(page);
  await fillRichText(page, "Beschreibung", `Beschreibung von ${title}.`);
  await page.getByLabel("Förderebene").selectOption("LAND");
  await page.getByRole("group", { name: "Förderart" }).getByLabel("Zuschuss").check();
  await page.getByRole("group", { name: "Zielgruppen" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/]+\?meldung=created$/);
  const slug = await page.getByLabel("Webadresse", { exact: true }).inputValue();
  const editUrl = new URL(page.url()).pathname;
  await openForm(page, editUrl);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  return { editUrl, slug };
}

test("an edit and an unpublication through one instance reach the pages cached by the other at once", async ({ page, request }) => {
  test.setTimeout(240_000);
  const word = uniqueWord("Clusterhilfe");
  const title = `Förderung ${word}`;
  await signIn(page, EDITOR);
  const { editUrl, slug } = await publishProgramme(page, title);

  // B caches the detail page and a list view showing the programme (newest first).
  const detail = `/foerderprogramme/${slug}`;
  const list = "/foerderprogramme?ebene=land&foerderart=zuschuss&sortierung=neu";
  expect(await (await warmOnB(request, detail)).text()).toContain(`Alte Kurzbeschreibung ${title}`);
  expect(await (await warmOnB(request, list)).text()).toContain(title);

  // The edit through A: B's very next answer is the new text, rendered anew.
  await openForm(page, editUrl);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Neue Kurzbeschreibung ${word}`);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await page.waitForURL(/meldung=saved/);
  const edited = await request.get(`${urlB}${detail}`);
  expect(edited.headers()["x-nextjs-cache"]).not.toBe("HIT");
  const editedText = await edited.text();
  expect(editedText).toContain(`Neue Kurzbeschreibung ${word}`);
  expect(editedText).not.toContain(`Alte Kurzbeschreibung ${title}`);

  // Unpublished through A: gone from B's detail page and list at once.
  await warmOnB(request, detail);
  await warmOnB(request, list);
  await openForm(page, editUrl);
  await page.getByRole("button", { name: "Zurück in den Entwurf" }).click();
  await page.waitForURL(/meldung=unpublish$/);
  expect((await request.get(`${urlB}${detail}`)).status()).toBe(404);
  expect(await (await request.get(`${urlB}${list}`)).text()).not.toContain(title);
});

test("a detail page is cached with its status-change instant, and shared by both instances", async ({ request }) => {
  const [programme] = await e2eQuery<{ slug: string; applicationStart: string | null; deadline: string }>(
    `SELECT slug, to_char("applicationStart", 'YYYY-MM-DD') AS "applicationStart", to_char(deadline, 'YYYY-MM-DD') AS deadline
       FROM "Programme" WHERE status = 'PUBLISHED' AND deadline >= (now() AT TIME ZONE 'Europe/Berlin')::date ORDER BY deadline LIMIT 1`,
  );
  if (!programme) throw new Error("the seed has no published programme with a deadline ahead");
  const instant = nextStatusChange(programme);
  const path = `/foerderprogramme/${programme.slug}`;
  await warmOnB(request, path);
  // The tag expireRenderAt() set inside the render is in the entry the cache handler stored.
  const [key] = await cachedKeys(`*/foerderprogramme/${programme.slug}`);
  expect(key).toBeDefined();
  expect((await cachedEntry(key!))?.tags).toContain(`expires-at:${instant!.getTime()}`);
  // A serves B's entry: one cache for both, so both stop serving it at that instant.
  expect((await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
});
