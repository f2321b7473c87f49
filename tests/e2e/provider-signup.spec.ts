import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { e2eQuery } from "./support/db";
import { errorSummary, expectSummaryInFormOrder, summaryTargets } from "./support/error-summary";
import { watchForeignRequests } from "./support/foreign-requests";
import { mailedLinkPath } from "./support/outbox";
import { signedInPage } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";

async function fillSignupForm(page: Page, company: string, email: string) {
  await page.getByLabel("Name des Unternehmens", { exact: true }).fill(company);
  await page.getByLabel("Postleitzahl", { exact: true }).fill("54290");
  await page.getByLabel("Ort", { exact: true }).fill("Trier");
  await page.getByLabel("Landkreis", { exact: true }).selectOption({ label: "Stadt Trier" });
  await page.getByLabel("Unternehmensgröße", { exact: true }).selectOption({ label: "2 bis 9 Beschäftigte" });
  await page.getByLabel("Website (optional)", { exact: true }).fill("https://example.org");
  await page.getByLabel("Vor- und Nachname", { exact: true }).fill("Erika Muster");
  await page.getByLabel("E-Mail-Adresse", { exact: true }).fill(email);
  await page.getByLabel("Software und Apps", { exact: true }).check();
  await page.getByLabel("Handwerk", { exact: true }).check();
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Apps und Webseiten von ${company} für Betriebe in der Region.`);
  await page.getByLabel("Beschreibung", { exact: true }).fill("Wir entwickeln Apps.\n\nUnd betreuen Webseiten.");
  await page.getByLabel(/^Ich willige ein/).check();
}

// Only this spec signs up; a rerun against the same database must not meet the hourly limit.
test.beforeAll(async () => {
  await e2eQuery(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'signup-ip:%'`);
});

test("a provider signs up, confirms by mail, is approved and appears in the directory and in search", async ({ page, browser }) => {
  // Many steps across two sessions (the visitor and the editor).
  test.setTimeout(180_000);
  const word = uniqueWord("Eintrag");
  const company = `${word} Digital GmbH`;
  const email = `e2e-signup-${Date.now()}@example.org`;
  const foreign = watchForeignRequests(page);

  await page.goto("/dienstleister");
  await page.getByRole("link", { name: "Als Dienstleister eintragen" }).click();
  await page.waitForURL((url) => url.pathname === "/dienstleister/eintragen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Als Dienstleister eintragen");
  await expect(page.getByRole("link", { name: "Datenschutzerklärung" })).toHaveAttribute("href", "/datenschutz");
  await expectNoAxeViolations(page);

  // An empty form: error summary with the fields, title prefixed, still accessible.
  await expect(page).toHaveTitle("Als Dienstleister eintragen – Digitale Region Trier");
  await page.getByRole("button", { name: "Eintrag absenden" }).click();
  const summary = errorSummary(page);
  await expect(summary).toContainText("Name des Unternehmens: Bitte füllen Sie dieses Feld aus.");
  await expect(summary).toContainText("Bitte bestätigen Sie die Einwilligung");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle("Fehler: Als Dienstleister eintragen – Digitale Region Trier");
  // The form renders the page's title itself (the metadata has none): one <title>, not two.
  await expect(page.locator("title")).toHaveCount(1);
  await expectSummaryInFormOrder(page);
  await expectNoAxeViolations(page);

  await fillSignupForm(page, company, email);
  await page.getByRole("button", { name: "Eintrag absenden" }).click();
  await page.waitForURL((url) => url.pathname === "/dienstleister/eintragen/danke");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bitte bestätigen Sie Ihre E-Mail-Adresse");
  await expectNoAxeViolations(page);

  const confirmPath = await mailedLinkPath(email, /https?:\/\/\S+\/dienstleister\/eintragen\/bestaetigen\/[A-Za-z0-9_-]+/);
  await page.goto(confirmPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E-Mail-Adresse bestätigen");
  await expect(page.getByText(company)).toBeVisible();
  await expectNoAxeViolations(page);
  // Opening the link alone confirmed nothing (mail scanners follow links).
  expect(await e2eQuery<{ status: string }>(`SELECT status FROM "ProviderSignup" WHERE email = $1`, [email])).toEqual([{ status: "UNCONFIRMED" }]);
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await page.waitForURL((url) => url.pathname === "/dienstleister/eintragen/bestaetigt");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank, Ihre E-Mail-Adresse ist bestätigt");
  await expectNoAxeViolations(page);
  expect(foreign).toEqual([]);

  // The editor approves it in the queue.
  const { context: editorContext, page: editor } = await signedInPage(browser, "redaktion@regiontrier.example");
  await editor.goto("/redaktion/anmeldungen");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Anmeldungen von Dienstleistern");
  await expectNoAxeViolations(editor);
  await editor.getByRole("link", { name: company }).click();
  await editor.waitForURL(/\/redaktion\/anmeldungen\/[^/?]+$/);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`Anmeldung: ${company}`);
  await expect(editor.getByText("Erika Muster")).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.getByRole("button", { name: "Freigeben" }).click();
  await editor.waitForURL((url) => url.searchParams.get("entschieden") === "freigegeben");
  await expect(editor.getByRole("status").filter({ hasText: "Die Anmeldung wurde freigegeben" })).toBeVisible();
  await expectNoAxeViolations(editor);
  const publicPath = await editor.getByRole("link", { name: /^\/dienstleister\// }).getAttribute("href");
  expect(publicPath).toMatch(/^\/dienstleister\/[a-z0-9-]+$/);
  await editorContext.close();

  // The public directory entry and the search show it.
  await page.goto(publicPath!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(company);
  await page.goto(`/suche?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole("link", { name: company })).toHaveAttribute("href", publicPath!);

  // The contact got an account with an invitation; the confirmation link is used up.
  const users = await e2eQuery<{ role: string }>(`SELECT role::text FROM "User" WHERE email = $1`, [email]);
  expect(users).toEqual([{ role: "PROVIDER" }]);
  await page.goto(confirmPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der Link wurde bereits verwendet");
});

test("a sign-up with the honeypot filled looks successful but stores nothing", async ({ page }) => {
  const company = `${uniqueWord("Robot")} GmbH`;
  const email = `e2e-robot-${Date.now()}@example.org`;
  await page.goto("/dienstleister/eintragen");
  await fillSignupForm(page, company, email);
  await page.evaluate(() => {
    const trap = document.querySelector<HTMLInputElement>('input[name="fax"]');
    if (!trap) throw new Error("honeypot field missing");
    trap.value = "http://spam.example";
  });
  await page.getByRole("button", { name: "Eintrag absenden" }).click();
  await page.waitForURL((url) => url.pathname === "/dienstleister/eintragen/danke");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bitte bestätigen Sie Ihre E-Mail-Adresse");
  expect(await e2eQuery(`SELECT id FROM "ProviderSignup" WHERE email = $1`, [email])).toEqual([]);
  expect(await e2eQuery(`SELECT id FROM "MailMessage" WHERE "toAddress" = $1`, [email])).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Accessibility review, public forms without JavaScript: what the script did after a refused send
  // (title prefix, focus on the summary) must be in the server's HTML, and the summary must read
  // like the form.
  test("a refused send prefixes the title, focuses the summary, lists the problems in the form's order and describes every field by its message", async ({ page }) => {
    await page.goto("/dienstleister/eintragen");
    await expect(page).toHaveTitle("Als Dienstleister eintragen – Digitale Region Trier");
    await page.getByRole("button", { name: "Eintrag absenden" }).click();
    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle("Fehler: Als Dienstleister eintragen – Digitale Region Trier");
    await expect(page.locator("title")).toHaveCount(1);
    expect(await summaryTargets(page)).toEqual([
      "feld-name",
      "feld-postalCode",
      "feld-town",
      "feld-region",
      "feld-size",
      "feld-contactName",
      "feld-email",
      "feld-services",
      "feld-summary",
      "feld-description",
      "feld-consent",
    ]);
    await expectSummaryInFormOrder(page);
    await expect(page.getByRole("checkbox", { name: /^Ich willige ein/ })).toHaveAccessibleDescription(
      "Fehler: Bitte bestätigen Sie die Einwilligung, sonst können wir den Eintrag nicht bearbeiten.",
    );
    await expect(page.getByRole("checkbox", { name: /^Ich willige ein/ })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("group", { name: "Leistungen" })).toHaveAccessibleDescription(
      "Wählen Sie mindestens eine Leistung. Fehler: Bitte wählen Sie mindestens einen Eintrag.",
    );
    await expect(page.getByLabel("Landkreis", { exact: true })).toHaveAccessibleDescription(/Fehler: Bitte füllen Sie dieses Feld aus\.$/);
    await expect(page.getByLabel("E-Mail-Adresse", { exact: true })).toHaveAccessibleDescription(/Fehler: Bitte füllen Sie dieses Feld aus\.$/);
  });

  test("the form shows its errors and sends a sign-up", async ({ page }) => {
    const email = `e2e-nojs-${Date.now()}@example.org`;
    await page.goto("/dienstleister/eintragen");
    await page.getByRole("button", { name: "Eintrag absenden" }).click();
    await expect(page.getByRole("alert", { name: "Es gibt ein Problem" })).toContainText("Name des Unternehmens: Bitte füllen Sie dieses Feld aus.");
    await fillSignupForm(page, `${uniqueWord("Ohneskript")} GmbH`, email);
    await page.getByRole("button", { name: "Eintrag absenden" }).click();
    await page.waitForURL((url) => url.pathname === "/dienstleister/eintragen/danke");
    expect(await e2eQuery<{ status: string }>(`SELECT status FROM "ProviderSignup" WHERE email = $1`, [email])).toEqual([{ status: "UNCONFIRMED" }]);
  });
});
