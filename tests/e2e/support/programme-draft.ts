import { expect, type Page } from "@playwright/test";

/** Creates a programme draft through the editor's form, as an editor would; returns its edit path and slug. */
export async function createProgrammeDraft(page: Page, title: string) {
  await page.goto("/redaktion/foerderprogramme/neu");
  // The pickers' filter boxes appear once React has hydrated the form: typing before would race it.
  await expect(page.getByLabel("Themenfelder filtern")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung").fill(`Kurz: ${title}`);
  await page.getByLabel("Fördergeber").selectOption({ index: 1 });
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill("https://example.org/foerderung");
  await page.getByLabel("Beschreibung", { exact: true }).fill(`Ein Absatz zu ${title}.`);
  await page.getByLabel("Förderebene").selectOption("LAND");
  await page.getByRole("group", { name: "Förderart" }).getByLabel("Zuschuss").check();
  await page.getByRole("group", { name: "Zielgruppen" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/]+\?meldung=created$/, { timeout: 30_000 });
  const slug = await page.getByLabel("Webadresse", { exact: true }).inputValue();
  return { editPath: new URL(page.url()).pathname, slug };
}
