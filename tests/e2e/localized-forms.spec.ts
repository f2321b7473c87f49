import { expect, test, type Browser } from "@playwright/test";
import { errorSummary, expectSummaryInFormOrder } from "./support/error-summary";
import { mailedLinkPath, waitForMail } from "./support/outbox";

// Issue 20: a reader from Luxembourg sends the public forms in French or English and stays in that
// language: field messages, the thank-you page and every page a form or mail link leads on to.
// The server actions learn the page's language from the address they were posted to (proxy.ts,
// lib/i18n/action-locale.ts), with JavaScript and without.

/** A visitor of its own client address (TRUSTED_PROXIES=1 in the e2e server): the forms' limits count per address. */
async function visitor(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${1 + Math.floor(Math.random() * 250)}` } });
  return { context, page: await context.newPage() };
}

test("the accessibility report on /fr/barrierefreiheit without JavaScript: French field messages, then the French thank-you page", async ({ browser }) => {
  const { context, page } = await visitor(browser, false);
  await page.goto("/fr/barrierefreiheit");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The page is left empty: French messages next to the fields, on the French address.
  await page.getByLabel("Votre message").fill("Le calendrier n'est pas utilisable au clavier.");
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Un problème est survenu" })).toBeVisible();
  await expect(page.getByLabel(/^Sur quelle page se trouve/)).toHaveAccessibleDescription(/Veuillez remplir ce champ\./);
  // Without JavaScript too: the title starts with the catalogue's "Erreur :" and the summary has the focus.
  await expect(errorSummary(page, "Un problème est survenu")).toBeFocused();
  await expect(page).toHaveTitle(/^Erreur\u00a0: Déclaration d'accessibilité – /);
  await expect(page.locator("title")).toHaveCount(1);
  await expectSummaryInFormOrder(page, "Un problème est survenu");
  // French typography: a non-breaking space before the colon between a field's label and its message.
  await expect(errorSummary(page, "Un problème est survenu").getByRole("link").first()).toHaveText(/^Sur quelle page se trouve[^:]*\S\u00a0: Veuillez remplir ce champ\./);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(new URL(page.url()).pathname).toBe("/fr/barrierefreiheit");
  // What was typed is kept; with the page filled in, the French thank-you page.
  await expect(page.getByLabel("Votre message")).toHaveValue("Le calendrier n'est pas utilisable au clavier.");
  await page.getByLabel(/^Sur quelle page se trouve/).fill(`/fr/fristen (E2E ${Date.now()})`);
  await page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/barrierefreiheit/danke");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci pour votre signalement");
  await expect(page.getByRole("main").getByRole("link", { name: "Retour à la déclaration d'accessibilité" })).toHaveAttribute("href", "/fr/barrierefreiheit");
  await context.close();
});

test("the accessibility report on /en/barrierefreiheit with JavaScript ends on the English thank-you page", async ({ browser }) => {
  const { context, page } = await visitor(browser, true);
  await page.goto("/en/barrierefreiheit");
  await page.getByLabel("Which page is the problem on?").fill("/en/suche");
  await page.getByLabel("Your message").fill(`The search box has no visible focus (E2E ${Date.now()})`);
  await page.getByRole("button", { name: "Send report" }).click();
  await page.waitForURL((url) => url.pathname === "/en/barrierefreiheit/danke");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your report");
  await context.close();
});

test("the German form still answers in German on the unprefixed address", async ({ browser }) => {
  const { context, page } = await visitor(browser, false);
  await page.goto("/benachrichtigungen/neu?foerderart=zuschuss");
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(`e2e-de-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Benachrichtigung anfordern" }).click();
  await expect(page.getByText("Bitte bestätigen Sie die Einwilligung.").first()).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/benachrichtigungen/neu");
  // The server's HTML prefixes the title and focuses the summary; the box is described by its message.
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle("Fehler: Per E-Mail benachrichtigen – Digitale Region Trier");
  await expect(page.locator("title")).toHaveCount(1);
  await expect(page.getByRole("checkbox", { name: /^Ich willige ein/ })).toHaveAccessibleDescription("Fehler: Bitte bestätigen Sie die Einwilligung.");
  await context.close();
});

test("an empty German alert request without JavaScript lists address and consent in the form's order", async ({ browser }) => {
  const { context, page } = await visitor(browser, false);
  await page.goto("/benachrichtigungen/neu?foerderart=zuschuss");
  await expect(page).toHaveTitle("Per E-Mail benachrichtigen – Digitale Region Trier");
  await page.getByRole("button", { name: "Benachrichtigung anfordern" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expectSummaryInFormOrder(page);
  await expect(errorSummary(page).getByRole("link")).toHaveText([/^E-Mail-Adresse: /, /^Einwilligung: /]);
  await expect(page.getByRole("textbox", { name: "E-Mail-Adresse" })).toHaveAccessibleDescription(/Fehler: Bitte füllen Sie dieses Feld aus\.$/);
  await context.close();
});

test("an empty German accessibility report without JavaScript: title prefixed, summary focused, in the form's order", async ({ browser }) => {
  const { context, page } = await visitor(browser, false);
  await page.goto("/barrierefreiheit");
  await page.getByLabel("Ihre E-Mail-Adresse (optional)").fill("keine-adresse");
  await page.getByRole("button", { name: "Meldung senden" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(page).toHaveTitle("Fehler: Erklärung zur Barrierefreiheit – Digitale Region Trier");
  await expect(page.locator("title")).toHaveCount(1);
  await expectSummaryInFormOrder(page);
  await context.close();
});

test("an alert requested on the French page without JavaScript: French consent message, French thank-you page, French mail leading to the French confirmation", async ({ browser }) => {
  const { context, page } = await visitor(browser, false);
  const email = `e2e-fr-${Date.now()}@example.org`;
  await page.goto("/fr/benachrichtigungen/neu?foerderart=zuschuss");
  await page.getByRole("textbox", { name: "Adresse électronique" }).fill(email);
  await page.getByRole("button", { name: "Demander l'alerte" }).click();
  await expect(page.getByText("Veuillez confirmer votre consentement.").first()).toBeVisible();
  await page.getByLabel(/^J'accepte que/).check();
  await page.getByRole("button", { name: "Demander l'alerte" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/benachrichtigungen/neu/danke");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Veuillez confirmer votre adresse électronique");
  // The mail speaks French and leads to the French confirmation page, which names the selection in French.
  const mail = await waitForMail(email, /\/fr\/benachrichtigungen\/bestaetigen\//);
  expect(mail.subject).toMatch(/^À confirmer/);
  expect(mail.text).toMatch(/^Bonjour,/);
  expect(mail.html).toContain('<html lang="fr">');
  const confirmPath = await mailedLinkPath(email, /https?:\/\/\S+\/fr\/benachrichtigungen\/bestaetigen\/[A-Za-z0-9_-]+/);
  await page.goto(confirmPath);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByText(/Type d'aide\s: Subvention/)).toBeVisible();
  await context.close();
});

test("the unsubscribe link's French page posts to the French address and ends on the French confirmation", async ({ browser }) => {
  // Unknown tokens get the same pages as known ones (nothing tells whether an address is subscribed).
  const { context, page } = await visitor(browser, false);
  await page.goto("/fr/benachrichtigungen/abmelden/gibt-es-nicht");
  expect(new URL(page.url()).pathname).toBe("/fr/benachrichtigungen/abmelden/gibt-es-nicht/bestaetigen");
  await page.getByRole("button", { name: "Me désabonner maintenant" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/benachrichtigungen/abgemeldet");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vous êtes désabonné(e)");
  // The mails' German link stays German.
  await page.goto("/benachrichtigungen/abmelden/gibt-es-nicht");
  expect(new URL(page.url()).pathname).toBe("/benachrichtigungen/abmelden/gibt-es-nicht/bestaetigen");
  await context.close();
});
