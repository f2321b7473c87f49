import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

// French and English content (issue 20): an entry's own French or English texts where they exist,
// else the German original marked lang="de" with a note in the reader's language; links stay in
// the reader's language. The demo seed translates "isb-digiboost" and "bafa-unternehmensberatung"
// (prisma/seed/data/programme-translations.ts) and no other programme.

const TRANSLATED = "isb-digiboost";
const UNTRANSLATED = "go-digital";

test("a programme without French content shows the German text with the note", async ({ browser, page: scripted }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  expect((await page.goto(`/fr/foerderprogramme/${UNTRANSLATED}`))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("go-digital – Beratung für Digitalisierung im Mittelstand");
  await expect(heading).toHaveAttribute("lang", "de");
  await expect(page.locator("[data-translation-note]")).toHaveText("Cette fiche n’est pas encore traduite. Vous lisez le texte original en allemand.");
  // The note itself is French (the page's language), the German sections are marked.
  await expect(page.locator("[data-translation-note]")).not.toHaveAttribute("lang", /.+/);
  await expect(page.locator("#description + [lang='de']")).toBeVisible();
  // The interface around it is French, and the breadcrumb leads to the French list.
  await expect(page.getByRole("navigation", { name: "Fil d'Ariane" }).getByRole("link", { name: "Programmes d'aide" })).toHaveAttribute("href", "/fr/foerderprogramme");
  await context.close();
  // axe runs inside the page, so with JavaScript.
  await scripted.goto(`/fr/foerderprogramme/${UNTRANSLATED}`);
  await expectNoAxeViolations(scripted, "untranslated programme, French");
});

test("a translated programme reads in French and English, with the German-only parts marked", async ({ page }) => {
  await page.goto(`/fr/foerderprogramme/${TRANSLATED}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("DigiBoost – subvention à la numérisation des petites entreprises");
  await expect(heading).not.toHaveAttribute("lang", /.+/);
  await expect(page).toHaveTitle(/subvention à la numérisation/);
  await expect(page.locator("#description + div")).toContainText("DigiBoost s’adresse aux petites entreprises");
  // Eligibility and how to apply have no translation: German, marked, and the note says "parts".
  await expect(page.locator("#eligibility + [lang='de']")).toContainText("Kleine Unternehmen");
  await expect(page.locator("[data-translation-note]")).toContainText("Certaines parties de cette fiche");
  // The amount's wording is the editors' German text: marked beside its French label.
  await expect(page.locator('dt:text-is("Montant de l\'aide") + dd [lang="de"]')).toHaveText(/^Zuschuss bis 50 %/);
  await expectNoAxeViolations(page, "translated programme, French");
  // Its structured data says what the page says, at the French address; the entry's identity is one for all languages.
  const grant = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text) as Record<string, string>)
    .find((item) => item["@type"] === "MonetaryGrant")!;
  expect(grant.name).toBe("DigiBoost – subvention à la numérisation des petites entreprises");
  expect(new URL(grant.url!).pathname).toBe(`/fr/foerderprogramme/${TRANSLATED}`);
  expect(new URL(grant["@id"]!).pathname).toBe(`/foerderprogramme/${TRANSLATED}`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");

  await page.goto(`/en/foerderprogramme/${TRANSLATED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DigiBoost – digitalisation grant for small businesses");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  // The German page is as it was: German text, no language marks, no note.
  await page.goto(`/foerderprogramme/${TRANSLATED}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("DigiBoost – Digitalisierungszuschuss für kleine Unternehmen");
  await expect(page.locator("[data-translation-note]")).toHaveCount(0);
  await expect(page.locator("main [lang]")).toHaveCount(0);
});

test("cards on a French list link to French pages and mark German texts", async ({ page }) => {
  await page.goto("/fr/foerderprogramme?q=DigiBoost");
  const card = page.locator("article.card").filter({ hasText: "DigiBoost" }).first();
  const link = card.getByRole("link", { name: "DigiBoost – subvention à la numérisation des petites entreprises" });
  await expect(link).toHaveAttribute("href", `/fr/foerderprogramme/${TRANSLATED}`);
  await expect(card.getByText("Pas encore traduit", { exact: false })).toHaveCount(0);
  // The funding body's name is German, its level French: only the name is marked.
  await expect(card.locator("dd span[lang='de']", { hasText: "Investitions- und Strukturbank Rheinland-Pfalz" })).toHaveCount(1);
  await expect(card.locator("dd", { hasText: "Investitions- und Strukturbank" })).toContainText("(Land de Rhénanie-Palatinat");
  await expect(card.locator(`dt:text-is("Montant de l'aide") + dd`)).toHaveAttribute("lang", "de");

  await page.goto("/fr/foerderprogramme");
  const german = page.locator("article.card").filter({ has: page.locator("h3 [lang='de']") }).first();
  await expect(german.getByText("Pas encore traduit : texte en allemand.")).toBeVisible();
  expect(await german.getByRole("link").first().getAttribute("href")).toMatch(/^\/fr\/foerderprogramme\/[a-z0-9-]+$/);
  // Filter values from the data (Kreise, Themenfelder) are German names; the enumerated ones are French.
  await expect(page.locator("label span[lang='de']", { hasText: "Trier-Saarburg" })).toHaveCount(1);
  await expect(page.locator("label", { hasText: "Subvention" }).locator("[lang]")).toHaveCount(0);
  await expectNoAxeViolations(page, "French programme list");
});

test("a French search finds French words in translated programmes and shows their French titles", async ({ page }) => {
  // "subventionner" stands in no text; the French text says "subventionne" (same French stem).
  await page.goto("/fr/suche?q=subventionner");
  await expect(page.getByRole("link", { name: "BAFA – aide au conseil aux entreprises pour les PME" })).toHaveAttribute("href", "/fr/foerderprogramme/bafa-unternehmensberatung");
});

test("editors write the translations side by side, each field in its language", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "redaktion@regiontrier.example");
  await page.goto(`/redaktion/foerderprogramme?q=${TRANSLATED}`);
  await page.getByRole("link", { name: /DigiBoost/ }).first().click();
  // The form's page renders per request; on two busy cores that takes a few seconds.
  await page.waitForURL(/\/redaktion\/foerderprogramme\/[^/?]+$/, { timeout: 30_000 });
  const section = page.getByRole("region", { name: "Übersetzungen (Französisch und Englisch)" });
  await expect(section.getByLabel("Titel (Französisch)")).toHaveValue("DigiBoost – subvention à la numérisation des petites entreprises");
  await expect(section.getByLabel("Titel (Französisch)")).toHaveAttribute("lang", "fr");
  await expect(section.getByLabel("Titel (Englisch)")).toHaveAttribute("lang", "en");
  await expect(section.getByLabel("Kurzbeschreibung (Englisch)")).toHaveValue(/^A grant from the Land/);
  await expectNoAxeViolations(page, "programme form with translations");
});

test("a suggestion of the header search opens the entry in the page's language", async ({ page }) => {
  await page.goto("/fr/foerderprogramme");
  await page.locator("#kopf-suche").focus();
  const combobox = page.getByRole("combobox", { name: "Rechercher dans le portail" });
  await expect(combobox).toBeFocused();
  await combobox.pressSequentially("DigiBoost", { delay: 20 });
  await page.getByRole("listbox", { name: "Suggestions de recherche" }).getByRole("option").first().click();
  await expect(page).toHaveURL(new RegExp(`/fr/foerderprogramme/${TRANSLATED}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("a French programme page names its successors in French where translated, else in German marked lang=de", async ({ page }) => {
  // go-digital has closed; its successors are the two translated programmes.
  await page.goto(`/fr/foerderprogramme/${UNTRANSLATED}`);
  const successors = page.getByTestId("successors").getByRole("link");
  await expect(successors).toHaveText(["BAFA – aide au conseil aux entreprises pour les PME", "DigiBoost – subvention à la numérisation des petites entreprises"]);
  for (const link of await successors.all()) {
    await expect(link).not.toHaveAttribute("lang", /.+/);
    await expect(link).toHaveAttribute("href", /^\/fr\/foerderprogramme\//);
  }
  // The funding body's name exists only in German: marked, the label beside it is French.
  await expect(page.locator("#facts + dl dt:text-is('Financeur') + dd > span[lang='de']")).toBeVisible();

  // A closed programme whose successors have no French version: German titles, marked.
  await page.goto("/fr/foerderprogramme/ideenwettbewerb-gruendung-uni-trier");
  const german = page.getByTestId("successors").getByRole("link");
  await expect(german).toHaveCount(2);
  for (const link of await german.all()) {
    await expect(link).toHaveAttribute("lang", "de");
    await expect(link).toHaveAttribute("href", /^\/fr\/foerderprogramme\//);
  }
  await expectNoAxeViolations(page, "successors in German, French page");

  // The German page is unchanged: German titles, no marks.
  await page.goto(`/foerderprogramme/${UNTRANSLATED}`);
  await expect(page.getByTestId("successors").getByRole("link")).toHaveText(["BAFA – Förderung von Unternehmensberatungen für KMU", "DigiBoost – Digitalisierungszuschuss für kleine Unternehmen"]);
  await expect(page.locator("main [lang]")).toHaveCount(0);
});

test("the open API answers in French with lang=fr and as before without it", async ({ request }) => {
  const french = await request.get(`/api/v1/programmes/${TRANSLATED}?lang=fr`);
  expect(french.status()).toBe(200);
  expect(await french.json()).toMatchObject({
    title: "DigiBoost – subvention à la numérisation des petites entreprises",
    url: expect.stringMatching(new RegExp(`/fr/foerderprogramme/${TRANSLATED}$`)),
    textLanguages: { title: "fr", summary: "fr", description: "fr" },
  });
  const german = await request.get(`/api/v1/programmes/${TRANSLATED}`);
  const body = (await german.json()) as Record<string, unknown>;
  expect(body.title).toBe("DigiBoost – Digitalisierungszuschuss für kleine Unternehmen");
  expect(body).not.toHaveProperty("textLanguages");
  expect(german.headers().etag).not.toBe(french.headers().etag);
  const wrong = await request.get(`/api/v1/programmes/${TRANSLATED}?lang=it`);
  expect(wrong.status()).toBe(400);
  expect(await wrong.json()).toMatchObject({ code: "INVALID_PARAMETER", field: "lang", detail: "Der Parameter „lang“ kennt nur die Sprachen de (Deutsch, Standard), fr und en." });
});

test("German names inside French pages are marked: the Förder-Check's Kreis choices, an advisor's organisation and Kreise", async ({ page }) => {
  await page.goto("/fr/foerder-check?wer=handwerk&beschaeftigte=12");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("label[lang='de']", { hasText: "Trier-Saarburg" })).toHaveCount(1);
  // Choices the catalogue translates are not marked.
  await page.goto("/fr/foerder-check");
  await expect(page.locator("label[lang]")).toHaveCount(0);

  await page.goto("/fr/berater");
  await page.locator("article.card h3 a").first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const kicker = page.locator("article p.text-lg").first();
  await expect(kicker.locator("span[lang='de']")).toHaveCount(1);
  await expect(page.locator("#focus + * dd [lang='de']").first()).toBeVisible();
});

test("a French list links its feed and calendar file in French; the feed names the French titles and French pages", async ({ page, request }) => {
  await page.goto("/fr/foerderprogramme?q=DigiBoost");
  const feedHref = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  expect(feedHref).toMatch(/\/foerderprogramme\/feed\.atom\?q=DigiBoost&lang=fr$/);
  await expect(page.getByTestId("subscribe-links").getByRole("link", { name: /\.ics/ })).toHaveAttribute("href", "/fristen/kalender.ics?q=DigiBoost&lang=fr");
  const feed = await (await request.get(new URL(feedHref!).pathname + new URL(feedHref!).search)).text();
  expect(feed).toContain('xml:lang="fr"');
  expect(feed).toContain("DigiBoost – subvention à la numérisation des petites entreprises");
  expect(feed).toContain(`/fr/foerderprogramme/${TRANSLATED}`);
  // The German list keeps the German addresses.
  await page.goto("/foerderprogramme?q=DigiBoost");
  expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toMatch(/feed\.atom\?q=DigiBoost$/);
});

test("an English event page offers its calendar file in English, and the news feed reads in French", async ({ page, request }) => {
  await page.goto("/en/veranstaltungen/ki-sprechtag-ihk-trier");
  const href = await page.locator("main a[href*='kalender.ics']").getAttribute("href");
  expect(href).toBe("/veranstaltungen/ki-sprechtag-ihk-trier/kalender.ics?lang=en");
  const ics = (await (await request.get(href!)).text()).replace(/\r\n /g, "");
  expect(ics).toContain("SUMMARY:AI consultation day: artificial intelligence in small and medium-sized businesses");
  expect(ics).toContain("/en/veranstaltungen/ki-sprechtag-ihk-trier");

  const feed = await (await request.get("/aktuelles/feed.xml?lang=fr")).text();
  expect(feed).toContain('xml:lang="fr"');
  expect(feed).toContain("Journée conseil IA de l’IHK : les inscriptions sont ouvertes");
  expect(feed).toContain("/fr/aktuelles/ki-sprechtag-anmeldung-offen");
  expect((await request.get("/aktuelles/feed.xml?lang=klingonisch")).status()).toBe(400);
});
