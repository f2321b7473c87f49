import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// French and English for the public portal (issue 20, item 1): /fr/… and /en/… beside the
// unprefixed German pages, a language switch that keeps page and filters, hreflang alternates,
// and a page cache per language (docs/architecture.md, "Languages").

// Long enough that the switch's links make more than 500 bytes of HTML: React 19.2 moves a Suspense
// boundary of that size behind the page, where only JavaScript reveals it.
const FILTERED = "/foerderprogramme?foerderart=zuschuss&gebiet=trier-saarburg&gebiet=bernkastel-wittlich&zielgruppe=kmu&zielgruppe=handwerk";
const FOERDER_CHECK_RESULT = "/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=bis-10000&wann=sofort";

async function firstProgrammeSlug(page: import("@playwright/test").Page) {
  await page.goto("/foerderprogramme");
  const href = await page.locator("article h3 a").first().getAttribute("href");
  const slug = href?.split("/").at(-1);
  if (!slug) throw new Error("no programme on /foerderprogramme");
  return slug;
}

test("switching to French on a filtered programme list keeps the filters", async ({ browser }) => {
  // Without JavaScript: the switch's links must be in the server's HTML.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(FILTERED);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const switchNav = page.getByRole("navigation", { name: "Sprache" });
  const french = switchNav.getByRole("link", { name: "Français" });
  await expect(french).toHaveAttribute("hreflang", "fr");
  await expect(french).toHaveAttribute("lang", "fr");
  await french.click();
  const url = new URL(page.url());
  expect(url.pathname).toBe("/fr/foerderprogramme");
  expect(url.searchParams.get("foerderart")).toBe("zuschuss");
  expect(url.searchParams.getAll("gebiet").sort()).toEqual(["bernkastel-wittlich", "trier-saarburg"]);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Programmes d'aide");
  await expect(page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Programmes d'aide" })).toHaveAttribute("href", "/fr/foerderprogramme");
  // Filtering again stays French: the filter form and the header search post to French addresses.
  await expect(page.locator('form[aria-labelledby="filter-heading"]')).toHaveAttribute("action", /^\/fr\/foerderprogramme#/);
  await expect(page.getByRole("search", { name: "Rechercher dans le portail" })).toHaveAttribute("action", "/fr/suche");
  // and back to German, still filtered
  await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "Deutsch" }).click();
  expect(new URL(page.url()).pathname).toBe("/foerderprogramme");
  expect(new URL(page.url()).searchParams.getAll("gebiet").sort()).toEqual(["bernkastel-wittlich", "trier-saarburg"]);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await context.close();
});

test("the language switch is in the header's HTML, however long the address", async ({ request }) => {
  for (const path of [FILTERED, FOERDER_CHECK_RESULT]) {
    const html = await (await request.get(path)).text();
    const header = /<header[^>]*>[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
    expect(header, path).toContain('<nav aria-label="Sprache" class="lang-switch">');
    expect(header, path).toContain(`hrefLang="fr"`);
    // Nothing of the header waits for a script to be put in place.
    expect(header, path).not.toContain("<template");
  }
});

test("an English programme page names its French and German versions", async ({ page }) => {
  const slug = await firstProgrammeSlug(page);
  const response = await page.goto(`/en/foerderprogramme/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const alternates = page.locator('head link[rel="alternate"][hreflang]');
  const hrefOf = async (lang: string) => new URL((await alternates.and(page.locator(`[hreflang="${lang}"]`)).getAttribute("href"))!).pathname;
  expect(await hrefOf("de")).toBe(`/foerderprogramme/${slug}`);
  expect(await hrefOf("fr")).toBe(`/fr/foerderprogramme/${slug}`);
  expect(await hrefOf("en")).toBe(`/en/foerderprogramme/${slug}`);
  expect(await hrefOf("x-default")).toBe(`/foerderprogramme/${slug}`);
});

test("/de/… redirects to the unprefixed German address, query kept", async ({ request }) => {
  // /de/… is the German pages' internal address: proxy.ts rewrites to it inside the instance, and
  // only a request from outside sees it (tests/cluster/hops.spec.ts holds the rewrites internal).
  const response = await request.get("/de/foerderprogramme?foerderart=zuschuss", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/foerderprogramme?foerderart=zuschuss");
  expect((await request.get("/de", { maxRedirects: 0 })).headers().location).toBe("/");
  const followed = await request.get("/de/foerderprogramme?foerderart=zuschuss");
  expect(followed.status()).toBe(200);
  expect(await followed.text()).toMatch(/<html lang="de"/);
});

test("the signed-in areas are German only", async ({ request }) => {
  for (const path of ["/fr/redaktion", "/en/anmelden"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(response.headers().location, path).toBe(path.slice(3));
  }
});

test("French and English pages come from the page cache, apart from German", async ({ request }) => {
  for (const url of [`/fr${FILTERED}`, "/en/berater", "/fr/impressum"]) {
    expect((await request.get(url)).status(), url).toBe(200);
    await expect.poll(async () => (await request.get(url)).headers()["x-nextjs-cache"], { timeout: 15_000, message: url }).toBe("HIT");
  }
  const english = await (await request.get("/en/berater")).text();
  expect(english).toContain('<html lang="en"');
});

test("unknown pages answer 404 in their language", async ({ page }) => {
  const response = await page.goto("/fr/gibt-es-gar-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
});

test("a French and an English page are accessible", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [path, lang] of [[`/fr${FILTERED}`, "fr"], ["/en", "en"]] as const) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expectNoAxeViolations(page, path);
  }
  await context.close();
});
