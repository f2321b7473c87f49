import { expect, test, type Page } from "@playwright/test";
import { Readable } from "node:stream";
import { parseSitemap, parseSitemapIndex } from "sitemap";
import { e2eQuery } from "./support/db";

// Issue 18.4/18.5: structured data on detail pages, robots.txt and a sitemap of exactly the
// published entries, canonical addresses and Open Graph cards.

async function jsonLdOf(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

function ofType(data: Record<string, unknown>[], type: string) {
  return data.filter((item) => item["@type"] === type);
}

async function firstSlug(sql: string): Promise<string> {
  const [row] = await e2eQuery<{ slug: string }>(sql);
  if (!row) throw new Error(`no row for ${sql}`);
  return row.slug;
}

test("robots.txt keeps the signed-in areas and the API out and names the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  for (const path of ["/redaktion", "/mein-profil", "/api/"]) expect(text).toContain(`Disallow: ${path}`);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the sitemap lists every published entry and no unpublished one", async ({ request, baseURL }) => {
  const index = await request.get("/sitemap.xml");
  expect(index.headers()["content-type"]).toContain("xml");
  const files = await parseSitemapIndex(Readable.from([await index.text()]));
  const listed = new Set<string>();
  for (const file of files) {
    const path = new URL(file.url).pathname;
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const url of await parseSitemap(Readable.from([await response.text()]))) {
      expect(url.url.startsWith(`${baseURL}/`), url.url).toBe(true);
      expect(url.links.map((link) => link.lang), url.url).toEqual(["de", "fr", "en", "x-default"]);
      expect(url.links.map((link) => link.url), url.url).toContain(url.url);
      listed.add(new URL(url.url).pathname);
    }
  }
  const rows = await e2eQuery<{ path: string; status: string }>(`
    SELECT '/foerderprogramme/' || slug AS path, status::text FROM "Programme"
    UNION ALL SELECT '/berater/' || slug, status::text FROM "Advisor"
    UNION ALL SELECT '/dienstleister/' || slug, status::text FROM "Provider"
    UNION ALL SELECT '/veranstaltungen/' || slug, status::text FROM "Event"
    UNION ALL SELECT '/initiativen/' || slug, status::text FROM "Initiative"
    UNION ALL SELECT '/aktuelles/' || slug, status::text FROM "NewsItem"
    UNION ALL SELECT '/themen/' || slug, 'PUBLISHED' FROM "Topic"`);
  const published = rows.filter((row) => row.status === "PUBLISHED").map((row) => row.path);
  const unpublished = rows.filter((row) => row.status !== "PUBLISHED").map((row) => row.path);
  expect(published.length).toBeGreaterThan(100);
  expect(unpublished.length).toBeGreaterThan(0);
  expect(published.filter((path) => !listed.has(path))).toEqual([]);
  expect(unpublished.filter((path) => listed.has(path))).toEqual([]);
  for (const page of ["/", "/foerderprogramme", "/berater", "/dienstleister", "/fristen", "/datenschutz", "/veranstaltungen", "/veranstaltungen/archiv", "/initiativen", "/themen", "/aktuelles", "/foerder-check"]) expect(listed).toContain(page);
  // Issue 20: every page in French and English too, each address with its hreflang alternates.
  expect(published.filter((path) => !listed.has(`/fr${path}`) || !listed.has(`/en${path}`))).toEqual([]);
  for (const page of ["/fr", "/en", "/fr/barrierefreiheit", "/en/foerderprogramme"]) expect(listed).toContain(page);
  for (const page of ["/fr/barrierefreiheit", `/en${published[0]}`]) expect((await request.get(page)).status(), page).toBe(200);
  const [past] = await e2eQuery<{ slug: string }>(`SELECT slug FROM "Event" WHERE status = 'PUBLISHED' AND "endsAt" < now() ORDER BY slug LIMIT 1`);
  if (past) expect(listed).toContain(`/veranstaltungen/${past.slug}`);
  expect(await request.get("/sitemaps/unbekannt-1.xml").then((r) => r.status())).toBe(404);
});

test("a programme page describes itself as a MonetaryGrant with a breadcrumb, a canonical address and an Open Graph card", async ({ page, baseURL }) => {
  await page.goto("/foerderprogramme/isb-digiboost");
  const data = await jsonLdOf(page);
  const [grant] = ofType(data, "MonetaryGrant");
  expect(grant).toMatchObject({ "@context": "https://schema.org", name: expect.stringMatching(/^DigiBoost/), url: `${baseURL}/foerderprogramme/isb-digiboost` });
  expect((grant!.funder as { name: string }).name).toMatch(/Investitions- und Strukturbank/);
  const [trail] = ofType(data, "BreadcrumbList");
  expect((trail!.itemListElement as { item: string }[]).map((item) => item.item)).toEqual([`${baseURL}/`, `${baseURL}/foerderprogramme`]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/foerderprogramme/isb-digiboost`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /DigiBoost/);
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "Digitale Region Trier");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${baseURL}/icon-512.png`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "de_DE");
});

// A link shared in a messenger shows the page's own card, not the site's name and description.
test("every public page type has its own Open Graph card: its title, description and canonical address", async ({ page, baseURL }) => {
  const pages = ["/", "/foerderprogramme", "/fristen", "/berater", "/dienstleister", "/veranstaltungen", "/veranstaltungen/archiv", "/initiativen", "/aktuelles", "/themen", "/modellregion", "/foerder-check", "/suche", "/daten", "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/gebaerdensprache", "/dienstleister/eintragen", "/fr/veranstaltungen", "/en/impressum"];
  for (const path of pages) {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).getAttribute("content");
    const ogTitle = await meta('meta[property="og:title"]');
    expect(await page.title(), path).toBe(path === "/" ? ogTitle : `${ogTitle} – Digitale Region Trier`);
    expect(await meta('meta[property="og:description"]'), path).toBe(await meta('meta[name="description"]'));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical, path).toBe(path === "/" ? baseURL : `${baseURL}${path}`);
    expect(await meta('meta[property="og:url"]'), path).toBe(canonical);
  }
});

test("advisor pages describe a person with the organisation they work for, desks as organisations", async ({ page }) => {
  const person = await firstSlug(`SELECT slug FROM "Advisor" WHERE status = 'PUBLISHED' AND kind = 'PERSON' ORDER BY slug LIMIT 1`);
  await page.goto(`/berater/${person}`);
  const [data] = ofType(await jsonLdOf(page), "Person");
  expect(data!.name).toBeTruthy();
  expect(data!.worksFor).toMatchObject({ "@type": "Organization" });
  expect(ofType(await jsonLdOf(page), "BreadcrumbList")).toHaveLength(1);

  const desk = await firstSlug(`SELECT slug FROM "Advisor" WHERE status = 'PUBLISHED' AND kind = 'DESK' ORDER BY slug LIMIT 1`);
  await page.goto(`/berater/${desk}`);
  const [organisation] = ofType(await jsonLdOf(page), "Organization");
  expect(organisation!.parentOrganization).toMatchObject({ "@type": "Organization" });
  expect((organisation!.areaServed as unknown[]).length).toBeGreaterThan(0);
});

test("a provider page describes a LocalBusiness with its address and the Kreis it serves", async ({ page }) => {
  const [row] = await e2eQuery<{ slug: string; town: string; region: string }>(
    `SELECT p.slug, p.town, r.name AS region FROM "Provider" p JOIN "Region" r ON r.id = p."regionId" WHERE p.status = 'PUBLISHED' ORDER BY p.slug LIMIT 1`,
  );
  await page.goto(`/dienstleister/${row!.slug}`);
  const [business] = ofType(await jsonLdOf(page), "LocalBusiness");
  expect(business).toMatchObject({
    address: { "@type": "PostalAddress", addressLocality: row!.town, addressRegion: row!.region, addressCountry: "DE" },
    areaServed: { "@type": "AdministrativeArea", name: row!.region },
  });
  expect((business!.knowsAbout as string[]).length).toBeGreaterThan(0);
});

test("an event page describes an Event with Berlin times and its organiser; an initiative page a Project", async ({ page, baseURL }) => {
  const event = await firstSlug(`SELECT slug FROM "Event" WHERE status = 'PUBLISHED' ORDER BY "startsAt" DESC, slug LIMIT 1`);
  await page.goto(`/veranstaltungen/${event}`);
  const [data] = ofType(await jsonLdOf(page), "Event");
  expect(data).toMatchObject({ "@context": "https://schema.org", url: `${baseURL}/veranstaltungen/${event}`, organizer: { "@type": "Organization" }, eventStatus: "https://schema.org/EventScheduled" });
  expect(data!.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
  expect(String(data!.eventAttendanceMode)).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);

  const initiative = await firstSlug(`SELECT slug FROM "Initiative" WHERE status = 'PUBLISHED' ORDER BY slug LIMIT 1`);
  await page.goto(`/initiativen/${initiative}`);
  const [project] = ofType(await jsonLdOf(page), "Project");
  expect(project).toMatchObject({ url: `${baseURL}/initiativen/${initiative}`, parentOrganization: { "@type": "Organization" } });
});
