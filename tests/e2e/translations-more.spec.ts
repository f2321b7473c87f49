import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

// French and English events, news and initiatives (issue 20), as for programmes in
// translations.spec.ts. The demo seed translates the event "ki-sprechtag-ihk-trier" and the news
// item "ki-sprechtag-anmeldung-offen" (prisma/seed/data/event-news-translations.ts), no other.

const EVENT = "ki-sprechtag-ihk-trier";
const UNTRANSLATED_NEWS = "portal-aktuelles-gestartet";

test("a translated event reads in French and English; the German page is unchanged", async ({ page }) => {
  expect((await page.goto(`/fr/veranstaltungen/${EVENT}`))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Journée conseil IA : l’intelligence artificielle dans les PME");
  await expect(heading).not.toHaveAttribute("lang", /.+/);
  await expect(page).toHaveTitle(/Journée conseil IA/);
  await expect(page.locator("#description + div")).toContainText("des spécialistes de la chambre de commerce");
  await expect(page.locator("#description + div")).not.toHaveAttribute("lang", /.+/);
  // Every text is translated: no note.
  await expect(page.locator("[data-translation-note]")).toHaveCount(0);
  await expectNoAxeViolations(page, "translated event, French");

  await page.goto(`/en/veranstaltungen/${EVENT}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AI consultation day: artificial intelligence in small and medium-sized businesses");

  await page.goto(`/veranstaltungen/${EVENT}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("KI-Sprechtag: Künstliche Intelligenz im Mittelstand");
  await expect(page.locator("[data-translation-note]")).toHaveCount(0);
  await expect(page.locator("main [lang]")).toHaveCount(0);
});

test("an untranslated news item shows the German text marked lang=de with the note", async ({ page }) => {
  test.setTimeout(120_000);
  expect((await page.goto(`/fr/aktuelles/${UNTRANSLATED_NEWS}`))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Neu im Portal: Aktuelles aus der Modellregion");
  await expect(heading).toHaveAttribute("lang", "de");
  const note = page.locator("[data-translation-note]");
  await expect(note).toHaveText("Cette fiche n’est pas encore traduite. Vous lisez le texte original en allemand.");
  await expect(note).not.toHaveAttribute("lang", /.+/);
  await expect(page.locator("main [lang='de']").filter({ hasText: "Neben Förderprogrammen, Beratung und Veranstaltungen" })).toHaveCount(1);
  await expectNoAxeViolations(page, "untranslated news item, French");
});

test("the French news list shows the translated item's French title, linked to its French page", async ({ page }) => {
  await page.goto("/fr/aktuelles");
  const link = page.getByRole("link", { name: "Journée conseil IA de l’IHK : les inscriptions sont ouvertes" });
  await expect(link).toHaveAttribute("href", "/fr/aktuelles/ki-sprechtag-anmeldung-offen");
  const german = page.locator("article.card").filter({ hasText: "Neu im Portal: Aktuelles aus der Modellregion" });
  await expect(german.locator("[lang='de']").first()).toBeVisible();
  await expect(german.getByText("Pas encore traduit : texte en allemand.")).toBeVisible();
  // Dates as written in French (31/12/2026), not German (31.12.2026).
  await expect(german.locator("time").first()).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  await expectNoAxeViolations(page, "French news list");
});

test("editors find the event's translations beside each other in the form", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "redaktion@regiontrier.example");
  await page.goto(`/redaktion/veranstaltungen?q=${encodeURIComponent("KI-Sprechtag")}`);
  await page.getByRole("link", { name: /KI-Sprechtag: Künstliche Intelligenz/ }).first().click();
  const section = page.getByRole("region", { name: "Übersetzungen (Französisch und Englisch)" });
  await expect(section.getByLabel("Titel (Französisch)")).toHaveValue("Journée conseil IA : l’intelligence artificielle dans les PME");
  await expect(section.getByLabel("Titel (Französisch)")).toHaveAttribute("lang", "fr");
  await expect(section.getByLabel("Kurzbeschreibung (Englisch)")).toHaveValue(/^One-to-one talks/);
  await expectNoAxeViolations(page, "event form with translations");
});

test("an English Themenfeld page gives translated titles in English and marks the German ones", async ({ page }) => {
  await page.goto("/en/themen/ki-innovation");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // The Themenfeld itself has no translation: name and texts German, marked.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
  // The translated event and news item in English, unmarked, leading to the English pages.
  const event = page.getByTestId("topic-events").getByRole("link", { name: "AI consultation day: artificial intelligence in small and medium-sized businesses" });
  await expect(event).not.toHaveAttribute("lang", /.+/);
  await expect(event).toHaveAttribute("href", `/en/veranstaltungen/${EVENT}`);
  await expect(page.getByTestId("topic-news").getByRole("link", { name: "IHK AI consultation day: registration open" })).not.toHaveAttribute("lang", /.+/);
  // Untranslated programmes: German titles, marked, each leading to its English page.
  const programmes = page.getByTestId("topic-programmes").getByRole("listitem").getByRole("link");
  expect(await programmes.count()).toBeGreaterThan(0);
  for (const link of await programmes.all()) {
    await expect(link).toHaveAttribute("href", /^\/en\/foerderprogramme\//);
    if (!/DigiBoost|BAFA/.test((await link.textContent()) ?? "")) await expect(link).toHaveAttribute("lang", "de");
  }
  await expectNoAxeViolations(page, "English Themenfeld page");

  // An initiative and its milestones have no translation: German, marked.
  await page.goto("/en/themen/digitale-verwaltung");
  const initiative = page.getByTestId("topic-initiatives").getByRole("link", { name: "Rathaus der Zukunft" });
  await expect(initiative).toHaveAttribute("lang", "de");
  await expect(page.getByRole("list", { name: "Milestones of Rathaus der Zukunft" }).locator("[lang='de']").first()).toBeVisible();

  // German pages carry no marks.
  await page.goto("/themen/ki-innovation");
  await expect(page.locator("main [lang]")).toHaveCount(0);
});

test("the French roadmap marks German milestones, initiatives, reports and Themenfelder", async ({ page }) => {
  await page.goto("/fr/modellregion");
  const phases = page.getByTestId("roadmap-phases");
  // Milestones have no translations.
  await expect(phases.getByText("Auftakt und Bestandsaufnahme", { exact: true })).toHaveAttribute("lang", "de");
  // "Initiative : <German title>": only the title is marked, the words around it are French.
  const initiative = phases.getByRole("link", { name: "Initiative : Rathaus der Zukunft" }).first();
  await expect(initiative.locator("span[lang='de']")).toHaveText("Rathaus der Zukunft");
  await expect(initiative).not.toHaveAttribute("lang", /.+/);
  await expect(initiative).toHaveAttribute("href", /^\/fr\/initiativen\//);
  // A report without a French version: its German title, marked, leading to the French page.
  await expect(phases.locator("a[href='/fr/aktuelles/portal-aktuelles-gestartet']")).toHaveAttribute("lang", "de");
  await expect(page.getByTestId("roadmap-topics").getByRole("link").first()).toHaveAttribute("lang", "de");
  await expect(page.getByTestId("roadmap-topics").getByRole("link").first()).toHaveAttribute("href", /^\/fr\/themen\//);
  await expectNoAxeViolations(page, "French roadmap");
});

test("French initiative cards mark the responsible body and the Kreise inside their French lines; the French imprint marks the operator's German texts", async ({ page }) => {
  await page.goto("/fr/initiativen");
  const carrier = page.locator("article.card li").filter({ hasText: /^Porteur\s*:/ }).first();
  await expect(carrier.locator("span[lang='de']")).toHaveText(/\S/);
  await expect(carrier).not.toHaveAttribute("lang", /.+/);
  await expect(page.locator("article.card li").filter({ hasText: /^Territoire\s*:/ }).first().locator("span[lang='de']")).toHaveText(/Landkreis|Eifelkreis|Stadt/);

  await page.goto("/fr/impressum");
  await expect(page.getByRole("region", { name: "Représenté par" }).locator("p")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("region", { name: "Immatriculation au registre" }).locator("span[lang='de']")).toHaveText(/Amtsgericht/);
  await expectNoAxeViolations(page, "French imprint");
  // German pages carry no marks.
  await page.goto("/impressum");
  await expect(page.locator("main [lang]")).toHaveCount(0);
});
