import { expect, test, type APIResponse } from "@playwright/test";
import { cachedKeys } from "./support/page-cache";

// Next repeats the Location header for cached redirects; every copy must name the same URL.
const locationsOf = (response: APIResponse) => response.headersArray().filter((h) => h.name.toLowerCase() === "location").map((h) => h.value);

test("filter-only list URLs and text searches are served from the page cache", async ({ request }) => {
  const url = "/foerderprogramme?ebene=land&foerderart=zuschuss";
  await request.get(url);
  const cached = await request.get("/foerderprogramme?foerderart=zuschuss&ebene=land&sortierung=frist");
  expect(cached.status()).toBe(200);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  // The same search in another spelling of its URL is the same cached page (Next writes after
  // responding, so the second request may still be a miss).
  for (const [first, again] of [
    ["/foerderprogramme?q=digital&foerderart=zuschuss", "/foerderprogramme?foerderart=zuschuss&q=%20digital%20&utm_source=x"],
    ["/suche?q=webshop&typ=dienstleister", "/suche?typ=dienstleister&sortierung=relevanz&q=webshop"],
  ]) {
    expect((await request.get(first!)).status()).toBe(200);
    await expect.poll(async () => (await request.get(again!)).headers()["x-nextjs-cache"], { timeout: 15_000 }).toBe("HIT");
  }
});

test("unknown filter values lead to the clean URL instead of a cached page", async ({ request }) => {
  const response = await request.get("/berater?organisation=gibt-es-nicht&thema=ki-innovation", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(locationsOf(response).length).toBeGreaterThan(0);
  for (const location of locationsOf(response)) expect(location).toBe("/berater?thema=ki-innovation");
});

test("detail pages are served from the page cache", async ({ page, request }) => {
  await page.goto("/dienstleister");
  const href = await page.locator("article h3 a").first().getAttribute("href");
  await request.get(href!);
  const again = await request.get(href!);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
});

// Entries of the page cache of the servers under test: Redis keys under the run's prefix (Next 16
// scopes page keys per route, "/route-cache/APP_PAGE/<route hash>/$/…"), one per page.
const listViews = async (list: string) => (await cachedKeys(`*/${list}/ansicht/*`)).length;

// A valid filter combination that earlier runs against the same build (whose page cache persists)
// have almost surely not asked for: a random non-empty subset of a facet's values and a random page.
function unusedCombination(list: string, facet: string, values: string[], fixed: string) {
  let subset = values.filter(() => Math.random() < 0.5);
  if (subset.length === 0) subset = [values[0]!];
  const page = 2 + Math.floor(Math.random() * 499);
  return `/${list}?${fixed}&${subset.map((v) => `${facet}=${v}`).join("&")}&seite=${page}`;
}

test("junk filter values never reach the page cache; valid combinations do", async ({ request }) => {
  test.skip(!!process.env.E2E_BASE_URL, "reads the page cache of the servers it started");
  // The clean list (where the junk redirects to) is a valid view of its own: have it cached first,
  // so that only the valid combination below can add one.
  await request.get("/berater");
  await expect.poll(async () => (await request.get("/berater")).headers()["x-nextjs-cache"], { timeout: 15_000 }).toBe("HIT");
  const before = await listViews("berater");
  const run = `${Date.now().toString(36)}`;
  for (let i = 0; i < 10; i++) {
    const response = await request.get(`/berater?organisation=junk-${run}-${i}&thema=%3Cscript%3E${i}&sprache=xx${i}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
  }
  // Made-up keys of the hidden route itself are refused as well.
  expect((await request.get(`/berater/ansicht/${Buffer.from(`thema=junk-${run}`).toString("base64url")}`, { maxRedirects: 0 })).status()).toBe(307);

  // A real combination is cached. Next writes after responding, so wait for that entry; the junk
  // requests came first, so their entries (if any were written) are on disk by then too.
  const valid = await request.get(unusedCombination("berater", "gebiet", ["vulkaneifel", "stadt-trier", "trier-saarburg", "bernkastel-wittlich", "eifelkreis-bitburg-pruem"], "thema=ki-innovation&sortierung=organisation"));
  expect(valid.status()).toBe(200);
  await expect.poll(() => listViews("berater"), { timeout: 15_000 }).toBeGreaterThan(before);
  expect(await listViews("berater")).toBe(before + 1);
});

test("made-up detail slugs are answered 404 and never cached", async ({ request }) => {
  test.skip(!!process.env.E2E_BASE_URL, "reads the page cache of the servers it started");
  const slug = `gibt-es-nicht-${Date.now().toString(36)}`;
  for (let i = 0; i < 3; i++) expect((await request.get(`/foerderprogramme/${slug}-${i}`)).status()).toBe(404);
  // A new list view requested afterwards is written; by then the 404s would have been too.
  const views = await listViews("foerderprogramme");
  const fundingTypes = ["zuschuss", "darlehen", "buergschaft", "beteiligung", "beratung", "preis", "sonstige"];
  expect((await request.get(unusedCombination("foerderprogramme", "foerderart", fundingTypes, "sortierung=a-z"))).status()).toBe(200);
  await expect.poll(() => listViews("foerderprogramme"), { timeout: 15_000 }).toBeGreaterThan(views);
  expect(await cachedKeys(`*${slug}*`)).toEqual([]);
});

test("a Förder-Check result is served from the page cache; another order of its answers redirects", async ({ request }) => {
  const result = "/foerder-check?wer=handwerk&beschaeftigte=12&wo=vulkaneifel&was=webshop&betrag=bis-10000&wann=sofort";
  expect((await request.get(result)).status()).toBe(200);
  await expect.poll(async () => (await request.get(result)).headers()["x-nextjs-cache"], { timeout: 15_000 }).toBe("HIT");
  const shuffled = await request.get("/foerder-check?wo=vulkaneifel&wer=handwerk&was=webshop&beschaeftigte=12&betrag=bis-10000&wann=sofort", { maxRedirects: 0 });
  // A made-up answer is dropped on the way to the canonical URL, not cached.
  const junk = await request.get(`${result}&utm_source=x`, { maxRedirects: 0 });
  for (const response of [shuffled, junk]) {
    expect(response.status()).toBe(307);
    expect(locationsOf(response)).toContain(result);
    expect(new Set(locationsOf(response)).size).toBe(1);
  }
});
