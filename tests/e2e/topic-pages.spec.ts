import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsAtUrl } from "./support/axe";
import { signIn } from "./support/sign-in";

// Issue 19, item 1: a page per Themenfeld with everything of that field in one place.
const EDITOR = "redaktion@regiontrier.example";

test("the start page leads to a Themenfeld page with its text, open programmes, advisors and providers", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "KI & Innovation", exact: true }).click();
  await expect(page).toHaveURL(/\/themen\/ki-innovation$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("KI & Innovation");
  await expect(page.getByText("Künstliche Intelligenz kann Texte zusammenfassen")).toBeVisible();
  for (const heading of ["Offene Förderprogramme", "Beratung", "Dienstleister aus der Region", "Initiativen", "Kommende Veranstaltungen"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByTestId("topic-programmes").getByRole("listitem").first()).toBeVisible();
  await expectNoAxeViolations(page, "/themen/ki-innovation");

  // The section's link opens the whole list, filtered the same way.
  await page.getByRole("link", { name: /^Alle \d+ offenen Förderprogramme in der Liste$|^Das offene Förderprogramm in der Liste$/ }).click();
  await expect(page).toHaveURL(/\/foerderprogramme\?thema=ki-innovation&status=offen&status=demnaechst$/);
  await expect(page.getByRole("checkbox", { name: /KI & Innovation/ })).toBeChecked();
});

test("the Themenfeld 'Digitale Verwaltung & Services' shows the Rathaus der Zukunft with its phase and milestones", async ({ page }) => {
  await page.goto("/themen/digitale-verwaltung");
  const initiatives = page.getByTestId("topic-initiatives");
  const item = initiatives.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Rathaus der Zukunft" }) });
  await expect(item).toContainText("Pilot");
  const milestones = item.getByRole("list", { name: "Meilensteine von Rathaus der Zukunft" }).getByRole("listitem");
  await expect(milestones).toHaveCount(4);
  await expect(milestones.first()).toContainText("erreicht");
  await expect(milestones.first()).toContainText("Auftakt und Bestandsaufnahme");
  await expect(milestones.last()).toContainText("geplant");
  await expect(page.getByRole("link", { name: /Veranstaltungen dieses Themenfelds als Kalender/ })).toHaveAttribute("href", "/veranstaltungen/kalender.ics?thema=digitale-verwaltung");
  await expectNoAxeViolations(page, "/themen/digitale-verwaltung");
});

test("the Themenfelder overview lists all eight, linked in the footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Themenfelder" }).click();
  await expect(page).toHaveURL(/\/themen$/);
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(8);
  await expectNoAxeViolations(page, "/themen");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a Themenfeld page is complete, and an unknown one answers a complete 404 page", async ({ page }) => {
    const response = await page.goto("/themen/digitale-verwaltung");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digitale Verwaltung & Services");
    await expectNoAxeViolationsAtUrl(page, "/themen/digitale-verwaltung");

    const missing = await page.goto("/themen/gibt-es-nicht");
    expect(missing?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Startseite" }).first()).toBeVisible();
  });
});

test("editors write the Themenfeld page's text; the page shows it at once", async ({ page }) => {
  const word = `Themenseitentext${Date.now()}`;
  await signIn(page, EDITOR);
  await page.goto("/redaktion/themen");
  await page.getByRole("link", { name: "Bildung & Kompetenzentwicklung" }).click();
  await page.getByLabel("Text der Themenseite").fill(`Erster Absatz mit ${word}.\n\nZweiter Absatz.`);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Die Änderungen wurden gespeichert.")).toBeVisible();

  await page.goto("/themen/bildung-kompetenz");
  await expect(page.getByText(`Erster Absatz mit ${word}.`)).toBeVisible();
  await expect(page.getByText("Zweiter Absatz.")).toBeVisible();
});
