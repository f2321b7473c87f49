import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { fillRichText } from "./rich-text";

const randomLetters = (length: number) => Array.from(randomBytes(length), (byte) => "abcdefghijklmnopqrstuvwxyz"[byte % 26]).join("");

/**
 * A title no other entry resembles: publishing asks for a confirmation when titles look alike
 * (pg_trgm), so entries a spec publishes must not share words with each other or the seed.
 */
export const distinctTitle = () => `${randomLetters(10)} ${randomLetters(10)}`.replace(/^./, (c) => c.toUpperCase());

/** A source URL no other entry has (the same URL is a likely duplicate too). */
export const distinctSourceUrl = () => `https://example.org/foerderung/${randomLetters(12)}`;

/** The fields publishing needs besides the required ones: amount, eligibility, how to apply. */
export async function fillPublishFields(page: Page, { javaScript = true } = {}) {
  await page.getByLabel("Förderhöhe (Text)").fill("kostenfrei");
  await fillRichText(page, "Wer wird gefördert?", "Kleine und mittlere Unternehmen aus der Region.", { javaScript });
  await fillRichText(page, "So beantragen Sie die Förderung", "Online-Antrag beim Fördergeber.", { javaScript });
}

/**
 * Creates a programme draft through the editor's form, as an editor would, complete for
 * publishing; returns its edit path and slug. `slug` sets the Webadresse (lists filter by it).
 */
export async function createProgrammeDraft(page: Page, title: string, { slug }: { slug?: string } = {}) {
  await page.goto("/redaktion/foerderprogramme/neu");
  // The pickers' filter boxes appear once React has hydrated the form: typing before would race it.
  await expect(page.getByLabel("Themenfelder filtern")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Titel", { exact: true }).fill(title);
  if (slug) await page.getByLabel("Webadresse", { exact: true }).fill(slug);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Kurz: ${title}`);
  await page.getByLabel("Fördergeber").selectOption({ index: 1 });
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill(distinctSourceUrl());
  await fillRichText(page, "Beschreibung", `Ein Absatz zu ${title}.`);
  await fillPublishFields(page);
  await page.getByLabel("Förderebene").selectOption("LAND");
  await page.getByRole("group", { name: "Förderart" }).getByLabel("Zuschuss").check();
  await page.getByRole("group", { name: "Zielgruppen" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/]+\?meldung=created$/, { timeout: 30_000 });
  const createdSlug = await page.getByLabel("Webadresse", { exact: true }).inputValue();
  return { editPath: new URL(page.url()).pathname, slug: createdSlug };
}
