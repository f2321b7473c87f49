import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";
import { fillRichText } from "./support/rich-text";

// Editing advisors and providers in /redaktion. Every entry is created here with a unique name,
// so the specs run beside others (two workers) without depending on shared data.
const EDITOR = "redaktion@regiontrier.example";

// Several pages (and axe runs) per test, on two busy cores in CI.
test.describe.configure({ timeout: 240_000 });

async function expectAccessible(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page, path);
}

/** The edit page's id from its URL (/redaktion/<type>/<id>?meldung=…). */
const idFromUrl = (page: Page) => new URL(page.url()).pathname.split("/").at(-1)!;

async function createAdvisor(page: Page, name: string) {
  await page.goto("/redaktion/berater/neu");
  await page.getByLabel("Art des Eintrags").selectOption("PERSON");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Berät Betriebe in Trier zu ${name}.`);
  await page.getByLabel("Organisation").selectOption("ihk-trier");
  await page.getByRole("group", { name: "Zuständige Gebiete" }).getByLabel("Stadt Trier").check();
  await page.getByRole("group", { name: "Beratungsformen" }).getByLabel("Telefonisch").check();
  await page.getByLabel("E-Mail-Adresse").fill("beratung@example.org");
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/berater\/[^/]+\?meldung=created$/);
  return idFromUrl(page);
}

async function createProvider(page: Page, name: string) {
  await page.goto("/redaktion/dienstleister/neu");
  await page.getByLabel("Firmenname").fill(name);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Websites für Betriebe an der Mosel.");
  await fillRichText(page, "Beschreibung", "Wir bauen <strong>barrierefreie</strong> Websites.\n\nSeit 2010.");
  await page.getByRole("group", { name: /Leistungen/ }).getByLabel("Websites und Online-Shops").check();
  await page.getByLabel("Unternehmensgröße").selectOption("SMALL");
  await page.getByLabel("Ort", { exact: true }).fill("Wittlich");
  await page.getByLabel("Landkreis des Sitzes").selectOption("bernkastel-wittlich");
  await page.getByLabel("E-Mail-Adresse").fill("kontakt@example.org");
  await page.getByLabel("Titel des Projekts (Referenz 1)").fill("Shop für eine Bäckerei");
  await page.getByLabel("Beschreibung (Referenz 1)").fill("Onlineshop mit Abholung.");
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/dienstleister\/[^/]+\?meldung=created$/);
  return idFromUrl(page);
}

test("an editor creates an advisor draft (not public), previews it, publishes it and it appears on /berater/<slug>", async ({ page }) => {
  await signIn(page, EDITOR);
  const word = uniqueWord("Lotsin");
  const name = `Erika ${word}`;
  const id = await createAdvisor(page, name);
  await expect(page.getByText("Der Entwurf wurde angelegt.")).toBeVisible();
  const slug = await page.getByLabel("Webadresse", { exact: true }).inputValue();
  expect(slug).toBe(`erika-${word.toLowerCase()}`);

  expect((await page.goto(`/berater/${slug}`))?.status()).toBe(404);

  await page.goto(`/redaktion/berater/${id}/vorschau`);
  await expect(page.getByText("Vorschau – nicht öffentlich")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.goto(`/redaktion/berater/${id}`);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  await expect(page.getByText("Der Eintrag ist jetzt veröffentlicht.")).toBeVisible();

  await page.goto(`/berater/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("IHK Trier").first()).toBeVisible();
});

test("an editor edits a published provider and the public page shows the change", async ({ page }) => {
  await signIn(page, EDITOR);
  const name = `${uniqueWord("Webwerk")} GmbH`;
  const id = await createProvider(page, name);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  const slug = await page.getByLabel("Webadresse", { exact: true }).inputValue();

  // Visited (and cached) before the edit: the edit must expire it.
  await page.goto(`/dienstleister/${slug}`);
  await expect(page.getByText("Websites für Betriebe an der Mosel.")).toBeVisible();
  await expect(page.getByText("barrierefreie")).toBeVisible();

  await page.goto(`/redaktion/dienstleister/${id}`);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Jetzt auch Online-Shops mit Warenwirtschaft.");
  // Pasted into the editor, which already drops the script and the link target; the server's own
  // sanitizing of such a post is hostile-input.spec.ts's (it posts the form without the editor).
  await fillRichText(page, "Beschreibung", '<p>Neu: <script>alert(1)</script><a href="javascript:alert(1)">Link</a> Shops.</p>');
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await page.waitForURL(/meldung=saved$/);

  await page.goto(`/dienstleister/${slug}`);
  await expect(page.getByText("Jetzt auch Online-Shops mit Warenwirtschaft.")).toBeVisible();
  await expect(page.getByText("Neu: Link Shops.")).toBeVisible();
  // The breadcrumb's structured data is the article's one script (escaped JSON, never run).
  expect(await page.locator('article script:not([type="application/ld+json"])').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);

  await page.goto(`/redaktion/dienstleister/${id}/verlauf`);
  await expect(page.getByRole("heading", { level: 2, name: /Bearbeitet/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Jetzt auch Online-Shops mit Warenwirtschaft." })).toBeVisible();
});

for (const { type, list, filtered, create } of [
  {
    type: "advisor",
    list: "/redaktion/berater",
    filtered: "?status=DRAFT&sortierung=name&gebiet=stadt-trier",
    create: (page: Page) => createAdvisor(page, `Axe ${uniqueWord("Pruefung")}`),
  },
  {
    type: "provider",
    list: "/redaktion/dienstleister",
    filtered: "?leistung=WEBSITE_SHOP&ungeprueft=1",
    create: (page: Page) => createProvider(page, `${uniqueWord("Axewerk")} GmbH`),
  },
]) {
  test(`${type} editor pages are accessible: list, filtered list, forms, preview and history`, async ({ page }) => {
    await signIn(page, EDITOR);
    const id = await create(page);
    for (const path of [list, `${list}${filtered}`, `${list}/neu`, `${list}/${id}`, `${list}/${id}/vorschau`, `${list}/${id}/verlauf`]) {
      await expectAccessible(page, path);
    }
  });
}

test("a refused save keeps the typed values and shows the messages next to the fields", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/redaktion/berater/neu");
  await page.getByLabel("Name", { exact: true }).fill("Ohne Gebiet");
  await page.getByLabel("Postleitzahl").fill("5429");
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Postleitzahl: Bitte geben Sie eine Postleitzahl mit fünf Ziffern an/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Zuständige Gebiete: Bitte wählen Sie mindestens einen Eintrag/ })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Ohne Gebiet");
  await expect(page).toHaveTitle(/^Fehler: /);
});

test("a second save of a concurrently edited advisor is refused with the conflict shown and the input kept", async ({ page, context }) => {
  await signIn(page, EDITOR);
  const id = await createAdvisor(page, `Konflikt ${uniqueWord("Parallel")}`);
  const other = await context.newPage();
  await other.goto(`/redaktion/berater/${id}`);
  await page.goto(`/redaktion/berater/${id}`);

  await other.getByLabel("Ort", { exact: true }).fill("Bitburg");
  await other.getByLabel("Art des Eintrags").selectOption("DESK");
  await other.getByRole("button", { name: "Änderungen speichern" }).click();
  await other.waitForURL(/meldung=saved$/);

  await page.getByLabel("Funktion", { exact: true }).fill("Meine Fassung");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  const conflict = page.getByRole("region", { name: "Bearbeitungskonflikt" });
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(conflict.getByRole("row", { name: /Ort.*Bitburg/ })).toBeVisible();
  await expect(conflict.getByRole("row", { name: /Funktion.*Meine Fassung/ })).toBeVisible();
  // Choices read as in the form, not as stored enum values.
  await expect(conflict.getByRole("row", { name: /Art des Eintrags.*Beratungsstelle.*Ansprechperson/ })).toBeVisible();
  await expect(conflict).not.toContainText("DESK");
  await expect(conflict).not.toContainText("PERSON");
  await expect(page.getByLabel("Funktion", { exact: true })).toHaveValue("Meine Fassung");
  await expect(page).toHaveURL(new RegExp(`/redaktion/berater/${id}$`));
});
