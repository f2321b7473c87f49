import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsAtUrl } from "./support/axe";
import { signIn } from "./support/sign-in";

// Issue 20: Impressum (editable), Leichte Sprache, Gebärdensprache, and no cookie for visitors.
const ADMIN = "admin@regiontrier.example";

async function firstDetailHref(page: Page, listPath: string) {
  await page.goto(listPath);
  const href = await page.locator("article h3 a").first().getAttribute("href");
  if (!href) throw new Error(`no entry on ${listPath}`);
  return href;
}

test("the Impressum shows every field the law asks for, from the database", async ({ page }) => {
  await page.goto("/impressum");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impressum");
  for (const heading of ["Anbieter", "Vertreten durch", "Kontakt", "Registereintrag", "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("Eingetragen im Vereinsregister des Amtsgericht")).toBeVisible();
  await expect(page.getByRole("link", { name: "kontakt@region-trier.example" })).toHaveAttribute("href", "mailto:kontakt@region-trier.example");
  await expectNoAxeViolations(page, "/impressum");
});

test("Leichte Sprache explains the portal in short sentences and lists, linked in the footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Leichte Sprache" }).click();
  await expect(page).toHaveURL(/\/leichte-sprache$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leichte Sprache");
  await expect(page.getByText("Förder-Programm bedeutet: Sie bekommen Geld für eine Sache.", { exact: false })).toBeVisible();
  // one statement per sentence: no paragraph of the page is longer than two short sentences
  const paragraphs = await page.locator("main article p").allTextContents();
  for (const text of paragraphs) expect(text.split(/[.!?:] /).length, text).toBeLessThanOrEqual(2);
  await expectNoAxeViolations(page, "/leichte-sprache");
});

test("Gebärdensprache says what the portal is and that the video follows, linked in the footer", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Gebärdensprache" }).click();
  await expect(page).toHaveURL(/\/gebaerdensprache$/);
  await expect(page.getByRole("heading", { level: 2, name: "Was ist dieses Portal?" })).toBeVisible();
  await expect(page.getByText("Ein Video in Deutscher Gebärdensprache (DGS) erklärt bald")).toBeVisible();
  await expectNoAxeViolations(page, "/gebaerdensprache");
});

test("an admin edits the Impressum without JavaScript: error next to the field, then the public page shows the change", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  await page.goto("/redaktion/impressum");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impressum bearbeiten");
  await page.getByLabel("Telefonnummer").fill("keine");
  await page.getByLabel("Adresse des Videos (optional)").fill("https://video.example.com/dgs.mp4");
  await page.getByRole("button", { name: "Impressum speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeVisible();
  await expect(page.getByLabel("Telefonnummer")).toHaveAccessibleDescription(/Bitte geben Sie eine Telefonnummer an/);
  await expect(page.getByLabel("Adresse des Videos (optional)")).toHaveAccessibleDescription(/ein Video auf diesem Portal/);
  await expectNoAxeViolationsAtUrl(page, "/redaktion/impressum");

  const board = `Vorstand E2E ${Date.now()}`;
  await page.getByLabel("Telefonnummer").fill("+49 651 12345-0");
  await page.getByLabel("Adresse des Videos (optional)").fill("/medien/gebaerdensprache.mp4");
  await page.getByLabel("Vertreten durch (Vorstand)").fill(board);
  await page.getByRole("button", { name: "Impressum speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toHaveCount(0);
  await page.goto("/impressum");
  await expect(page.getByText(board)).toBeVisible();
  await page.goto("/gebaerdensprache");
  await expect(page.getByRole("link", { name: "Video in Deutscher Gebärdensprache öffnen" })).toHaveAttribute("href", "/medien/gebaerdensprache.mp4");
  await context.close();
});

test("the sign-language video carries its captions as a German default track, edited beside the video's address", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, ADMIN);
  await page.goto("/redaktion/impressum");
  const captions = page.getByLabel("Adresse der Untertitel (optional)");
  await page.getByLabel("Adresse des Videos (optional)").fill("/medien/gebaerdensprache.mp4");
  await captions.fill("https://video.example.com/dgs.vtt");
  await page.getByRole("button", { name: "Impressum speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeVisible();
  await expect(captions).toHaveAccessibleDescription(/Bitte geben Sie Untertitel auf diesem Portal an/);

  const file = `/medien/gebaerdensprache-${Date.now()}.vtt`;
  await captions.fill(file);
  await page.getByRole("button", { name: "Impressum speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toHaveCount(0);
  await expect(captions).toHaveValue(file);

  await page.goto("/gebaerdensprache");
  const track = page.locator("video track");
  await expect(track).toHaveCount(1);
  await expect(track).toHaveAttribute("kind", "captions");
  await expect(track).toHaveAttribute("src", file);
  await expect(track).toHaveAttribute("srclang", "de");
  await expect(track).toHaveAttribute("label", "Deutsch");
  await expect(track).toHaveAttribute("default", "");
  await expectNoAxeViolationsAtUrl(page, "/gebaerdensprache with captions");

  // Emptied again: without an address the page has no track (and other specs see the page as before).
  await page.goto("/redaktion/impressum");
  await captions.fill("");
  await page.getByRole("button", { name: "Impressum speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toHaveCount(0);
  await page.goto("/gebaerdensprache");
  await expect(page.locator("video source")).toHaveCount(1);
  await expect(page.locator("video track")).toHaveCount(0);

  // And without a video the page says that it follows, as seeded: a second run of this file starts
  // where the first did.
  await page.goto("/redaktion/impressum");
  await page.getByLabel("Adresse des Videos (optional)").fill("");
  await page.getByRole("button", { name: "Impressum speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toHaveCount(0);
  await page.goto("/gebaerdensprache");
  await expect(page.locator("video")).toHaveCount(0);
  await expect(page.getByText("Ein Video in Deutscher Gebärdensprache (DGS) erklärt bald")).toBeVisible();
  await context.close();
});

test("public pages of every type set no cookie for a visitor who does not sign in", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const setCookies: string[] = [];
  page.on("response", async (response) => {
    const header = await response.headerValue("set-cookie").catch(() => null);
    if (header) setCookies.push(`${response.url()}: ${header}`);
  });
  const details = [await firstDetailHref(page, "/foerderprogramme"), await firstDetailHref(page, "/berater"), await firstDetailHref(page, "/dienstleister")];
  const paths = [
    "/",
    "/foerderprogramme",
    "/foerderprogramme?foerderart=zuschuss",
    "/berater",
    "/dienstleister",
    ...details,
    "/fristen",
    "/suche?q=digital",
    "/foerder-check",
    "/dienstleister/eintragen",
    "/benachrichtigungen/neu",
    "/daten",
    "/impressum",
    "/datenschutz",
    "/barrierefreiheit",
    "/leichte-sprache",
    "/gebaerdensprache",
    "/anmelden",
    "/foerderprogramme/gibt-es-nicht",
  ];
  for (const path of paths) await page.goto(path);
  expect(setCookies).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test("a barrier is reported without JavaScript: errors next to the fields, then the thank-you page; editors set its status", async ({ browser }) => {
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const page = await visitor.newPage();
  await page.goto("/barrierefreiheit");
  await expect(page.getByText("Schlichtungsstelle beim Landesbeauftragten für die Belange behinderter Menschen Rheinland-Pfalz")).toBeVisible();
  await page.getByLabel("Ihre E-Mail-Adresse (optional)").fill("kein-at");
  await page.getByRole("button", { name: "Meldung senden" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeVisible();
  await expect(page.getByLabel("Ihre Nachricht")).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus/);
  await expect(page.getByLabel("Ihre E-Mail-Adresse (optional)")).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
  await expectNoAxeViolationsAtUrl(page, "/barrierefreiheit with errors");

  const message = `Der Kalender ist nicht mit der Tastatur bedienbar (E2E ${Date.now()})`;
  await page.getByLabel("Ihre E-Mail-Adresse (optional)").fill("leserin@example.org");
  await page.getByLabel("Auf welcher Seite ist die Barriere?").fill("/fristen?darstellung=kalender");
  await page.getByLabel("Ihre Nachricht").fill(message);
  await page.getByRole("button", { name: "Meldung senden" }).click();
  await page.waitForURL(/\/barrierefreiheit\/danke$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank für Ihre Meldung");
  expect(await visitor.cookies()).toEqual([]);
  await visitor.close();

  const editorContext = await browser.newContext({ javaScriptEnabled: false });
  const editor = await editorContext.newPage();
  await signIn(editor, "redaktion@regiontrier.example");
  await editor.goto("/redaktion/rueckmeldungen");
  const item = editor.getByRole("listitem").filter({ hasText: message });
  await expect(item.getByRole("heading", { level: 2 })).toContainText("neu");
  await item.getByLabel("Status").selectOption("ANSWERED");
  await item.getByRole("button", { name: "Status speichern" }).click();
  await expect(editor.getByRole("listitem").filter({ hasText: message }).getByRole("heading", { level: 2 })).toContainText("beantwortet");
  await expectNoAxeViolationsAtUrl(editor, "/redaktion/rueckmeldungen");
  await editorContext.close();
});
