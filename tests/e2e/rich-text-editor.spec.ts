import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createProgrammeDraft } from "./support/programme-draft";
import { richTextEditor } from "./support/rich-text";
import { signedInPage, signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";

// The rich-text editor (components/forms/rich-text-field.tsx): toolbar of the sanitizer's subset,
// link targets checked, a preview, and the plain textarea without JavaScript.
const expect = baseExpect.configure({ timeout: 30_000 });
const EDITOR = "redaktion@regiontrier.example";

test.describe.configure({ timeout: 240_000 });

test("with JavaScript: bold, a list and a link through the toolbar, the preview, axe, and the public page", async ({ page }) => {
  await signIn(page, EDITOR);
  const title = `Förderung ${uniqueWord("Kantenglanz")}`;
  const { editPath, slug } = await createProgrammeDraft(page, title);

  const toolbar = page.getByRole("toolbar", { name: "Textformat: Beschreibung", exact: true });
  await expect(toolbar).toBeVisible();
  // The textarea is gone; the editable area is named by the label and described by the hint.
  await expect(page.locator('textarea[name="description"]')).toHaveCount(0);
  const box = richTextEditor(page, "Beschreibung");
  await expect(box).toHaveAttribute("aria-multiline", "true");
  await expect(box).toHaveAccessibleDescription(/Erlaubte HTML-Auszeichnungen/);
  // Exactly the subset, nothing else (no HTML mode).
  await expect(toolbar.getByRole("button")).toHaveText(["Fett", "Kursiv", "Zwischenüberschrift", "Unterüberschrift", "Liste", "Nummerierte Liste", "Link", "Vorschau"]);

  await box.click();
  await box.press("ControlOrMeta+a");
  await box.press("Delete");
  const bold = toolbar.getByRole("button", { name: "Fett" });
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("Wichtig");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.type(" ist der Antrag.");
  await page.keyboard.press("Enter");
  await toolbar.getByRole("button", { name: "Liste", exact: true }).click();
  await expect(toolbar.getByRole("button", { name: "Liste", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("Punkt eins");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Punkt zwei");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Mehr dazu: ");

  // The toolbar is one tab stop; arrow keys move inside it, Enter and Space press.
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Liste", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const link = toolbar.getByRole("button", { name: "Link" });
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  const target = page.getByRole("textbox", { name: "Linkziel" });
  await expect(target).toBeFocused();
  await target.fill("javascript:alert(1)");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Bitte eine Adresse mit https://")).toBeVisible();
  await expect(target).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, "link panel open");
  await target.fill("https://example.org/mehr");
  await page.keyboard.press("Enter");
  await expect(target).toHaveCount(0);
  await expect(box.getByRole("link", { name: "https://example.org/mehr" })).toBeVisible();

  // The preview shows the public rendering.
  const previewButton = toolbar.getByRole("button", { name: "Vorschau" });
  await previewButton.click();
  await expect(previewButton).toHaveAttribute("aria-pressed", "true");
  const preview = page.getByRole("region", { name: "Vorschau: Beschreibung" });
  await expect(preview.locator("strong")).toHaveText("Wichtig");
  await expect(preview.getByRole("listitem")).toHaveText(["Punkt eins", "Punkt zwei"]);
  await expect(preview.getByRole("link", { name: "https://example.org/mehr" })).toHaveAttribute("rel", "noopener noreferrer");
  await expect(box).toBeHidden();
  await expect(bold).toBeDisabled();
  await expectNoAxeViolations(page, "preview shown");
  await previewButton.click();
  await expect(box).toBeVisible();
  await expectNoAxeViolations(page, "editor open");

  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await page.waitForURL(/meldung=saved/);
  await expect(richTextEditor(page, "Beschreibung").locator("strong")).toHaveText("Wichtig");

  await page.goto(editPath);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  expect((await page.goto(`/foerderprogramme/${slug}`))?.status()).toBe(200);
  const main = page.getByRole("main");
  await expect(main.locator("strong", { hasText: "Wichtig" })).toBeVisible();
  await expect(main.locator("ul li", { hasText: "Punkt zwei" })).toBeVisible();
  await expect(main.locator('a[href="https://example.org/mehr"]')).toHaveAttribute("rel", "noopener noreferrer");
  // The public page never loads the editor's code (chunk names are hashes, so look inside them).
  expect(await loadsEditorCode(page)).toBe(false);
  await page.goto(editPath);
  await expect(richTextEditor(page, "Beschreibung")).toBeVisible();
  expect(await loadsEditorCode(page)).toBe(true);
});

/** Whether any script the page has loaded contains ProseMirror, on which the editor is built. */
async function loadsEditorCode(page: Page) {
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => new URL(name).pathname.endsWith(".js")),
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    if ((await (await page.request.get(url)).text()).includes("ProseMirror")) return true;
  }
  return false;
}

test("without JavaScript: the plain textarea takes the HTML subset and the save keeps it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, EDITOR);
  const word = uniqueWord("Schieferblau");
  await page.goto("/redaktion/foerderprogramme/neu");
  await expect(page.getByRole("toolbar")).toHaveCount(0);
  const description = page.getByLabel("Beschreibung", { exact: true });
  await expect(description).toHaveJSProperty("tagName", "TEXTAREA");
  await expect(description).toHaveAccessibleDescription(/Erlaubte HTML-Auszeichnungen/);
  await page.getByLabel("Titel", { exact: true }).fill(`Förderung ${word}`);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Kurz: ${word}`);
  await page.getByLabel("Fördergeber").selectOption({ index: 1 });
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill("https://example.org/foerderung");
  await description.fill('<p><strong>Fett</strong> und <a href="https://example.org/x">Link</a></p><ul><li>Eins</li></ul><script>alert(1)</script>');
  await page.getByLabel("Förderebene").selectOption("LAND");
  await page.getByRole("group", { name: "Förderart" }).getByLabel("Zuschuss").check();
  await page.getByRole("group", { name: "Zielgruppen" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/]+\?meldung=created$/);
  await expect(page.getByLabel("Beschreibung", { exact: true })).toHaveValue(
    '<p><strong>Fett</strong> und <a href="https://example.org/x" rel="noopener noreferrer">Link</a></p><ul><li>Eins</li></ul>',
  );
  await context.close();
});

test("the self-service profile form of a provider edits its description in the editor too", async ({ browser }) => {
  const provider = await signedInPage(browser, "dienstleister@regiontrier.example");
  await provider.page.goto("/mein-profil");
  await expect(provider.page.getByRole("toolbar", { name: "Textformat: Beschreibung", exact: true })).toBeVisible();
  await expect(richTextEditor(provider.page, "Beschreibung")).toHaveAttribute("aria-required", "true");
  await expectNoAxeViolations(provider.page, "mein-profil with the editor");
  await provider.context.close();
});
