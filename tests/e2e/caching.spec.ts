import { expect, test } from "@playwright/test";

test("filter-only list URLs are served from the page cache, text searches are not", async ({ request }) => {
  const url = "/foerderprogramme?ebene=land&foerderart=zuschuss";
  await request.get(url);
  const cached = await request.get("/foerderprogramme?foerderart=zuschuss&ebene=land&sortierung=frist");
  expect(cached.status()).toBe(200);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  const search = await request.get("/foerderprogramme?q=digital&foerderart=zuschuss");
  expect(search.status()).toBe(200);
  expect(search.headers()["x-nextjs-cache"]).toBeUndefined();
});

test("unknown filter values lead to the clean URL instead of a cached page", async ({ request }) => {
  const response = await request.get("/berater?organisation=gibt-es-nicht&thema=ki-innovation", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  // Next repeats the Location header for cached redirects; every copy must name the clean URL.
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === "location");
  expect(locations.length).toBeGreaterThan(0);
  for (const location of locations) expect(location.value).toBe("/berater?thema=ki-innovation");
});

test("detail pages are served from the page cache", async ({ page, request }) => {
  await page.goto("/dienstleister");
  const href = await page.locator("article h3 a").first().getAttribute("href");
  await request.get(href!);
  const again = await request.get(href!);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
});
