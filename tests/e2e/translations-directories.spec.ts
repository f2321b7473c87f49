import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { e2eQuery } from "./support/db";
import { signedInPage } from "./support/sign-in";

// French and English advisors and providers (issue 20), as for programmes in translations.spec.ts.
// The demo seed translates the advisor "sophie-reuter" and the provider "porta-data-analytics"
// (prisma/seed/data/directory-translations.ts), no other. Names are not translated: a person's name
// is not marked, an advisory desk's and a provider's German name is. Other specs may change German
// texts of random entries, so untranslated ones are checked by their marks, not their words.

const ADVISOR = "sophie-reuter";
const UNTRANSLATED_ADVISOR = "ihk-trier-foerderberatung";
const PROVIDER = "porta-data-analytics";
const UNTRANSLATED_PROVIDER = "treveris-secure-it";

test("a translated advisor reads in French: job title, summary and office hours, the person's name unmarked, no note", async ({ page }) => {
  expect((await page.goto(`/fr/berater/${ADVISOR}`))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Sophie Reuter");
  await expect(heading).not.toHaveAttribute("lang", /.+/);
  await expect(page.getByText("Chargée de mission fonds européens et Grande Région")).toBeVisible();
  await expect(page.getByText(/^Accompagne les entreprises dans leurs demandes de subventions européennes/)).toBeVisible();
  await expect(page.getByText("Du mardi au jeudi, de 9 h à 15 h")).toBeVisible();
  // None of them inside a German mark (the page's linked programmes and organisations may be).
  await expect(page.locator("main [lang='de']", { hasText: /Chargée de mission|Accompagne les entreprises|Du mardi au jeudi/ })).toHaveCount(0);
  await expect(page.locator("[data-translation-note]")).toHaveCount(0);
  // The postal address: the organisation's, street's and town's names are German.
  await expect(page.locator("main address")).toHaveAttribute("lang", "de");
  await expect(page).toHaveTitle(/Sophie Reuter/);
  await expect(page.locator("meta[name='description']")).toHaveAttribute("content", /^Accompagne les entreprises/);
  await expectNoAxeViolations(page, "translated advisor, French");

  await page.goto(`/en/berater/${ADVISOR}`);
  await expect(page.getByText("Tuesday to Thursday, 9 am to 3 pm")).toBeVisible();
  await expect(page.getByText("Adviser on EU funding and the Greater Region")).toBeVisible();
});

test("an untranslated advisory desk on an English page: the German texts and the desk's name marked lang=de, the note", async ({ page }) => {
  expect((await page.goto(`/en/berater/${UNTRANSLATED_ADVISOR}`))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
  const note = page.locator("[data-translation-note]");
  await expect(note).toHaveText("This entry has not been translated yet. You are reading the original German text.");
  await expect(note).not.toHaveAttribute("lang", /.+/);
  // The summary under the heading and the office hours in the contact panel.
  await expect(page.locator("h1 ~ p[lang='de']")).toHaveCount(1);
  await expect(page.locator("main dd [lang='de']").first()).toBeVisible();
  await expectNoAxeViolations(page, "untranslated advisor, English");
});

test("a translated provider reads in English; its name and references are German, marked, and the note says so", async ({ page }) => {
  expect((await page.goto(`/en/dienstleister/${PROVIDER}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Porta Data Analytics GmbH");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
  await expect(page.getByText(/^Data analysis and AI prototypes for small and medium-sized businesses/)).toBeVisible();
  await expect(page.locator("#description + div")).toContainText("It helps businesses put their data to use");
  await expect(page.locator("#description + div")).not.toHaveAttribute("lang", /.+/);
  await expect(page.locator("[data-translation-note]")).toHaveText("Parts of this entry have not been translated yet and appear in the original German.");
  await expect(page.locator("h3[lang='de']").filter({ hasText: "Absatzprognose für einen Getränkehandel" })).toBeVisible();
  // A reference's client is a German name too.
  await expect(page.locator('main li:has(h3[lang="de"]) dd[lang="de"]').first()).toBeVisible();
  await expectNoAxeViolations(page, "translated provider, English");

  await expect(page.locator("main address")).toHaveAttribute("lang", "de");

  await page.goto(`/fr/dienstleister/${PROVIDER}`);
  await expect(page.locator("#description + div")).toContainText("L’équipe de Porta Data Analytics vient de l’informatique");
  // German pages carry no marks.
  await page.goto(`/dienstleister/${PROVIDER}`);
  await expect(page.locator("main address")).not.toHaveAttribute("lang", /.+/);
});

test("an untranslated provider on an English page shows the German text marked lang=de with the note", async ({ page }) => {
  expect((await page.goto(`/en/dienstleister/${UNTRANSLATED_PROVIDER}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Treveris Secure IT GmbH");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
  await expect(page.locator("[data-translation-note]")).toHaveText("This entry has not been translated yet. You are reading the original German text.");
  await expect(page.locator("h1 ~ p[lang='de']")).toHaveCount(1);
  await expect(page.locator("#description + [lang='de']")).toBeVisible();
  await expectNoAxeViolations(page, "untranslated provider, English");
});

test("French cards and search hits: translated summaries, German ones marked with the card note; a person's name unmarked, a company's marked", async ({ page }) => {
  // "accompagner" stands in no text; the French summary says "Accompagne" (same French stem).
  await page.goto("/fr/suche?q=accompagner");
  const hit = page.locator("article.card").filter({ has: page.getByRole("link", { name: "Sophie Reuter", exact: true }) });
  await expect(hit.getByRole("link", { name: "Sophie Reuter", exact: true })).toHaveAttribute("href", `/fr/berater/${ADVISOR}`);
  // Name and translated summary unmarked; only the German names among the facts (organisation, town) are.
  await expect(hit.locator("h3 [lang], h3[lang], p.mt-2[lang]")).toHaveCount(0);
  await expect(hit.locator("dd[lang='de']").first()).toBeVisible();
  await expect(hit.getByText("Pas encore traduit : texte en allemand.")).toHaveCount(0);

  await page.goto("/fr/dienstleister?q=Treveris");
  const german = page.locator("article.card").filter({ hasText: "Treveris Secure IT GmbH" });
  await expect(german.getByRole("link", { name: "Treveris Secure IT GmbH" }).locator("[lang='de']")).toHaveCount(1);
  await expect(german.locator("p[lang='de']")).toHaveCount(1);
  await expect(german.getByText("Pas encore traduit : texte en allemand.")).toBeVisible();
  await expectNoAxeViolations(page, "French provider list");

  // A translated summary: no note, though the company's name is German (and marked).
  await page.goto("/fr/dienstleister?q=Porta");
  const translated = page.locator("article.card").filter({ hasText: "Porta Data Analytics GmbH" });
  await expect(translated.getByText(/^Analyse de données et prototypes d’IA/)).toBeVisible();
  await expect(translated.getByRole("link", { name: "Porta Data Analytics GmbH" }).locator("[lang='de']")).toHaveCount(1);
  await expect(translated.getByText("Pas encore traduit : texte en allemand.")).toHaveCount(0);
});

test("an advisor proposes a French summary in the own profile; the review lists it by its label; approved, the French page shows it", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const summaryFr = `Conseil pour la numérisation ${stamp}`;
  const advisor = await signedInPage(browser, "berater@regiontrier.example");
  await advisor.page.goto("/mein-profil");
  const section = advisor.page.getByRole("region", { name: "Übersetzungen (Französisch und Englisch)" });
  await expect(section.getByLabel("Funktion (Französisch)")).toHaveAttribute("lang", "fr");
  await expect(section.getByLabel("Sprechzeiten (Englisch)")).toHaveAttribute("lang", "en");
  await section.getByLabel("Kurzbeschreibung (Französisch)").fill(summaryFr);
  await expectNoAxeViolations(advisor.page, "mein-profil with translations");
  await advisor.page.getByRole("button", { name: "Änderungen zur Prüfung einreichen" }).click();
  await advisor.page.waitForURL((url) => url.searchParams.get("meldung") === "eingereicht");

  const [revision] = await e2eQuery<{ id: string; slug: string }>(
    `SELECT r.id, a.slug FROM "ProfileRevision" r JOIN "Advisor" a ON a.id = r."advisorId" WHERE r.status = 'PENDING' AND r.data->>'summaryFr' = $1`,
    [summaryFr],
  );
  const editor = await signedInPage(browser, "redaktion@regiontrier.example");
  await editor.page.goto(`/redaktion/pruefungen/${revision!.id}`);
  const row = editor.page.getByTestId("revision-diff").locator("tr[data-field='summaryFr']");
  await expect(row.getByRole("rowheader")).toHaveText("Kurzbeschreibung (Französisch)");
  // (A word diff when an earlier run left a French summary: the new stamp is there either way.)
  await expect(row.locator("[data-side='proposed']")).toContainText(stamp);
  await editor.page.getByRole("button", { name: "Freigeben", exact: true }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: "Der Vorschlag wurde freigegeben" })).toBeVisible({ timeout: 20_000 });

  await advisor.page.goto(`/fr/berater/${revision!.slug}`);
  await expect(advisor.page.getByText(summaryFr)).toBeVisible();
  await advisor.context.close();
  await editor.context.close();
});
