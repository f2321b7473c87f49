import { expect as baseExpect, test, type Page } from "@playwright/test";
import { fillPublishFields } from "./support/programme-draft";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";
import { fillRichText } from "./support/rich-text";

// Issue 14.3: a programme page answers legal basis, documents, combinability, contact and the
// countdown; a closed programme sends the reader to its successors; the editor warns about a
// start page as source.
const expect = baseExpect.configure({ timeout: 30_000 });
const EDITOR = "redaktion@regiontrier.example";

test("an open programme's page shows documents, legal basis, combinability, contact and the countdown", async ({ page }) => {
  await page.goto("/foerderprogramme/isb-digiboost");
  const badge = page.locator("[data-status]").first();
  await expect(badge).toHaveAttribute("data-status", "open");
  await expect(badge.locator("[data-countdown]")).toHaveText(/^Endet in \d+ Tagen$/);

  // Issue 15's conditions among the facts: the dd after its dt.
  await expect(page.locator("dt", { hasText: "Unternehmensgröße" }).locator("+ dd")).toHaveText("bis 49 Beschäftigte");
  await expect(page.locator("dt", { hasText: "Antrag vor Projektbeginn" }).locator("+ dd")).toHaveText(/^ja – erst den Antrag stellen/);

  const documents = page.getByRole("region", { name: "Erforderliche Unterlagen" });
  await expect(documents.getByRole("listitem")).toContainText(["Online-Antrag im ISB-Kundenportal"]);
  const legal = page.getByRole("region", { name: "Rechtsgrundlage" });
  await expect(legal.getByRole("link", { name: /DigiBoost.*externer Link/ })).toHaveAttribute("href", /^https:\/\/isb\.rlp\.de\/.+\.pdf$/);
  await expect(page.getByRole("region", { name: "Kombination mit anderen Förderungen" })).toContainText("Eingeschränkt kombinierbar");
  const contact = page.getByRole("region", { name: "Kontakt beim Fördergeber" });
  await expect(contact).toContainText("ISB, Förderberatung Wirtschaft");
  await expect(contact.getByRole("link", { name: "foerderberatung@isb.example" })).toHaveAttribute("href", "mailto:foerderberatung@isb.example");
  await expect(contact.getByRole("link", { name: /Kontaktseite von ISB/ })).toBeVisible();

  const source = page.getByRole("region", { name: /Quelle/ });
  await expect(source.getByRole("link", { name: /Zur Programmseite/ })).toHaveAttribute("href", "https://isb.rlp.de/foerderung/digiboost.html");
  await expect(page.getByTestId("checked-on")).toHaveText(/^Stand: Angaben geprüft am \d{2}\.\d{2}\.\d{4}$/);
  // The order of an answer: how to apply, with what, on what basis, combined with what, whom to ask.
  const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  const order = ["So beantragen Sie die Förderung", "Erforderliche Unterlagen", "Rechtsgrundlage", "Kombination mit anderen Förderungen", "Kontakt beim Fördergeber"];
  expect(headings.filter((h) => order.includes(h))).toEqual(order);
  await expectNoAxeViolations(page, "open programme");
});

test("a closed programme says so first and links its published successors", async ({ page }) => {
  await page.goto("/foerderprogramme/go-digital");
  const ended = page.getByRole("region", { name: "Dieses Programm ist beendet." });
  await expect(ended).toBeVisible();
  await expect(ended.getByRole("link")).toHaveText(["BAFA – Förderung von Unternehmensberatungen für KMU", "DigiBoost – Digitalisierungszuschuss für kleine Unternehmen"]);
  await expectNoAxeViolations(page, "closed programme");
  await ended.getByRole("link", { name: /^DigiBoost/ }).click();
  await expect(page).toHaveURL(/\/foerderprogramme\/isb-digiboost$/);
});

/** The pickers' filter boxes appear once React has hydrated the form. */
async function openForm(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByLabel("Themenfelder filtern")).toBeVisible();
}

async function createDraft(page: Page, title: string, { sourceUrl, closed = false, successor }: { sourceUrl: string; closed?: boolean; successor?: string }) {
  await openForm(page, "/redaktion/foerderprogramme/neu");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Kurz: ${title}`);
  await page.getByLabel("Fördergeber").selectOption({ index: 1 });
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill(sourceUrl);
  await fillPublishFields(page);
  await fillRichText(page, "Beschreibung", `Über ${title}.`);
  await page.getByLabel("Förderebene").selectOption("LAND");
  await page.getByRole("group", { name: "Förderart" }).getByLabel("Zuschuss").check();
  await page.getByRole("group", { name: "Zielgruppen" }).getByRole("checkbox").first().check();
  if (closed) {
    await page.getByLabel("Antragsstart").fill("2020-01-01");
    await page.getByLabel("Antragsfrist").fill("2020-03-31");
  }
  if (successor) await page.getByRole("group", { name: "Nachfolger / Alternativen" }).getByLabel(successor).check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/]+\?meldung=created$/);
  return new URL(page.url()).pathname;
}

async function publish(page: Page, editUrl: string) {
  await openForm(page, editUrl);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  return (await page.getByTestId("public-url").getByRole("link").innerText()).trim();
}

test("the editor warns about a start page as source, beside the field and after saving", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, EDITOR);
  await openForm(page, "/redaktion/foerderprogramme/neu");
  const source = page.getByLabel("Quelle (offizielle Seite des Programms)");
  await source.fill("https://www.bafa.de/");
  await expect(page.getByTestId("source-url-warning")).toHaveText("Die Quelle zeigt auf die Startseite von www.bafa.de – bitte die Seite des Programms selbst verlinken.");
  await expect(source).toHaveAttribute("aria-describedby", /feld-sourceUrl-warnung/);
  await source.fill("https://www.bafa.de/DE/Wirtschaft/unternehmensberatung_node.html");
  await expect(page.getByTestId("source-url-warning")).toHaveCount(0);

  // Saving is not blocked; the saved page says it again and the field keeps the warning.
  const editUrl = await createDraft(page, `Startseite ${uniqueWord("Quelle")}`, { sourceUrl: "https://www.bafa.de" });
  await expect(page.getByTestId("source-url-notice")).toContainText("Startseite von www.bafa.de");
  await expect(page.getByTestId("source-url-warning")).toBeVisible();
  await expectNoAxeViolations(page, "edit form with warning");
  await page.goto(editUrl);
  await expect(page.getByTestId("source-url-notice")).toHaveCount(0);
});

test("a successor linked in the editor appears on the closed programme's cached page and follows its renaming", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, EDITOR);
  const successorTitle = `Nachfolger ${uniqueWord("Saphir")}`;
  const successorEdit = await createDraft(page, successorTitle, { sourceUrl: "https://example.org/nachfolger" });
  await publish(page, successorEdit);
  const predecessorEdit = await createDraft(page, `Vorgänger ${uniqueWord("Rubin")}`, { sourceUrl: "https://example.org/vorgaenger", closed: true, successor: successorTitle });
  const publicPath = await publish(page, predecessorEdit);

  await page.goto(publicPath);
  const ended = page.getByRole("region", { name: "Dieses Programm ist beendet." });
  await expect(ended.getByRole("link", { name: successorTitle })).toBeVisible();

  // Renaming the successor expires the predecessor's cached page.
  await openForm(page, successorEdit);
  await page.getByLabel("Titel", { exact: true }).fill(`${successorTitle} Plus`);
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await page.waitForURL(/meldung=saved/);
  await page.goto(publicPath);
  await expect(ended.getByRole("link", { name: `${successorTitle} Plus` })).toBeVisible();

  // Unpublished, it is no longer linked.
  await openForm(page, successorEdit);
  await page.getByRole("button", { name: "Zurück in den Entwurf" }).click();
  await page.waitForURL(/meldung=unpublish$/);
  await page.goto(publicPath);
  await expect(ended.getByRole("link")).toHaveCount(1);
  await expect(ended.getByRole("link")).toHaveText("Jetzt beantragbare Förderprogramme ansehen");
});
