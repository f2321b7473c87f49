import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "../e2e/support/sign-in";
import { createProgrammeDraft, distinctTitle } from "../e2e/support/programme-draft";
import { uniqueWord } from "../e2e/support/unique-word";

// Two instances of one build (A = baseURL, B) and nginx in front, started by scripts/test-cluster.mjs
// as docs/deployment.md describes. Changes go through A's editor (server actions), reads through B.
const A = process.env.CLUSTER_URL_A!;
const B = process.env.CLUSTER_URL_B!;
const NGINX = process.env.CLUSTER_URL_NGINX!;
const EDITOR = "redaktion@regiontrier.example";
const ACTION = { timeout: 30_000 };

/** Polls `check` every 50 ms; fails unless it holds within `ms` of the call (a slow answer too). */
async function within(ms: number, what: string, check: () => Promise<boolean>) {
  const started = Date.now();
  for (;;) {
    const ok = await check();
    const elapsed = Date.now() - started;
    if (elapsed > ms) throw new Error(`${what}: not within ${ms} ms (${ok ? "only" : "still not"} after ${elapsed} ms)`);
    if (ok) return elapsed;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const statusOf = async (request: APIRequestContext, url: string) => (await request.get(url, { maxRedirects: 0 })).status();
const textOf = async (request: APIRequestContext, url: string) => (await request.get(url)).text();

async function openForm(page: Page, path: string) {
  await page.goto(`${A}${path}`);
  await expect(page.getByLabel("Themenfelder filtern")).toBeVisible(ACTION);
}

test("a programme published on A is on B within 1 s, found by B's search, and 404 on B within 1 s of unpublishing", async ({ page, request }) => {
  test.setTimeout(180_000);
  // Unlike any other title (publishing asks for a confirmation when titles look alike).
  const title = distinctTitle();
  const word = title.split(" ")[1]!;
  await signIn(page, EDITOR);
  const { editPath, slug } = await createProgrammeDraft(page, title);
  const detail = `${B}/foerderprogramme/${slug}`;
  const list = `${B}/foerderprogramme?sortierung=neu`;
  // B has rendered a detail page before (a cold route's first render loads its code) and has the
  // list cached before the change (second request: from the shared cache).
  const seeded = /href="(\/foerderprogramme\/[a-z0-9-]+)"/.exec(await textOf(request, list))?.[1];
  expect(seeded).toBeTruthy();
  await request.get(`${B}${seeded}`);
  await request.get(`${B}/suche?q=digital`);
  expect(await textOf(request, list)).not.toContain(title);

  await openForm(page, editPath);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/, ACTION);
  const published = await within(1000, "published programme on B", async () => (await statusOf(request, detail)) === 200);
  expect(await textOf(request, detail)).toContain(title);
  // The list is re-rendered in full on its first request after the change: on two busy cores that
  // alone can take a second, so it gets more time; what the 1 s is about is the detail page above.
  const listed = await within(5000, "published programme in B's list", async () => (await textOf(request, list)).includes(title));
  console.log(`  published on A → detail 200 on B after ${published} ms, in B's list ${listed} ms later`);

  // The hit's title is marked up (<mark>), its link is not.
  const search = await textOf(request, `${B}/suche?q=${encodeURIComponent(word)}`);
  expect(search).toContain(`href="/foerderprogramme/${slug}"`);

  await request.get(detail);
  await openForm(page, editPath);
  await page.getByRole("button", { name: "Zurück in den Entwurf" }).click();
  await page.waitForURL(/meldung=unpublish$/, ACTION);
  const gone = await within(1000, "unpublished programme gone from B", async () => (await statusOf(request, detail)) === 404);
  console.log(`  unpublished on A → 404 on B after ${gone} ms`);
});

test("a session signed in through A is valid on B", async ({ page }) => {
  await signIn(page, EDITOR);
  const onB = await (await page.request.get(`${B}/api/auth/session`)).json();
  expect(onB.user).toMatchObject({ email: EDITOR });
  await page.goto(`${B}/redaktion`);
  expect(new URL(page.url()).pathname).toBe("/redaktion");
});

test("the sign-in lockout counts failures made on both instances", async ({ browser }) => {
  test.setTimeout(180_000);
  // A client of its own: the instances trust one proxy (TRUSTED_PROXIES=1), as behind nginx.
  const client = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": client } });
  const page = await context.newPage();
  const attempt = async (base: string, password: string) => {
    await page.goto(`${base}/anmelden`);
    await page.getByLabel("E-Mail-Adresse").fill(EDITOR);
    await page.getByLabel("Passwort", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Anmelden" }).click();
  };
  // The 5th failure locks this client out of this account (lib/auth/sign-in.ts): 3 on A and 2 on
  // B, fewer than 5 on either. The 5th already answers with the lock, and so does the right password.
  for (const base of [A, B, A, B]) {
    await attempt(base, "falsches-Passwort");
    await expect(page.getByText("E-Mail-Adresse oder Passwort ist falsch.")).toBeVisible(ACTION);
  }
  await attempt(A, "falsches-Passwort");
  await expect(page.getByText(/Zu viele fehlgeschlagene Anmeldeversuche/)).toBeVisible(ACTION);
  await attempt(B, DEMO_PASSWORD);
  await expect(page.getByText(/Zu viele fehlgeschlagene Anmeldeversuche/)).toBeVisible(ACTION);
  await context.close();
});

test("nginx serves the portal from both instances: brotli or gzip, cached static assets, internal route closed", async ({ request }) => {
  const start = await request.get(`${NGINX}/`, { headers: { "Accept-Encoding": "gzip" } });
  expect(start.status()).toBe(200);
  expect(start.headers()["content-encoding"]).toBe("gzip");
  const html = await start.text();
  expect(html).toContain("Digitale Region Trier");
  // Browsers that take brotli get it (nginx compresses; the instances answer it uncompressed).
  const brotli = await request.get(`${NGINX}/foerderprogramme`, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(brotli.headers()["content-encoding"]).toBe("br");
  expect(brotli.headers()["vary"]).toContain("Accept-Encoding");
  expect(await brotli.text()).toContain("Förderprogramme");
  // Caches ask first (Cache-Control: no-cache); nginx's compression weakens the ETag, and the
  // instance still recognises it: an unchanged page is a 304.
  expect(brotli.headers()["cache-control"]).toBe("no-cache");
  const unchanged = await request.get(`${NGINX}/foerderprogramme`, { headers: { "Accept-Encoding": "br, gzip", "If-None-Match": brotli.headers()["etag"]! } });
  expect(unchanged.status()).toBe(304);

  const asset = /\/_next\/static\/[^"']+\.(?:css|js)/.exec(html)?.[0];
  expect(asset, "a /_next/static asset on the start page").toBeTruthy();
  await request.get(`${NGINX}${asset}`);
  const again = await request.get(`${NGINX}${asset}`, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(again.status()).toBe(200);
  expect(again.headers()["x-cache-status"]).toBe("HIT");
  expect(again.headers()["cache-control"]).toContain("immutable");
  expect(again.headers()["content-encoding"]).toBe("br");

  expect((await request.post(`${NGINX}/api/intern/cache`, { data: { tags: ["programmes"] } })).status()).toBe(404);
  const health = await (await request.get(`${NGINX}/api/health`)).json();
  expect(health).toMatchObject({ status: "ok", database: "ok", redis: { status: "ok" } });
  // Many requests, all answered (nginx alternates between the instances).
  const statuses = await Promise.all(Array.from({ length: 20 }, () => statusOf(request, `${NGINX}/foerderprogramme`)));
  expect(statuses.every((status) => status === 200)).toBe(true);
});

test("through nginx, a client's own X-Forwarded-For does not escape the lockout", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = `niemand-${uniqueWord("x")}@example.org`;
  const context = await browser.newContext();
  const page = await context.newPage();
  for (let i = 0; i < 6; i++) {
    // A different made-up address each time: nginx appends the real one, which the app takes.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `203.0.113.${i + 1}` });
    await page.goto(`${NGINX}/anmelden`);
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort", { exact: true }).fill("falsches-Passwort");
    await page.getByRole("button", { name: "Anmelden" }).click();
    const expected = i < 4 ? "E-Mail-Adresse oder Passwort ist falsch." : /Zu viele fehlgeschlagene Anmeldeversuche/;
    await expect(page.getByText(expected)).toBeVisible(ACTION);
  }
  await context.close();
});
