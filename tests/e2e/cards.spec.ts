import { expect, test, type Page } from "@playwright/test";
import { DEADLINE_TODAY_SLUG } from "../../prisma/seed/data/programmes/kommune";

// Issue 14 item 2: a card says who may apply, where, how much and until when, so nobody has to
// open every entry to decide. Seed dates are relative to the seed day (prisma/seed/data/schedule.ts).

const card = (page: Page, title: string) => page.locator("article", { has: page.getByRole("heading", { name: title, exact: true }) });
/** The value beside a fact's label, as a reader pairs them. */
const fact = (article: ReturnType<typeof card>, label: string) => article.locator(`dt:text-is("${label}") + dd`);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a programme card on the list shows status, countdown, eligibility, area, funding type and amount", async ({ page }) => {
    await page.goto("/foerderprogramme");
    // open(7): the deadline is 7 Berlin days after the seed day.
    const local = card(page, "Digitalisierungszuschuss für den Trierer Innenstadthandel");
    await expect(local.locator("[data-status]")).toHaveAttribute("data-status", "open");
    await expect(local.locator("[data-status]")).toContainText("Offen");
    await expect(local.locator("[data-countdown]")).toHaveText("Endet in 7 Tagen");
    await expect(fact(local, "Für wen")).toHaveText("Kleine und mittlere Unternehmen, Selbstständige und Freiberufler");
    await expect(fact(local, "Fördergebiet")).toHaveText("Stadt Trier");
    await expect(fact(local, "Förderart")).toHaveText("Zuschuss");
    await expect(fact(local, "Förderung")).toHaveText("Zuschuss 50 % der Kosten, max. 3.000 € je Betrieb");

    const lastDay = page.locator("article", { has: page.locator(`a[href="/foerderprogramme/${DEADLINE_TODAY_SLUG}"]`) });
    await expect(lastDay.locator("[data-countdown]")).toHaveText("Endet heute");
  });

  test("a Land programme serves the whole region; a far deadline gets no countdown", async ({ page }) => {
    await page.goto("/foerderprogramme?ebene=land");
    // open(80): far beyond 14 days.
    const land = card(page, "DigiBoost – Digitalisierungszuschuss für kleine Unternehmen");
    await expect(fact(land, "Fördergebiet")).toHaveText("ganze Region Trier");
    await expect(land.locator("[data-status]")).toHaveAttribute("data-status", "open");
    await expect(land.locator("[data-countdown]")).toHaveCount(0);
  });

  test("a provider card shows its town and Landkreis and its services", async ({ page }) => {
    await page.goto("/dienstleister?gebiet=bernkastel-wittlich");
    const provider = card(page, "Säubrenner Digital GmbH");
    await expect(fact(provider, "Sitz")).toHaveText("Wittlich, Landkreis Bernkastel-Wittlich");
    await expect(fact(provider, "Leistungen")).toContainText("Websites und Online-Shops");
  });

  test("an advisor card shows its organisation and Landkreise", async ({ page }) => {
    await page.goto("/berater?gebiet=stadt-trier");
    const local = card(page, "Daniel Krämer");
    await expect(fact(local, "Organisation")).toHaveText("Wirtschaftsförderung der Stadt Trier");
    await expect(fact(local, "Landkreise")).toHaveText("Stadt Trier");
    const regionWide = card(page, "Katharina Lenz");
    await expect(fact(regionWide, "Organisation")).toHaveText("Industrie- und Handelskammer Trier");
    await expect(fact(regionWide, "Landkreise")).toHaveText("ganze Region Trier");
  });

  test("search hits carry the same facts as the list cards", async ({ page }) => {
    await page.goto("/suche?q=S%C3%A4ubrenner&typ=dienstleister");
    const provider = card(page, "Säubrenner Digital GmbH");
    await expect(fact(provider, "Sitz")).toHaveText("Wittlich, Landkreis Bernkastel-Wittlich");

    await page.goto("/suche?q=Innenstadthandel");
    const programme = page.locator('article:has(a[href^="/foerderprogramme/"])').filter({ hasText: "Trierer Innenstadthandel" }).first();
    await expect(fact(programme, "Fördergebiet")).toHaveText("Stadt Trier");
    await expect(programme.locator("[data-countdown]")).toHaveText("Endet in 7 Tagen");
    await expect(fact(programme, "Für wen")).toContainText("Kleine und mittlere Unternehmen");
  });
});
