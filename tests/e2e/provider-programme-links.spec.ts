import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

// Issue 15.5: a provider's Leistungen lead to programmes through the editors' Leistung ↔
// Themenfeld table, and a programme's Themenfelder lead to providers where it applies. Pixelwerk
// Trier offers "Websites und Online-Shops" and "Online-Marketing", both mapped (seed) to "Digitaler
// Wandel in der Wirtschaft" only; the Trier Innenstadthandel programme (that Themenfeld, Stadt Trier,
// deadline in a week) is the nearest open one for it.
const expect = baseExpect.configure({ timeout: 30_000 });
const EDITOR = "redaktion@regiontrier.example";
const PROVIDER = "/dienstleister/pixelwerk-trier";
const PROGRAMME = "/foerderprogramme/trierer-innenstadthandel-digital";
const PROGRAMME_TITLE = "Digitalisierungszuschuss für den Trierer Innenstadthandel";
const TOPIC = "Digitaler Wandel in der Wirtschaft";
const SERVICES = ["Websites und Online-Shops", "Online-Marketing und Social Media"];

const fundingSection = (page: Page) => page.getByRole("region", { name: "Förderprogramme, die solche Leistungen fördern" });

/** Checks or unchecks the Themenfeld for both Leistungen and saves, without JavaScript. */
async function setMapping(page: Page, mapped: boolean) {
  await page.goto("/redaktion/themen/zuordnungen");
  for (const service of SERVICES) {
    const box = page.getByRole("group", { name: `${service}: gefördert in` }).getByRole("checkbox", { name: TOPIC });
    await box.setChecked(mapped);
  }
  await page.getByRole("button", { name: "Zuordnung speichern" }).click();
  await expect(page.getByRole("status")).toContainText("Die Zuordnung ist gespeichert.");
}

test.describe("provider ↔ programme", () => {
  test.describe.configure({ mode: "serial" });

  test("a provider's page shows open programmes for its Leistungen in its Kreis", async ({ page }) => {
    await page.goto(PROVIDER);
    const section = fundingSection(page);
    await expect(section.getByRole("listitem").first()).toContainText(PROGRAMME_TITLE);
    await expect(section.locator("[data-status]").first()).toHaveAttribute("data-status", "open");
    const all = section.getByRole("link", { name: /passenden Förderprogramme anzeigen/ });
    await expect(all).toHaveAttribute("href", /^\/foerderprogramme\?thema=digitaler-wandel-wirtschaft&gebiet=stadt-trier&status=offen&status=demnaechst$/);
    await expectNoAxeViolations(page, "provider with programmes");
    // The list, filtered by the link, counts the same programmes: one notion of "applies in the Kreis".
    const total = Number((await all.innerText()).replace(/\D/g, ""));
    await all.click();
    await expect(page.getByRole("link", { name: PROGRAMME_TITLE })).toBeVisible();
    expect(Number((await page.locator("#ergebnisse-heading").innerText()).replace(/\D/g, ""))).toBe(total);
  });

  test("a programme's page lists providers seated where it applies", async ({ page }) => {
    await page.goto(PROGRAMME);
    const section = page.getByRole("region", { name: "Dienstleister aus der Region für solche Vorhaben" });
    const items = section.getByRole("listitem");
    await expect(items.first()).toBeVisible();
    // A Stadt Trier programme: every listed provider has its seat there.
    for (const text of await items.allInnerTexts()) expect(text).toContain(", Stadt Trier");
    const all = section.getByRole("link", { name: /passenden? Dienstleister/ });
    await expect(all).toHaveAttribute("href", /^\/dienstleister\?(leistung=[a-z-]+&)+gebiet=stadt-trier$/);
    await expectNoAxeViolations(page, "programme with providers");
    const total = Number((await all.innerText()).replace(/\D/g, ""));
    await all.click();
    expect(Number((await page.locator("#ergebnisse-heading").innerText()).replace(/\D/g, ""))).toBe(total);
  });

  test("the editors' mapping page names each Leistung's Themenfelder and is accessible", async ({ page }) => {
    await signIn(page, EDITOR);
    await page.goto("/redaktion/themen");
    await page.getByRole("link", { name: "Zuordnung von Leistungen zu Themenfeldern bearbeiten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Leistungen und Themenfelder" })).toBeVisible();
    await expect(page.getByRole("group", { name: /: gefördert in$/ })).toHaveCount(10);
    for (const service of SERVICES) {
      await expect(page.getByRole("group", { name: `${service}: gefördert in` }).getByRole("checkbox", { name: TOPIC })).toBeChecked();
    }
    await expectNoAxeViolations(page, "mapping page");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("an editor's change of the mapping takes programmes off a provider's cached page and back", async ({ page, browser }) => {
      const visitor = await browser.newPage();
      try {
        await visitor.goto(PROVIDER);
        await expect(fundingSection(visitor)).toContainText(PROGRAMME_TITLE);

        await signIn(page, EDITOR);
        await setMapping(page, false);
        await visitor.goto(PROVIDER);
        await expect(fundingSection(visitor)).toHaveCount(0);
        await expect(visitor.getByText(PROGRAMME_TITLE)).toHaveCount(0);
        await expect(visitor.getByRole("link", { name: "Passende Förderprogramme finden" })).toBeVisible();

        await setMapping(page, true);
        await visitor.goto(PROVIDER);
        await expect(fundingSection(visitor)).toContainText(PROGRAMME_TITLE);
      } finally {
        await visitor.close();
      }
    });
  });
});
