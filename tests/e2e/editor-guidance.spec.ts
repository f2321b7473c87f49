import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolationsAtUrl } from "./support/axe";
import { distinctSourceUrl, distinctTitle, fillPublishFields } from "./support/programme-draft";
import { signIn } from "./support/sign-in";

// Issue 14, item 7 "an editor that guides", all without JavaScript: publishing checks
// completeness (messages next to the fields) and asks before a likely duplicate goes live;
// fields carry German labels everywhere, no select starts with a silent preset.
const expect = baseExpect.configure({ timeout: 30_000 });
const EDITOR = "redaktion@regiontrier.example";
const ADMIN = "admin@regiontrier.example";
// A published demo programme (prisma/seed/data/programmes.ts).
const SEEDED_TITLE = "DigiBoost – Digitalisierungszuschuss für kleine Unternehmen";

test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 240_000 });

/** Fills the fields the form requires; `complete` adds what publishing needs. */
async function createDraft(page: Page, title: string, { complete }: { complete: boolean }) {
  await page.goto("/redaktion/foerderprogramme/neu");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Kurz: ${title}`);
  await page.getByLabel("Fördergeber").selectOption({ index: 1 });
  await page.getByLabel("Quelle (offizielle Seite des Programms)").fill(distinctSourceUrl());
  await page.getByLabel("Beschreibung", { exact: true }).fill(`Über ${title}.`);
  // A regional programme must name its areas; none is chosen here.
  await page.getByLabel("Förderebene").selectOption(complete ? "LAND" : "REGION");
  if (complete) await fillPublishFields(page, { javaScript: false });
  await page.getByRole("group", { name: "Förderart" }).getByLabel("Zuschuss").check();
  await page.getByRole("group", { name: "Zielgruppen" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/]+\?meldung=created$/);
  return new URL(page.url()).pathname;
}

test("the new programme form: Förderebene starts empty and is required, the slug is the Webadresse", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/redaktion/foerderprogramme/neu");
  const level = page.getByLabel("Förderebene");
  await expect(level).toHaveValue("");
  await expect(level.locator("option").first()).toHaveText("Bitte wählen");
  const slug = page.getByLabel("Webadresse", { exact: true });
  await expect(slug).toBeVisible();
  await expect(page.getByText("Der letzte Teil der öffentlichen Adresse: /foerderprogramme/digitalbonus-rlp.")).toBeVisible();
  await expect(page.getByText("Slug", { exact: false })).toHaveCount(0);

  // Sent without a level: a German message next to the field, nothing created.
  await page.getByLabel("Titel", { exact: true }).fill(distinctTitle());
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await expect(page.locator("#feld-level-fehler")).toContainText("Bitte wählen Sie einen der angebotenen Werte.");

  await page.goto("/redaktion/berater/neu");
  await expect(page.getByLabel("Art des Eintrags")).toHaveValue("");
});

test("publishing an incomplete programme is refused with the missing fields marked; the entry stays a draft", async ({ page }) => {
  await signIn(page, EDITOR);
  const editPath = await createDraft(page, distinctTitle(), { complete: false });
  // Creating is no check: the entry is not verified.
  await expect(page.getByRole("region", { name: "Status und Veröffentlichung" })).toContainText("nie mit der Quelle abgeglichen");
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/veroeffentlichen=unvollstaendig$/);

  const summary = page.getByRole("alert").filter({ hasText: "Es gibt ein Problem" });
  await expect(summary).toContainText("Der Eintrag wurde nicht veröffentlicht");
  await expect(summary.getByRole("link", { name: /^Förderhöhe \(Text\):/ })).toHaveAttribute("href", "#feld-amountText");
  await expect(page.locator("#feld-amountText-fehler")).toContainText("Bitte geben Sie die Förderhöhe an");
  await expect(page.locator("#feld-eligibility-fehler")).toContainText("Bitte beschreiben Sie, wer gefördert wird.");
  await expect(page.locator("#feld-howToApply-fehler")).toContainText("Bitte beschreiben Sie, wie die Förderung beantragt wird.");
  await expect(page.locator("#feld-regionIds-fehler")).toContainText("Bitte wählen Sie mindestens ein Fördergebiet");
  await expect(page.getByRole("region", { name: "Status und Veröffentlichung" })).toContainText("Entwurf");
  await expectNoAxeViolationsAtUrl(page, "refused publish");

  // The history names fields in German, never by their identifiers.
  await page.goto(`${editPath}/verlauf`);
  const main = page.getByRole("main");
  await expect(main).toContainText("Quelle (offizielle Seite des Programms)");
  await expect(main).toContainText("Fördergeber");
  await expect(main).toContainText("Zielgruppen");
  for (const identifier of ["targetGroups", "sourceUrl", "fundingBodyId", "fundingTypes", "level"]) await expect(main).not.toContainText(identifier);
});

test("a programme that looks like another is published only after „Trotzdem veröffentlichen“", async ({ page }) => {
  await signIn(page, EDITOR);
  const editPath = await createDraft(page, `${SEEDED_TITLE} 2027`, { complete: true });
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/veroeffentlichen=aehnlich$/);

  const panel = page.getByTestId("lookalikes");
  await expect(panel.getByRole("heading")).toHaveText("Noch nicht veröffentlicht: ähnliche Einträge gefunden");
  // The seeded programme, or a draft an earlier run in the same database left with this title.
  await expect(panel.getByRole("link", { name: SEEDED_TITLE }).first()).toHaveAttribute("href", /^\/redaktion\/foerderprogramme\/[^/]+$/);
  await expect(page.getByRole("region", { name: "Status und Veröffentlichung" })).toContainText("Entwurf");
  await expectNoAxeViolationsAtUrl(page, "look-alikes before publishing");

  await panel.getByRole("button", { name: "Trotzdem veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  await expect(page.getByRole("region", { name: "Status und Veröffentlichung" })).toContainText("Veröffentlicht");
  expect(new URL(page.url()).pathname).toBe(editPath);

  // The change log (administrators only) names the changed fields in German too.
  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto(`/redaktion/protokoll?eintrag=${editPath.split("/").at(-1)}`);
  const log = page.getByRole("main");
  await expect(log).toContainText("Quelle (offizielle Seite des Programms)");
  for (const identifier of ["topicIds", "sourceUrl", "regionIds", "fundingBodyId"]) await expect(log).not.toContainText(identifier);
});
