import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsAtUrl } from "./support/axe";
import { fillRichText } from "./support/rich-text";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";

// Initiativen (issue 19): the public list with its GET filters, the detail with phase and
// milestones, and an editor who creates one with milestones without JavaScript and publishes it.
const EDITOR = "redaktion@regiontrier.example";
const RATHAUS = "rathaus-der-zukunft-schweich";

test.describe.configure({ timeout: 240_000 });

/** Today's day in Berlin, as the pages derive "erreicht" from it. */
const berlinToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());

test("the list shows the demo initiatives and filters by Themenfeld without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    expect((await page.goto("/initiativen"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Initiativen" })).toBeVisible();
    for (const title of ["Rathaus der Zukunft", "Smartes Dorfgemeinschaftshaus", "Modellprojekt Smart Cities im Eifelkreis Bitburg-Prüm", "Digitalstrategie des Landkreises Bernkastel-Wittlich"]) {
      await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    }
    await expectNoAxeViolationsAtUrl(page, "/initiativen");

    // The filter form is a GET form: tick the Themenfeld and apply.
    await page.getByRole("checkbox", { name: /Digitale Verwaltung & Services/ }).first().check();
    await page.getByRole("button", { name: /Filter anwenden|Anwenden/ }).first().click();
    await expect(page).toHaveURL(/thema=digitale-verwaltung/);
    await expect(page.getByRole("link", { name: "Rathaus der Zukunft", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Smartes Dorfgemeinschaftshaus", exact: true })).toHaveCount(0);

    await page.goto("/initiativen?phase=pilot&gebiet=trier-saarburg");
    await expect(page.getByRole("link", { name: "Rathaus der Zukunft", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Digitalstrategie des Landkreises Bernkastel-Wittlich", exact: true })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test("the detail of Rathaus der Zukunft shows body, phase, milestones (past ones reached) and sources", async ({ page }) => {
  expect((await page.goto(`/initiativen/${RATHAUS}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Rathaus der Zukunft" })).toBeVisible();
  await expect(page.getByTestId("initiative-phase")).toHaveText("Phase: Pilot");
  await expect(page.getByText("Verbandsgemeinde Schweich an der Römischen Weinstraße").first()).toBeVisible();
  const milestones = page.getByTestId("milestones").getByRole("listitem");
  expect(await milestones.count()).toBeGreaterThanOrEqual(3);
  const days = await page.getByTestId("milestones").locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!));
  expect([...days].sort()).toEqual(days);
  const today = berlinToday();
  for (const [index, day] of days.entries()) await expect(milestones.nth(index)).toContainText(day < today ? "erreicht" : "geplant");
  await expect(page.getByRole("link", { name: /Verbandsgemeinde Schweich/ }).first()).toHaveAttribute("href", "https://www.schweich.de");
  await expectNoAxeViolations(page, "detail");

  expect((await page.goto("/initiativen/gibt-es-nicht"))?.status()).toBe(404);
});

async function fillMilestone(page: Page, number: number, values: { date: string; title: string; phase: string }) {
  await page.getByLabel(`Datum (Meilenstein ${number})`).fill(values.date);
  await page.getByLabel(`Titel (Meilenstein ${number})`).fill(values.title);
  await page.getByLabel(`Phase der Roadmap (Meilenstein ${number})`).selectOption(values.phase);
}

test("an editor creates an initiative with two milestones without JavaScript, publishes it and it appears publicly", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await signIn(page, EDITOR);
    await page.goto("/redaktion/initiativen/neu");
    await expectNoAxeViolationsAtUrl(page, "editor form");
    // A title mostly made of random letters: publishing refuses look-alikes of earlier runs' titles.
    const title = uniqueWord("Probe");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Eine Probe-Initiative der Redaktion.");
    await fillRichText(page, "Beschreibung", "<p>Was die Initiative tut.</p>", { javaScript: false });
    await page.getByLabel("Phase", { exact: true }).selectOption("UMSETZUNG");
    await page.getByLabel("Verantwortliche Stelle").selectOption("vg-schweich");
    await page.getByRole("group", { name: "Gebiet (Landkreis)" }).getByLabel("Landkreis Trier-Saarburg").check();
    await page.getByRole("group", { name: "Themenfelder" }).getByLabel("Digitale Verwaltung & Services").check();
    await fillMilestone(page, 1, { date: "2024-02-01", title: "Auftakt der Probe", phase: "PLANUNG" });
    await expect(page.getByLabel("Datum (Meilenstein 4)")).toHaveCount(0);

    // "Weitere Zeilen" re-renders the form with what was typed and three more rows.
    await page.getByRole("button", { name: "Weitere Zeilen" }).click();
    await expect(page.getByLabel("Datum (Meilenstein 6)")).toBeVisible();
    await expect(page.getByLabel("Titel (Meilenstein 1)")).toHaveValue("Auftakt der Probe");
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
    await fillMilestone(page, 5, { date: "2099-06-30", title: "Abschluss der Probe", phase: "OPTIMIERUNG" });
    await page.getByLabel("Bezeichnung (Quelle 1)").fill("Verbandsgemeinde Schweich");
    await page.getByLabel("Webadresse (Quelle 1)").fill("https://www.schweich.de");
    await page.getByRole("button", { name: "Entwurf anlegen" }).click();
    await page.waitForURL(/\/redaktion\/initiativen\/[^/]+\?meldung=created$/);
    const slug = await page.getByLabel("Webadresse (Slug)").inputValue();
    // Saved in date order, the empty rows between them ignored.
    await expect(page.getByLabel("Titel (Meilenstein 1)")).toHaveValue("Auftakt der Probe");
    await expect(page.getByLabel("Titel (Meilenstein 2)")).toHaveValue("Abschluss der Probe");
    expect((await page.goto(`/initiativen/${slug}`))?.status()).toBe(404);

    await page.goBack();
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await page.waitForURL(/meldung=publish$/);

    await page.goto(`/initiativen/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId("initiative-phase")).toHaveText("Phase: Umsetzung");
    const milestones = page.getByTestId("milestones").getByRole("listitem");
    await expect(milestones).toHaveCount(2);
    await expect(milestones.nth(0)).toContainText("erreicht");
    await expect(milestones.nth(0)).toContainText("Auftakt der Probe");
    await expect(milestones.nth(1)).toContainText("geplant");

    await page.goto("/initiativen?thema=digitale-verwaltung");
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("/suche and /api/v1/search find initiatives as their own type", async ({ page, request }) => {
  await page.goto("/suche?q=Rathaus+der+Zukunft");
  await expect(page.getByRole("link", { name: /Initiativen \(\d+\)/ })).toBeVisible();
  await page.goto("/suche?q=Rathaus+der+Zukunft&typ=initiativen");
  await expect(page.getByRole("link", { name: "Rathaus der Zukunft", exact: true })).toHaveAttribute("href", `/initiativen/${RATHAUS}`);
  const answer = await request.get("/api/v1/search?q=Rathaus%20der%20Zukunft&typ=initiativen");
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { hits: { type: string; slug: string }[] };
  expect(body.hits.map((hit) => [hit.type, hit.slug])).toContainEqual(["initiativen", RATHAUS]);
});

test("Enter in a text field of the initiative form saves (the hidden default button), not 'Weitere Zeilen'", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await signIn(page, EDITOR);
    await page.goto("/redaktion/initiativen/neu");
    const title = uniqueWord("Eingabe");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Mit der Eingabetaste gespeichert.");
    await fillRichText(page, "Beschreibung", "<p>Text.</p>", { javaScript: false });
    await page.getByLabel("Phase", { exact: true }).selectOption("GEPLANT");
    await page.getByLabel("Verantwortliche Stelle").selectOption("vg-schweich");
    await fillMilestone(page, 1, { date: "2030-01-15", title: "Erster Schritt", phase: "PLANUNG" });
    await page.getByLabel("Titel", { exact: true }).press("Enter");
    await page.waitForURL(/\/redaktion\/initiativen\/[^/]+\?meldung=created$/);
    await expect(page.getByLabel("Titel (Meilenstein 1)")).toHaveValue("Erster Schritt");

    // Editing: Enter in a milestone's title saves too, and no extra rows appear.
    const rowsBefore = await page.getByLabel(/^Titel \(Meilenstein \d+\)$/).count();
    await page.getByLabel("Titel", { exact: true }).fill(`${title} geändert`);
    await page.getByLabel("Titel (Meilenstein 1)").press("Enter");
    await page.waitForURL(/meldung=saved$/);
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`${title} geändert`);
    await expect(page.getByLabel(/^Titel \(Meilenstein \d+\)$/)).toHaveCount(rowsBefore);
    // The default button is neither announced nor reachable by Tab: one save button for assistive technology.
    await expect(page.getByRole("button", { name: "Änderungen speichern", exact: true })).toHaveCount(1);
    await expectNoAxeViolationsAtUrl(page, "editor form with the default button");
  } finally {
    await context.close();
  }
});
