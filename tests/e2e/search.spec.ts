import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { watchForeignRequests } from "./support/foreign-requests";

// Search across programmes, advisors and providers: /suche, the header's suggestions, the open API.
// Titles come from prisma/seed/data/programmes/*.ts; the test database is reindexed after the seed.

const EFRE_TITLE = "EFRE Rheinland-Pfalz – Digitalisierung und Innovation im Mittelstand";

const resultCount = async (page: Page) => {
  const text = await page.locator("#ergebnisse-heading").innerText();
  return text.startsWith("Keine") ? 0 : Number(text.replace(/\D/g, ""));
};

/** The number in "Zuschuss (12)". */
const optionCount = async (checkbox: Locator) =>
  Number((await checkbox.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "")).match(/\((\d+)\)\s*$/)?.[1]);

test("a typo still finds the intended programme", async ({ page }) => {
  await page.goto("/suche?q=Digitalisirung+im+Mittelstand");
  await expect(page).toHaveTitle("Suche: Digitalisirung im Mittelstand – Digitale Region Trier");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.locator("article h3 a", { hasText: EFRE_TITLE })).toBeVisible();
  const didYouMean = page.getByText("Meinten Sie").getByRole("link");
  await expect(didYouMean).toHaveText("Digitalisierung im Mittelstand");
  await didYouMean.click();
  await expect(page).toHaveURL(/\/suche\?q=Digitalisierung\+im\+Mittelstand$/);
  await expect(page.locator("article h3 a", { hasText: EFRE_TITLE })).toBeVisible();
});

test("ae/oe/ue spellings find umlauts, with the matches highlighted", async ({ page }) => {
  await page.goto("/suche?q=Foerderung&typ=foerderprogramme");
  const titles = await page.locator("article h3").allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles.some((title) => title.includes("Förderung"))).toBe(true);
  await expect(page.locator("article mark").first()).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("the mixed view groups hits by type and links to all hits of a type", async ({ page }) => {
  await page.goto("/suche?q=digital");
  const nav = page.getByRole("navigation", { name: "Treffer nach Bereich" });
  await expect(nav.getByRole("link", { name: /^Alle Bereiche/ })).toHaveAttribute("aria-current", "page");
  const programmes = page.getByRole("region", { name: /^Förderprogramme/ });
  await expect(programmes.locator("article")).not.toHaveCount(0);
  const showAll = programmes.getByRole("link", { name: /^Alle \d+ Förderprogramme anzeigen/ });
  const expected = Number((await showAll.innerText()).replace(/\D/g, ""));
  await showAll.click();
  await expect(page).toHaveURL(/typ=foerderprogramme/);
  await expect(nav.getByRole("link", { name: /^Förderprogramme/ })).toHaveAttribute("aria-current", "page");
  expect(await resultCount(page)).toBe(expected);
});

test("facet counts equal the results after choosing the value (two facets)", async ({ page }) => {
  await page.goto("/suche?q=digital&typ=foerderprogramme");
  const grant = page.getByRole("group", { name: "Förderart" }).getByLabel(/^Zuschuss/);
  const grantCount = await optionCount(grant);
  expect(grantCount).toBeGreaterThan(0);
  await grant.check();
  await page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(page).toHaveURL(/foerderart=zuschuss/);
  expect(await resultCount(page)).toBe(grantCount);

  const openNow = page.getByRole("group", { name: "Status" }).getByLabel(/^Jetzt beantragbar/);
  const openCount = await optionCount(openNow);
  expect(openCount).toBeGreaterThan(0);
  await openNow.check();
  await page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(page).toHaveURL(/status=offen/);
  expect(await resultCount(page)).toBe(openCount);
  for (const status of await page.locator("article [data-status]").evaluateAll((els) => els.map((el) => el.getAttribute("data-status")))) {
    expect(["open", "rolling"]).toContain(status);
  }
});

test("the directories' text box uses the same forgiving search", async ({ page }) => {
  await page.goto("/foerderprogramme?q=Digitalisirung");
  await expect(page.locator("article h3 a", { hasText: EFRE_TITLE })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search submits to /suche and shows results", async ({ page }) => {
    await page.goto("/");
    const search = page.getByRole("search", { name: "Portal durchsuchen" });
    await search.getByLabel("Portal durchsuchen").fill("Kredit");
    await search.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/suche\?q=Kredit$/);
    await expect(page.locator("article h3 a").first()).toBeVisible();
  });

  test("filters, sorting and pages on /suche work as plain links and forms", async ({ page }) => {
    await page.goto("/suche?q=digital&typ=foerderprogramme");
    await page.getByLabel("Sortieren nach").selectOption("a-z");
    await page.getByRole("button", { name: "Sortieren", exact: true }).click();
    await expect(page).toHaveURL(/sortierung=a-z/);
    await expect(page).toHaveURL(/typ=foerderprogramme/);
    const titles = await page.locator("article h3").allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);
  });
});

/** Focuses the header's search field, which turns it into the suggestion combobox. */
async function useHeaderSearch(page: Page) {
  await page.locator("#kopf-suche").focus();
  const combobox = page.getByRole("combobox", { name: "Portal durchsuchen" });
  await expect(combobox).toBeFocused();
  return combobox;
}

test("typing before the suggestions have loaded is kept, caret and all", async ({ page }) => {
  await page.goto("/");
  await page.locator("#kopf-suche").pressSequentially("KI-Gutsch", { delay: 5 });
  const combobox = page.getByRole("combobox", { name: "Portal durchsuchen" });
  await expect(combobox).toBeFocused();
  await expect(combobox).toHaveValue("KI-Gutsch");
  await expect(page.getByRole("listbox", { name: "Suchvorschläge" })).toBeVisible();
});

test("the suggestion combobox is accessible and works by keyboard", async ({ page }) => {
  const foreign = watchForeignRequests(page);
  await page.goto("/");
  // A plain search field until it is used: the suggestions' code loads on the first focus.
  await expect(page.getByRole("searchbox", { name: "Portal durchsuchen" })).toBeVisible();
  await expect(page.getByRole("combobox")).toHaveCount(0);
  const combobox = await useHeaderSearch(page);
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await combobox.pressSequentially("KI-Gutsch", { delay: 30 });
  const listbox = page.getByRole("listbox", { name: "Suchvorschläge" });
  await expect(listbox).toBeVisible();
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("status").filter({ hasText: /Vorschl/ })).toHaveText(/\d+ Vorschl(ag|äge)/);
  await expectNoAxeViolations(page, "combobox open");

  await page.keyboard.press("ArrowDown");
  const first = listbox.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(combobox).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  const title = (await first.locator("span").first().innerText()).trim();

  await page.keyboard.press("Escape");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/(foerderprogramme|berater|dienstleister)\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(foreign).toEqual([]);
});

test("Enter without a chosen suggestion submits the search", async ({ page }) => {
  await page.goto("/");
  const combobox = await useHeaderSearch(page);
  await combobox.pressSequentially("Beratung", { delay: 20 });
  await expect(page.getByRole("listbox", { name: "Suchvorschläge" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/suche\?q=Beratung$/);
});

test("Tab leaves the combobox and closes the list; a click opens a suggestion", async ({ page }) => {
  await page.goto("/");
  const combobox = await useHeaderSearch(page);
  await combobox.pressSequentially("Kredit", { delay: 20 });
  const listbox = page.getByRole("listbox", { name: "Suchvorschläge" });
  await expect(listbox).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(combobox).toHaveAttribute("aria-expanded", "false");
  await expect(listbox).toBeHidden();
  await expect(page.getByRole("search").getByRole("button", { name: "Suchen" })).toBeFocused();

  await combobox.fill("");
  await combobox.pressSequentially("Kredit", { delay: 20 });
  const option = listbox.getByRole("option").first();
  const title = (await option.locator("span").first().innerText()).trim();
  await option.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

for (const path of ["/suche", "/suche?q=Digitalisierung", "/suche?q=digital&typ=foerderprogramme&foerderart=zuschuss", "/suche?q=zzqxqzzqxq"]) {
  test(`${path} is accessible and stays on its origin`, async ({ page }) => {
    const foreign = watchForeignRequests(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Suche(: .+)? – Digitale Region Trier$/);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectNoAxeViolations(page, path);
    expect(foreign).toEqual([]);
  });
}

test("without results, the page suggests broader searches", async ({ page }) => {
  await page.goto("/suche?q=zzqxqzzqxq");
  await expect(page.getByRole("heading", { name: "Keine Treffer für „zzqxqzzqxq“" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Förderprogramme" }).last()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Förderprogramme nach Themenfeld" })).toBeVisible();
  await expect(page.locator('a[href^="/foerderprogramme?thema="]')).toHaveCount(8);
});

test.describe("the open search API", () => {
  test("answers JSON with hits, counts and no caching", async ({ request }) => {
    const response = await request.get("/api/v1/search?q=digital&typ=foerderprogramme&limit=5");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ query: { q: "digital", typ: "foerderprogramme" }, page: 1, pageSize: 5 });
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits.length).toBeLessThanOrEqual(5);
    expect(body.hits[0]).toMatchObject({ type: "foerderprogramme", url: expect.stringMatching(/^\/foerderprogramme\//) });
    expect(["open", "rolling", "upcoming", "closed"]).toContain(body.hits[0].status);
    expect(body.facetCounts.foerderart).toBeDefined();
  });

  test("suggests entries by prefix", async ({ request }) => {
    const body = await (await request.get("/api/v1/search?q=KI-Gut&vorschlaege=1")).json();
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions[0]).toEqual({ type: expect.any(String), slug: expect.any(String), title: expect.any(String), url: expect.stringMatching(/^\//) });
  });

  for (const [query, field] of [
    ["seite=abc", "seite"],
    [`q=${"a".repeat(201)}`, "q"],
    ["limit=51", "limit"],
    ["typ=termine", "typ"],
  ] as const) {
    test(`answers 400 for ${query.slice(0, 20)}`, async ({ request }) => {
      const response = await request.get(`/api/v1/search?${query}`);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toMatch(/^application\/problem\+json/);
      const body = await response.json();
      expect(body).toMatchObject({ status: 400, title: "Bad Request", code: "INVALID_PARAMETER", field });
      expect(body.detail).toMatch(/Parameter/);
    });
  }
});
