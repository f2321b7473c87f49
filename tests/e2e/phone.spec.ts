import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";

// Issue 14, items 4 and 5: the portal on a phone. No page scrolls sideways at 390 or 320 px, even
// with long German compounds; the filter panel is collapsed behind "Filter (N aktiv)", applying it
// lands on the result count, and the active filters are removable chips.

const PHONE = { width: 390, height: 844 };
const SMALL_PHONE = { width: 320, height: 640 };
const LISTS = ["/foerderprogramme", "/berater", "/dienstleister", "/initiativen"] as const;
// No entry contains this word: the search heading repeats it, the longest unbreakable text a visitor can put on a page.
const LONG_WORD = "Digitalisierungsförderprogrammberatungsstellenverzeichnis";

/** The detail page of a list's entry with the longest single word in its title: the hardest case. */
async function longestTitleDetail(page: Page, listPath: string): Promise<string> {
  await page.goto(`${listPath}?sortierung=a-z`);
  const links = await page.locator("article h3 a").evaluateAll((els) =>
    els.map((el) => ({ href: el.getAttribute("href") ?? "", longest: Math.max(...(el.textContent ?? "").split(/\s+/).map((w) => w.length)) })),
  );
  expect(links.length, listPath).toBeGreaterThan(0);
  return links.reduce((a, b) => (b.longest > a.longest ? b : a)).href;
}

async function publicPages(page: Page): Promise<string[]> {
  const details: string[] = [];
  for (const list of LISTS) details.push(await longestTitleDetail(page, list));
  return [
    "/",
    ...LISTS,
    "/foerderprogramme?foerderart=zuschuss&status=offen",
    "/foerderprogramme?q=digital&foerderart=zuschuss",
    "/foerder-check",
    "/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=bis-10000&wann=sofort",
    "/fristen",
    "/fristen?darstellung=kalender",
    "/fristen?darstellung=kalender&status=offen",
    ...details,
    "/suche",
    "/suche?q=digital",
    "/suche?q=digital&typ=foerderprogramme&foerderart=zuschuss",
    `/suche?q=${LONG_WORD}`,
    "/dienstleister/eintragen",
    "/benachrichtigungen/neu?foerderart=zuschuss&thema=digitaler-wandel-wirtschaft&zielgruppe=kmu&q=Digitalisierungsberatung",
    "/datenschutz",
    "/barrierefreiheit",
    "/daten",
    "/impressum",
    "/leichte-sprache",
    "/gebaerdensprache",
    "/foerderprogramme/gibt-es-nicht",
  ];
}

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // Names what sticks out, so a failure says where to look.
    wide: [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 60)}`),
  }));
  expect(scrollWidth, `${path} at ${innerWidth} px is ${scrollWidth} px wide: ${wide.join(" | ")}`).toBeLessThanOrEqual(innerWidth);
}

for (const viewport of [PHONE, SMALL_PHONE]) {
  test(`no public page scrolls sideways at ${viewport.width} px`, async ({ page }) => {
    // About 25 pages, each loaded afresh; the shared two-core runner needs more than two minutes.
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    for (const path of await publicPages(page)) await expectNoSidewaysScroll(page, path);
  });
}

const filterSummary = (page: Page) => page.getByTestId("filter-summary");
const chips = (page: Page) => page.getByRole("link", { name: /^Filter entfernen:/ });

test.describe("filters on a phone without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("the collapsed panel counts the applied filters, lands on the results and removes chips one by one", async ({ page }) => {
    await page.goto("/foerderprogramme");
    const apply = page.getByRole("button", { name: "Filter anwenden" });
    await expect(filterSummary(page)).toHaveText("Filter");
    await expect(apply).toBeHidden();
    // The results come first: the count is on the first screen, above the fold.
    await expect(page.locator("#ergebnisse-heading")).toBeInViewport();
    await expect(chips(page)).toHaveCount(0);

    await filterSummary(page).click();
    await expect(apply).toBeVisible();
    await page.getByRole("group", { name: "Förderart" }).getByLabel(/^Zuschuss/).check();
    await page.getByRole("group", { name: "Förderart" }).getByLabel(/^Darlehen/).check();
    await page.getByRole("group", { name: "Status" }).getByLabel(/^Jetzt beantragbar/).check();
    await apply.click();

    await expect(page).toHaveURL(/foerderart=zuschuss/);
    await expect(page).toHaveURL(/foerderart=darlehen/);
    await expect(page).toHaveURL(/status=offen/);
    await expect(page).toHaveURL(/#ergebnisse$/);
    await expect(filterSummary(page)).toHaveText("Filter (3 aktiv)");
    await expect(apply).toBeHidden();
    await expect(page.locator("#ergebnisse-heading")).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY), "scrolled to the result count").toBeGreaterThan(0);
    await expect(chips(page)).toHaveCount(3);

    await page.getByRole("link", { name: "Filter entfernen: Förderart: Darlehen" }).click();
    await expect(page).not.toHaveURL(/foerderart=darlehen/);
    await expect(page).toHaveURL(/foerderart=zuschuss/);
    await expect(page).toHaveURL(/status=offen/);
    await expect(filterSummary(page)).toHaveText("Filter (2 aktiv)");
    await expect(chips(page)).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Filter entfernen: Förderart: Zuschuss" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Filter entfernen: Status: Jetzt beantragbar" })).toBeVisible();

    await page.getByRole("link", { name: "Alle Filter entfernen" }).click();
    await expect(page).not.toHaveURL(/foerderart|status/);
    await expect(filterSummary(page)).toHaveText("Filter");
    await expect(chips(page)).toHaveCount(0);
  });

  test("a text search (rendered per request) and /suche count and chip their filters too", async ({ page }) => {
    await page.goto("/foerderprogramme?q=digital&foerderart=zuschuss&status=offen");
    await expect(filterSummary(page)).toHaveText("Filter (2 aktiv)");
    await page.getByRole("link", { name: "Filter entfernen: Status: Jetzt beantragbar" }).click();
    await expect(page).toHaveURL(/q=digital/);
    await expect(page).not.toHaveURL(/status=offen/);
    await expect(filterSummary(page)).toHaveText("Filter (1 aktiv)");

    await page.goto("/suche?q=digital&typ=foerderprogramme&foerderart=zuschuss");
    await expect(filterSummary(page)).toHaveText("Filter (1 aktiv)");
    await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeHidden();
    await page.getByRole("link", { name: "Alle Filter entfernen" }).click();
    await expect(page).toHaveURL(/q=digital/);
    await expect(page).toHaveURL(/typ=foerderprogramme/);
    await expect(page).not.toHaveURL(/foerderart/);
    await expect(chips(page)).toHaveCount(0);
  });
});

test("on a wide screen the filter panel is shown as before, without its summary", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/foerderprogramme?foerderart=zuschuss");
  await expect(filterSummary(page)).toBeHidden();
  await expect(page.getByRole("heading", { name: "Filter", level: 2 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Förderart" }).getByLabel(/^Zuschuss/)).toBeChecked();
});

test("a filtered list at 390 px is axe-clean, collapsed and opened", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/foerderprogramme?foerderart=zuschuss&status=offen#ergebnisse");
  await expect(filterSummary(page)).toHaveText("Filter (2 aktiv)");
  await expectNoAxeViolations(page, "collapsed");
  await filterSummary(page).click();
  await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeVisible();
  await expectNoAxeViolations(page, "opened");
});
