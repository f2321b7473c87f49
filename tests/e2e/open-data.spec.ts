import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { watchForeignRequests } from "./support/foreign-requests";

// /daten: reached from the footer without JavaScript, accessible (axe runs in the page, so with
// JavaScript), nothing from other origins; the examples it shows work against this server.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/daten is linked in the footer and names licence, publisher and the curl examples", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Offene Daten" }).click();
    await expect(page).toHaveURL(/\/daten$/);
    await expect(page.getByRole("heading", { level: 1, name: "Offene Daten" })).toBeVisible();
    await expect(page.getByText(/CC BY 4\.0/).first()).toBeVisible();
    await expect(page.getByText(/Herausgeber ist Initiative Region Trier e\. V\./)).toBeVisible();
    await expect(page.getByRole("figure", { name: /Offene Zuschüsse/ }).getByText(/^curl '.*\/api\/v1\/programmes\?foerderart=zuschuss/)).toBeVisible();
    // Feeds and calendar files are data too: their languages are described beside the API's.
    await expect(page.getByRole("region", { name: "Sprachen" })).toContainText("Kalenderdateien der Fristen und Veranstaltungen (iCalendar) nehmen lang=fr");
  });
});

test("/daten passes axe and requests nothing from other origins", async ({ page }) => {
  const foreign = watchForeignRequests(page);
  const response = await page.goto("/daten");
  expect(response?.status()).toBe(200);
  await expectNoAxeViolations(page, "/daten");
  expect(foreign).toEqual([]);
});

test("the example requests on /daten work: filtered list, one entry, 304 for its ETag", async ({ request }) => {
  const list = await request.get("/api/v1/programmes?foerderart=zuschuss&zielgruppe=kmu&status=offen&limit=10");
  expect(list.status()).toBe(200);
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await list.json()) as { items: { slug: string; status: string }[] };
  expect(body.items.length).toBeGreaterThan(0);
  for (const item of body.items) expect(item.status).toMatch(/^(open|rolling)$/);

  const one = await request.get(`/api/v1/programmes/${body.items[0]!.slug}`);
  expect(one.status()).toBe(200);
  const again = await request.get(`/api/v1/programmes/${body.items[0]!.slug}`, { headers: { "If-None-Match": one.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});

test("HEAD shows the validators; the downloads and the DCAT-AP.de file are served", async ({ request }) => {
  const head = await request.head("/api/v1/programmes?limit=1");
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toMatch(/^".+"$/);
  expect(head.headers()["last-modified"]).toBeTruthy();

  const csv = await request.get("/daten/foerderprogramme.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toMatch(/^id;slug;url;title;/);

  const dcat = await request.get("/daten/dcat.ttl");
  expect(dcat.status()).toBe(200);
  expect(dcat.headers()["content-type"]).toBe("text/turtle; charset=utf-8");
  expect(await dcat.text()).toContain("a dcat:Catalog");
});
