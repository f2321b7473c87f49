import { expect, test, type Locator, type Page } from "@playwright/test";

// Issue 15 item 1, done-when: without JavaScript, the Förder-Check for "Handwerksbetrieb, 12
// Beschäftigte, Eifelkreis Bitburg-Prüm, Webshop" shows a matching open programme with its reason,
// an advisor for the Eifelkreis and a provider; a closed programme (go-digital) is never offered.

const RESULT =
  "/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=bis-10000&wann=sofort";

test.use({ javaScriptEnabled: false });

/** A programme of the result, by its slug. */
const match = (page: Page, slug: string) => page.locator("ol.matches > li").filter({ has: page.locator(`h3 a[href="/foerderprogramme/${slug}"]`) });
/** The list under one of a match's headings ("Warum es passt", "Was Sie prüfen sollten"). */
const listUnder = (item: Locator, heading: string) => item.locator(`h4:text-is("${heading}") + ul`);
const WHY = "Warum es passt";
const CHECK = "Was Sie prüfen sollten";

async function answer(page: Page, progress: string, choose: () => Promise<void>, button = "Weiter") {
  // axe for every step runs in accessibility.spec.ts; here the walk itself.
  await expect(page.getByText(progress)).toBeVisible();
  await choose();
  await page.getByRole("button", { name: button }).click();
}

async function expectExampleResult(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Förder-Check: Ihr Ergebnis");
  const digiboost = match(page, "isb-digiboost");
  await expect(digiboost).toBeVisible();
  await expect(digiboost.locator("[data-status]")).toHaveAttribute("data-status", "open");
  await expect(listUnder(digiboost, WHY)).toContainText("Richtet sich ausdrücklich an Handwerksbetriebe");
  await expect(listUnder(digiboost, WHY)).toContainText("Landesprogramm Rheinland-Pfalz: gilt auch in Ihrem Kreis");
  await expect(listUnder(digiboost, CHECK)).toContainText("Antrag vor Projektbeginn");
  // The programme for the Kreis itself ranks first.
  await expect(page.locator("ol.matches > li h3 a").first()).toHaveAttribute("href", "/foerderprogramme/start-im-eifelkreis");
  // Closed programmes are never offered.
  await expect(match(page, "go-digital")).toHaveCount(0);
  for (const status of await page.locator("ol.matches > li > [data-status]").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))) {
    expect(status).not.toBe("closed");
  }
  const advisors = page.getByRole("region", { name: "Beratung für Ihren Kreis: Eifelkreis Bitburg-Prüm" });
  await expect(advisors.getByRole("link", { name: "Christina Hansen" })).toBeVisible();
  const providers = page.getByRole("region", { name: "Dienstleister in Ihrem Kreis: Eifelkreis Bitburg-Prüm" });
  await expect(providers.getByRole("link", { name: "Eifeler Webwerk" })).toBeVisible();
}

test("the example walks through the steps to a result with reasons, an advisor and a provider", async ({ page }) => {
  // Eight page loads without JavaScript; on the shared two-core runner that can take over a minute.
  test.setTimeout(120_000);
  await page.goto("/");
  await page.getByRole("link", { name: "Förder-Check starten" }).click();
  await expect(page).toHaveURL(/\/foerder-check$/);

  await answer(page, "Schritt 1 von 6", () => page.getByRole("radio", { name: "Handwerksbetrieb", exact: true }).check());
  await answer(page, "Schritt 2 von 6", () => page.getByRole("spinbutton", { name: "Wie viele Beschäftigte hat Ihr Betrieb?" }).fill("12"));
  await answer(page, "Schritt 3 von 6", () => page.getByRole("radio", { name: "Eifelkreis Bitburg-Prüm", exact: true }).check());
  await answer(page, "Schritt 4 von 6", () => page.getByRole("radio", { name: "Webshop", exact: true }).check());
  await answer(page, "Schritt 5 von 6", () => page.getByRole("radio", { name: "bis 10.000 €", exact: true }).check());
  await answer(page, "Schritt 6 von 6", () => page.getByRole("radio", { name: "In den nächsten drei Monaten", exact: true }).check(), "Ergebnis anzeigen");

  // The result URL is the canonical, shareable one.
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(RESULT);
  await expectExampleResult(page);

  // Back through the browser history: the last step again, with its answer kept in the URL before.
  await page.goBack();
  await expect(page.getByText("Schritt 6 von 6")).toBeVisible();
  await page.goBack();
  await expect(page.getByText("Schritt 5 von 6")).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expectExampleResult(page);
});

test("the shared result URL opened fresh shows the same result", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(RESULT);
  await expectExampleResult(page);
  await context.close();
});

test("'Zurück' and 'ändern' keep the other answers; unknown values are dropped", async ({ page }) => {
  await page.goto(RESULT);
  await page.getByRole("link", { name: "Wo ist Ihr Sitz? ändern" }).click();
  await expect(page.getByRole("radio", { name: "Eifelkreis Bitburg-Prüm" })).toBeChecked();
  await page.getByRole("radio", { name: "Stadt Trier" }).check();
  await page.getByRole("button", { name: "Ergebnis anzeigen" }).click();
  await expect(page).toHaveURL(/wo=stadt-trier&was=webshop/);
  await expect(page.getByRole("heading", { name: "Beratung für Ihren Kreis: Stadt Trier" })).toBeVisible();

  await page.goto("/foerder-check?wer=handwerk&beschaeftigte=12&wo=atlantis&was=webshop&x=1");
  await expect(page).toHaveURL(/\/foerder-check\?wer=handwerk&beschaeftigte=12&was=webshop$/);
  await expect(page.getByText("Schritt 3 von 6")).toBeVisible();
  await page.getByRole("link", { name: "Zurück" }).click();
  await expect(page.getByRole("spinbutton", { name: "Wie viele Beschäftigte hat Ihr Betrieb?" })).toHaveValue("12");
});

test("the print layout hides navigation, footer and forms", async ({ page }) => {
  await page.goto(RESULT);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.locator("footer").first()).toBeHidden();
  await expect(page.getByRole("link", { name: "Neu beginnen" })).toBeHidden();
  await expect(match(page, "isb-digiboost")).toBeVisible();
});

test("the programmes' stated conditions: employee limit and 'Antrag vor Projektbeginn' exclude, else they are named", async ({ page }) => {
  // DigiBoost: "kleine Unternehmen (weniger als 50 Beschäftigte)", "Das Vorhaben muss vor Beginn beantragt werden".
  const digiboost = match(page, "isb-digiboost");
  await page.goto(RESULT);
  await expect(listUnder(digiboost, CHECK)).toContainText("Nur für Betriebe bis 49 Beschäftigte");
  await expect(listUnder(digiboost, CHECK)).toContainText("Antrag vor Projektbeginn stellen");
  await page.goto(RESULT.replace("beschaeftigte=12", "beschaeftigte=60"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Förder-Check: Ihr Ergebnis");
  await expect(page.locator("ol.matches > li").first()).toBeVisible();
  await expect(digiboost).toHaveCount(0);
  await page.goto(RESULT.replace("wann=sofort", "wann=begonnen"));
  await expect(page.locator("ol.matches > li").first()).toBeVisible();
  await expect(digiboost).toHaveCount(0);
});

test("the result offers an alert for new matching programmes, with the answers' filters", async ({ page }) => {
  await page.goto(RESULT);
  await page.getByRole("link", { name: "Über neue passende Programme benachrichtigen" }).click();
  await page.waitForURL((url) => url.pathname === "/benachrichtigungen/neu");
  const selection = page.getByTestId("alert-selection");
  for (const part of ["Status: Jetzt beantragbar, Demnächst beantragbar", "Zielgruppe: Kleine und mittlere Unternehmen, Handwerksbetriebe", "Digitaler Wandel in der Wirtschaft", "Eifelkreis Bitburg-Prüm"]) {
    await expect(selection).toContainText(part);
  }
  await page.goBack();
  await page.getByRole("link", { name: "Alle passenden Programme in der Liste" }).click();
  await page.waitForURL((url) => url.pathname === "/foerderprogramme");
  await expect(page.locator('a[href="/foerderprogramme/isb-digiboost"]').first()).toBeVisible();
});
