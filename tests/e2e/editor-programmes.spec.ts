import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { captureServerAction } from "./support/server-action";
import { signIn, signedInPage } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";
import { fillRichText } from "./support/rich-text";
import { distinctSourceUrl, fillPublishFields } from "./support/programme-draft";

// Saves go through server actions and redirects; on two busy cores these take a few seconds.
const expect = baseExpect.configure({ timeout: 30_000 });

const EDITOR = "redaktion@regiontrier.example";
const ADVISOR = "berater@regiontrier.example";

/** The pickers' filter boxes appear once React has hydrated the form: typing before would race it. */
async function waitForForm(page: Page) {
  await expect(page.getByLabel("Themenfelder filtern")).toBeVisible();
}

async function openForm(page: Page, url: string) {
  await page.goto(url);
  await waitForForm(page);
}

/** Creates a draft through the form; returns its edit URL and slug. */
async function createDraft(page: Page, title: string) {
  await openForm(page, "/redaktion/foerderprogramme/neu");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Kurz: ${title}`);
  await page.getByLabel("Fördergeber").selectOption({ index: 1 });
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill(distinctSourceUrl());
  await fillPublishFields(page);
  await fillRichText(page, "Beschreibung", `Erster Absatz zu ${title}.\n\nZweiter Absatz.`);
  await page.getByLabel("Förderebene").selectOption("LAND");
  await page.getByRole("group", { name: "Förderart" }).getByLabel("Zuschuss").check();
  await page.getByRole("group", { name: "Zielgruppen" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/]+\?meldung=created$/);
  await expect(page.getByRole("status").filter({ hasText: "Der Entwurf wurde angelegt." })).toBeVisible();
  const slug = await page.getByLabel("Webadresse", { exact: true }).inputValue();
  return { editUrl: new URL(page.url()).pathname, slug };
}

test("an editor creates a draft, previews it, publishes it, edits it and reads its history", async ({ page }) => {
  test.setTimeout(240_000);
  const word = uniqueWord("Lumenkraft");
  const title = `Förderung ${word}`;
  await signIn(page, EDITOR);
  const { editUrl, slug } = await createDraft(page, title);
  await expect(page.getByTestId("public-url")).toHaveText("Dieser Eintrag ist nicht öffentlich.");
  await expect(page.getByRole("region", { name: "Status und Veröffentlichung" })).toContainText("Entwurf");

  // Not public yet: no page, no search hit.
  expect((await page.goto(`/foerderprogramme/${slug}`))?.status()).toBe(404);
  await page.goto(`/suche?q=${word}`);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // Preview: the public rendering with a clear banner.
  await page.goto(`${editUrl}/vorschau`);
  await expect(page.getByRole("status").filter({ hasText: "Vorschau – nicht öffentlich" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("Zweiter Absatz.")).toBeVisible();
  await expectNoAxeViolations(page, "preview");

  // Publish.
  await openForm(page, editUrl);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  await expect(page.getByRole("region", { name: "Status und Veröffentlichung" })).toContainText("Veröffentlicht");
  await expect(page.getByTestId("public-url")).toContainText(`/foerderprogramme/${slug}`);

  expect((await page.goto(`/foerderprogramme/${slug}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.goto(`/suche?q=${word}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // Edit the published programme.
  await openForm(page, editUrl);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Neue Kurzbeschreibung ${word}`);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await page.waitForURL(/meldung=saved/);
  await expect(page.getByLabel("Kurzbeschreibung", { exact: true })).toHaveValue(`Neue Kurzbeschreibung ${word}`);
  await page.goto(`/foerderprogramme/${slug}`);
  await expect(page.getByText(`Neue Kurzbeschreibung ${word}`)).toBeVisible();

  // History: the edit with before and after, plus the publication.
  await page.goto(`${editUrl}/verlauf`);
  const edit = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Bearbeitet/ }) });
  const row = edit.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Kurzbeschreibung" }) });
  await expect(row.locator('[data-side="before"]')).toContainText(`Kurz: ${title}`);
  await expect(row.locator('[data-side="after"]')).toContainText(`Neue Kurzbeschreibung ${word}`);
  await expect(page.getByRole("heading", { name: /^Veröffentlicht/ })).toBeVisible();
  await expectNoAxeViolations(page, "history");
});

test("a conflicting concurrent edit is refused, shows the other value and keeps the typed text", async ({ browser }) => {
  test.setTimeout(240_000);
  const anna = await signedInPage(browser, EDITOR);
  const ben = await signedInPage(browser, EDITOR);
  const { editUrl } = await createDraft(anna.page, `Konflikt ${uniqueWord("Kobalt")}`);
  await openForm(ben.page, editUrl);
  await openForm(anna.page, editUrl);

  await anna.page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Fassung von Anna");
  await anna.page.getByRole("button", { name: "Änderungen speichern" }).click();
  await anna.page.waitForURL(/meldung=saved/);

  await ben.page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Fassung von Ben");
  await ben.page.getByRole("button", { name: "Änderungen speichern" }).click();
  const panel = ben.page.getByRole("region", { name: "Bearbeitungskonflikt" });
  await expect(panel).toBeVisible();
  const row = panel.getByRole("row").filter({ has: ben.page.getByRole("rowheader", { name: "Kurzbeschreibung" }) });
  await expect(row).toContainText("Fassung von Anna");
  await expect(row).toContainText("Fassung von Ben");
  await expect(ben.page.getByLabel("Kurzbeschreibung", { exact: true })).toHaveValue("Fassung von Ben");
  await expectNoAxeViolations(ben.page, "conflict view");

  // Nothing of Ben's was stored.
  await openForm(anna.page, editUrl);
  await expect(anna.page.getByLabel("Kurzbeschreibung", { exact: true })).toHaveValue("Fassung von Anna");
  await anna.context.close();
  await ben.context.close();
});

test("an advisor cannot open the editor area nor call its server actions directly", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const editor = await signedInPage(browser, EDITOR);
  const { editUrl } = await createDraft(editor.page, `Gesperrt ${uniqueWord("Basalt")}`);
  await openForm(editor.page, editUrl);

  // Capture the save action's request (id in the Next-Action header, encoded form body) without
  // letting it reach the server.
  await editor.page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Vom Berater untergeschoben");
  const captured = captureServerAction(editor.page, `**${editUrl}*`);
  await editor.page.getByRole("button", { name: "Änderungen speichern" }).click();
  const { actionId, contentType, body } = await captured;
  expect(actionId).toMatch(/^[0-9a-f]{20,}$/);

  const advisor = await signedInPage(browser, ADVISOR);
  expect((await advisor.page.goto("/redaktion/foerderprogramme"))?.status()).toBe(403);
  expect((await advisor.page.goto(editUrl))?.status()).toBe(403);
  const response = await advisor.page.request.post(`${baseURL}${editUrl}`, {
    headers: { "Next-Action": actionId, "Content-Type": contentType, Origin: baseURL!, Accept: "text/x-component" },
    data: body,
    maxRedirects: 0,
  });
  expect(response.headers()["x-action-redirect"]).toBeUndefined();
  expect(response.status()).not.toBe(303);
  const text = await response.text();
  expect(text).not.toContain("meldung=saved");

  // The programme is unchanged.
  await editor.page.unroute(`**${editUrl}*`);
  await editor.page.goto(editUrl);
  await expect(editor.page.getByLabel("Kurzbeschreibung", { exact: true })).not.toHaveValue("Vom Berater untergeschoben");
  await expect(editor.page.getByTestId("entity-version")).toHaveText("1");

  // Control: the very same request from the editor's session does save, so the replay itself works.
  const control = await editor.page.request.post(`${baseURL}${editUrl}`, {
    headers: { "Next-Action": actionId, "Content-Type": contentType, Origin: baseURL!, Accept: "text/x-component" },
    data: body,
    maxRedirects: 0,
  });
  expect(control.headers()["x-action-redirect"]).toContain("meldung=saved");
  await editor.page.goto(editUrl);
  await expect(editor.page.getByLabel("Kurzbeschreibung", { exact: true })).toHaveValue("Vom Berater untergeschoben");
  await editor.context.close();
  await advisor.context.close();
});

test("list, form with errors, preview and history pass axe", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, EDITOR);
  await page.goto("/redaktion/foerderprogramme?status=PUBLISHED&sortierung=titel");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Förderprogramme bearbeiten");
  await expect(page.getByRole("table")).toBeVisible();
  await expectNoAxeViolations(page, "list");

  await openForm(page, "/redaktion/foerderprogramme/neu");
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Titel: Bitte füllen Sie dieses Feld aus/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Quelle .*https:\/\// })).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expectNoAxeViolations(page, "form with errors");

  await page.goto("/redaktion/foerderprogramme?sortierung=titel");
  const editHref = await page.getByRole("table").getByRole("rowheader").first().getByRole("link").getAttribute("href");
  await openForm(page, editHref!);
  await expectNoAxeViolations(page, "edit form");
  await page.goto(`${editHref}/vorschau`);
  await expectNoAxeViolations(page, "preview of a published programme");
  await page.goto(`${editHref}/verlauf`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Verlauf");
  await expectNoAxeViolations(page, "history");
});

test("the edit form works without JavaScript: errors are shown, a save is stored", async ({ browser }) => {
  test.setTimeout(240_000);
  const editor = await signedInPage(browser, EDITOR);
  const { editUrl } = await createDraft(editor.page, `Ohne Skript ${uniqueWord("Granit")}`);
  await editor.context.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, EDITOR);
  await page.goto(editUrl);
  await page.getByLabel("Titel", { exact: true }).fill("");
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Ohne JavaScript getippt");
  await page.getByLabel("Höchstens Beschäftigte").fill("viele");
  await page.getByLabel("Antrag vor Projektbeginn stellen").selectOption("ja");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" })).toBeVisible();
  await expect(page.getByLabel("Kurzbeschreibung", { exact: true })).toHaveValue("Ohne JavaScript getippt");
  await expect(page.getByLabel("Antrag vor Projektbeginn stellen")).toHaveValue("ja");
  await page.getByLabel("Höchstens Beschäftigte").fill("49");

  await page.getByLabel("Titel", { exact: true }).fill("Ohne Skript gespeichert");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await page.waitForURL(/meldung=saved/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Förderprogramm bearbeiten: Ohne Skript gespeichert");
  await expect(page.getByLabel("Kurzbeschreibung", { exact: true })).toHaveValue("Ohne JavaScript getippt");
  await expect(page.getByTestId("entity-version")).toHaveText("2");
  await expect(page.getByLabel("Höchstens Beschäftigte")).toHaveValue("49");
  await expect(page.getByLabel("Antrag vor Projektbeginn stellen")).toHaveValue("ja");
  await context.close();
});
