import { expect as baseExpect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createProgrammeDraft, distinctTitle } from "./support/programme-draft";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";

// Issue 13, item 3: bulk actions in the editor lists. Server actions on two busy cores take a while.
const expect = baseExpect.configure({ timeout: 30_000 });
const EDITOR = "redaktion@regiontrier.example";

test("an editor filters the programme list, publishes all its drafts in one step and the public list shows them", async ({ page }) => {
  test.setTimeout(240_000);
  // Titles that do not look alike (bulk publishing skips look-alikes); the list finds them by their Webadresse.
  const word = uniqueWord("sammelfoerderung").toLowerCase();
  const titles = [distinctTitle(), distinctTitle()];
  await signIn(page, EDITOR);
  for (const [index, title] of titles.entries()) await createProgrammeDraft(page, title, { slug: `${word}-${index}` });

  // Filter with the list's own GET form.
  await page.goto("/redaktion/foerderprogramme");
  await page.getByLabel("Suche in Titel und Webadresse").fill(word);
  await page.getByLabel("Status", { exact: true }).selectOption("DRAFT");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(page).toHaveURL(/status=DRAFT/);
  const filteredUrl = page.url();
  const bulk = page.getByRole("group", { name: "Sammelaktion" });
  await expect(bulk).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `„${titles[0]}“ auswählen` })).toBeVisible();
  await expectNoAxeViolations(page, "programme list with the bulk form");

  await bulk.getByLabel("Alle 2 Einträge dieser gefilterten Liste (alle Seiten)").check();
  await bulk.getByLabel("Aktion", { exact: true }).selectOption({ label: "Veröffentlichen" });
  await bulk.getByRole("button", { name: "Sammelaktion ausführen" }).click();

  const summary = page.getByRole("region", { name: "Ergebnis der Sammelaktion" });
  await expect(summary.getByTestId("bulk-summary-counts")).toHaveText("2 veröffentlicht, 0 abgelehnt");
  for (const title of titles) await expect(summary.getByRole("link", { name: title })).toBeVisible();
  // Still the same filtered list, now without drafts of that name.
  expect(page.url()).toBe(filteredUrl);
  await expect(page.getByText("Keine Einträge gefunden.")).toBeVisible();
  await expectNoAxeViolations(page, "programme list with the bulk summary");

  for (const title of titles) {
    await page.goto(`/foerderprogramme?q=${title.split(" ")[0]}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  test("the bulk form keeps the selection on a refusal and reports per entry what it did", async ({ browser }) => {
    test.setTimeout(240_000);
    const word = uniqueWord("Sammelohneskript");
    const editor = await browser.newContext();
    const setup = await editor.newPage();
    await signIn(setup, EDITOR);
    const title = `${word} Entwurf`;
    await createProgrammeDraft(setup, title);
    await editor.close();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page, EDITOR);
    const listUrl = `/redaktion/foerderprogramme?q=${word}`;
    await page.goto(listUrl);
    const row = page.getByRole("checkbox", { name: `„${title}“ auswählen` });
    await row.check();
    await page.getByRole("button", { name: "Sammelaktion ausführen" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByText("Bitte wählen Sie eine Aktion.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: `„${title}“ auswählen` })).toBeChecked();

    await page.getByRole("group", { name: "Sammelaktion" }).getByLabel("Aktion", { exact: true }).selectOption({ label: "Zur Prüfung einreichen" });
    await page.getByRole("button", { name: "Sammelaktion ausführen" }).click();
    const summary = page.getByRole("region", { name: "Ergebnis der Sammelaktion" });
    await expect(summary.getByTestId("bulk-summary-counts")).toHaveText("1 zur Prüfung eingereicht, 0 abgelehnt");
    await expect(page.getByRole("row", { name: new RegExp(word) })).toContainText("In Prüfung");
    await context.close();
  });
});

test("the advisor and provider lists offer the same bulk form and pass axe", async ({ page }) => {
  await signIn(page, EDITOR);
  for (const path of ["/redaktion/berater", "/redaktion/dienstleister"]) {
    await page.goto(path);
    const bulk = page.getByRole("group", { name: "Sammelaktion" });
    await expect(bulk.getByLabel("Aktion", { exact: true }).locator("option")).toHaveText([
      "Bitte wählen",
      "Zur Prüfung einreichen",
      "Veröffentlichen",
      "Archivieren",
      "Als geprüft bestätigen",
    ]);
    await expect(page.getByRole("checkbox", { name: /^„.+“ auswählen$/ }).first()).toBeVisible();
    await expectNoAxeViolations(page, `${path} with the bulk form`);
  }
});
