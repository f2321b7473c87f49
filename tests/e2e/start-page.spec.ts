import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { e2eQuery } from "./support/db";
import { signIn } from "./support/sign-in";

// Issue 14, item 6: the start page leads with the visitor's task into the search, shows the next
// deadlines and the latest checks, and its header search box has a visible label.

const PHONE = { width: 390, height: 844 };
const deadlines = (page: Page) => page.getByRole("region", { name: "Fristen demnächst" });
const verified = (page: Page) => page.getByRole("region", { name: "Aktuell und geprüft" });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the task form searches programmes in the chosen Kreis", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("search", { name: "Was möchten Sie digitalisieren?" });
    await form.getByRole("searchbox", { name: "Was möchten Sie digitalisieren?" }).fill("Webshop");
    await form.getByLabel("Landkreis oder Stadt").selectOption({ label: "Eifelkreis Bitburg-Prüm" });
    await form.getByRole("button", { name: "Förderung finden" }).click();

    await expect(page).toHaveURL(/\/suche\?/);
    const url = new URL(page.url());
    expect([url.searchParams.get("q"), url.searchParams.get("typ"), url.searchParams.getAll("gebiet")]).toEqual(["Webshop", "foerderprogramme", ["eifelkreis-bitburg-pruem"]]);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Webshop");
    await expect(page.getByRole("link", { name: "Filter entfernen: Gebiet: Eifelkreis Bitburg-Prüm" })).toBeVisible();
    await expect(page.locator('article:has(a[href^="/foerderprogramme/"])').first()).toBeVisible();
  });

  test("without a Kreis it searches the whole region", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Was möchten Sie digitalisieren?" }).fill("IT-Sicherheit");
    await page.getByRole("button", { name: "Förderung finden" }).click();
    await expect(page).toHaveURL(/\/suche\?q=IT-Sicherheit&typ=foerderprogramme&gebiet=$/);
    await expect(page.getByRole("link", { name: /^Filter entfernen:/ })).toHaveCount(0);
    await expect(page.locator('article:has(a[href^="/foerderprogramme/"])').first()).toBeVisible();
  });

  test("every quick task leads to fitting programmes", async ({ page }) => {
    await page.goto("/");
    const tasks = page.getByRole("navigation", { name: "Häufige Vorhaben" }).getByRole("link");
    const links = await tasks.evaluateAll((anchors) => anchors.map((a) => ({ label: a.textContent ?? "", href: a.getAttribute("href") ?? "" })));
    expect(links.map((l) => l.label)).toEqual(["Webshop", "Website", "IT-Sicherheit", "Warenwirtschaft und ERP", "Breitband und Glasfaser", "Künstliche Intelligenz", "Weiterbildung"]);
    for (const { label, href } of links) {
      expect(href, label).toMatch(/^\/suche\?q=[^&]+&typ=foerderprogramme$/);
      await page.goto(href);
      expect(await page.locator('article:has(a[href^="/foerderprogramme/"])').count(), `${label}: ${href}`).toBeGreaterThan(0);
    }
  });

  test("the deadlines and the latest checks are filled", async ({ page }) => {
    await page.goto("/");
    const programmes = deadlines(page).getByRole("listitem");
    expect(await programmes.count()).toBeGreaterThan(0);
    expect(await programmes.count()).toBeLessThanOrEqual(5);
    // Open programmes only, the nearest first: the demo has one whose last day is today.
    for (const status of await deadlines(page).locator("[data-status]").evaluateAll((els) => els.map((el) => el.getAttribute("data-status")))) expect(status).toBe("open");
    await expect(programmes.first().locator("[data-countdown]")).toHaveText("Endet heute");
    await expect(deadlines(page).getByRole("link", { name: "Alle offenen Förderprogramme nach Frist" })).toHaveAttribute("href", "/foerderprogramme?status=offen");

    const entries = verified(page).getByRole("listitem");
    expect(await entries.count()).toBeGreaterThan(0);
    expect(await entries.count()).toBeLessThanOrEqual(6);
    for (const text of await entries.allInnerTexts()) expect(text).toMatch(/geprüft am \d{2}\.\d{2}\.\d{4}/);
    const hrefs = await verified(page).getByRole("link").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) {
      expect(href).toMatch(/^\/(foerderprogramme|berater|dienstleister)\/[^/]+$/);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
  });
});

test("the start page is axe-clean on a desktop and on a 390 px phone, with a visible header search label", async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    const header = page.getByRole("search", { name: "Portal durchsuchen" });
    await expect(header.getByText("Portal durchsuchen", { exact: true })).toBeVisible();
    await expect(header.getByLabel("Portal durchsuchen")).toBeVisible();
    await expectNoAxeViolations(page, `start page at ${viewport.width} px`);
  }
});

test("confirming an entry as checked puts it into 'Aktuell und geprüft' at once", async ({ page }) => {
  // Checked recently, but not among the newest: not on the start page yet, and not stale either.
  const [programme] = await e2eQuery<{ id: string; title: string }>(
    `SELECT id, title FROM "Programme" WHERE status = 'PUBLISHED' AND "lastVerifiedAt" IS NOT NULL
      ORDER BY "lastVerifiedAt" DESC, slug OFFSET 12 LIMIT 1`,
  );
  if (!programme) throw new Error("the seed has too few checked programmes");
  await page.goto("/");
  await expect(verified(page).getByRole("link", { name: programme.title, exact: true })).toHaveCount(0);

  await signIn(page, "redaktion@regiontrier.example");
  await page.goto(`/redaktion/foerderprogramme/${programme.id}`);
  await page.getByRole("button", { name: "Als geprüft bestätigen" }).click();
  await expect(page.getByText("Der Eintrag ist als heute geprüft bestätigt.")).toBeVisible();

  await page.goto("/");
  await expect(verified(page).getByRole("link", { name: programme.title, exact: true })).toBeVisible();
  // With its status in words, as everywhere a programme is named with its deadline.
  const item = verified(page).getByRole("listitem").filter({ has: page.getByRole("link", { name: programme.title, exact: true }) });
  await expect(item.locator(".status-line strong")).toHaveText(/^(Offen|Geschlossen|Demnächst|Laufend|Ohne Frist)/);
});
