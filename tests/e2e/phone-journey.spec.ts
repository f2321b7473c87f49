import { expect, test, type Page } from "@playwright/test";

// Issue 14, "done when": on a 390 px phone, from the start page, "Webshop" and the Eifelkreis
// Bitburg-Prüm reach a fitting open programme, its advisor and a provider in Bitburg in at most six
// steps (each click or submit is one), with the filter panel collapsed and no page scrolling
// sideways — with JavaScript and without.

const PHONE = { width: 390, height: 844 };
const KREIS = "Eifelkreis Bitburg-Prüm";
const KREIS_SLUG = "eifelkreis-bitburg-pruem";
const MAX_STEPS = 6;

async function expectFitsWidth(page: Page) {
  const { scrollWidth, clientWidth, wide } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").trim().slice(0, 60)}`),
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide at ${clientWidth} px: ${wide.join(" | ")}`).toBeLessThanOrEqual(clientWidth);
}

async function expectFilterPanelCollapsed(page: Page, activeFilters: number) {
  const panel = page.locator("details.filter-panel");
  await expect(panel).toHaveCount(1);
  expect(await panel.evaluate((details: HTMLDetailsElement) => details.open), `${page.url()}: filter panel open`).toBe(false);
  await expect(page.getByTestId("filter-summary")).toHaveText(`Filter (${activeFilters} aktiv)`);
  await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeHidden();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    test("Webshop in the Eifelkreis: start page → open programme → advisor → provider in Bitburg in at most six steps", async ({ page }) => {
      let steps = 0;
      /** One user action that loads a new page; every page visited must fit the phone's width. */
      const step = async (action: () => Promise<unknown>, expectedPath: RegExp) => {
        steps++;
        await action();
        await page.waitForURL(expectedPath);
        await expectFitsWidth(page);
      };

      await page.goto("/");
      await expectFitsWidth(page);
      // Typing and choosing are not steps: they load nothing.
      await page.getByRole("searchbox", { name: "Was möchten Sie digitalisieren?" }).fill("Webshop");
      await page.getByLabel("Landkreis oder Stadt").selectOption({ label: KREIS });

      // 1: the search, for programmes in the chosen Kreis.
      await step(() => page.getByRole("button", { name: "Förderung finden" }).click(), /\/suche\?/);
      const url = new URL(page.url());
      expect(url.searchParams.get("q")).toBe("Webshop");
      expect(url.searchParams.get("typ")).toBe("foerderprogramme");
      expect(url.searchParams.getAll("gebiet")).toEqual([KREIS_SLUG]);
      await expectFilterPanelCollapsed(page, 1);

      // 2: the first open programme among the hits.
      const openHit = page.locator("article").filter({ has: page.locator('[data-status="open"]') }).first();
      await expect(openHit).toBeVisible();
      const programmeTitle = (await openHit.locator("h3 a").innerText()).trim();
      await step(() => openHit.locator("h3 a").click(), /\/foerderprogramme\/[^/?#]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(programmeTitle);
      await expect(page.getByRole("main").locator("[data-status]").first()).toHaveAttribute("data-status", "open");

      // 3: an advisor for this programme, listed on its page.
      const advisorLink = page.getByRole("main").locator('a[href^="/berater/"]').first();
      await expect(advisorLink).toBeVisible();
      const advisorName = (await advisorLink.innerText()).trim();
      await step(() => advisorLink.click(), /\/berater\/[^/?#]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(advisorName);
      await expect(page.getByRole("main").getByRole("link", { name: programmeTitle })).toBeVisible();
      // The advisor serves the Eifelkreis: it is among the Kreise the page leads to providers in.
      const providersInKreis = page.getByRole("link", { name: `Dienstleister – ${KREIS}` });
      await expect(providersInKreis).toBeVisible();

      // 4: the providers seated in the Eifelkreis.
      await step(() => providersInKreis.click(), /\/dienstleister\?/);
      expect(new URL(page.url()).searchParams.getAll("gebiet")).toEqual([KREIS_SLUG]);
      await expectFilterPanelCollapsed(page, 1);

      // 5: a web shop maker in Bitburg.
      const inBitburg = page
        .locator("article")
        .filter({ has: page.locator('dt:text-is("Sitz") + dd', { hasText: /^Bitburg,/ }) })
        .filter({ has: page.locator('dt:text-is("Leistungen") + dd', { hasText: "Websites und Online-Shops" }) })
        .first();
      await expect(inBitburg).toBeVisible();
      const providerName = (await inBitburg.locator("h3 a").innerText()).trim();
      await step(() => inBitburg.locator("h3 a").click(), /\/dienstleister\/[^/?#]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(providerName);
      // The provider's seat: its address is in the town of Bitburg.
      // innerText, not textContent: the address lines are separated by <br>.
      expect(await page.getByRole("main").locator("address").innerText()).toMatch(/^\d{5} Bitburg$/m);

      expect(steps).toBeLessThanOrEqual(MAX_STEPS);
    });
  });
}
