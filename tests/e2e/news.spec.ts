import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsAtUrl } from "./support/axe";
import { fillRichText } from "./support/rich-text";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";

// Aktuelles (issue 19, item 4): the public list with its GET filters and Atom feed, and an editor
// who writes a news item on "KI & Innovation" without JavaScript, links a programme and publishes
// it; it then appears in the list, the Themenfeld's page, the search and the feed.
const EDITOR = "redaktion@regiontrier.example";
const PROGRAMME = { slug: "ki-gutschein-rheinland-pfalz", title: "KI-Gutschein Rheinland-Pfalz" };

// Many steps, each page checked with axe: more time than a single-page spec.
test.describe.configure({ timeout: 420_000 });

test("the list shows the demo news, filters by Themenfeld and kind without JavaScript and names its feed", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    expect((await page.goto("/aktuelles"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Aktuelles" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Rathaus der Zukunft: Zwischenstand aus der Testphase", exact: true })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/aktuelles\/feed\.xml$/);
    await expectNoAxeViolationsAtUrl(page, "/aktuelles");

    await page.goto("/aktuelles?art=fortschritt");
    await expect(page.getByRole("link", { name: "Rathaus der Zukunft: Zwischenstand aus der Testphase", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "KI-Sprechtag der IHK: Anmeldung geöffnet", exact: true })).toHaveCount(0);
    await page.goto("/aktuelles?thema=ki-innovation");
    await expect(page.getByRole("link", { name: "KI-Sprechtag der IHK: Anmeldung geöffnet", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Aktuelles zu diesem Themenfeld als Feed abonnieren (Atom)" })).toHaveAttribute("href", "/aktuelles/feed.xml?thema=ki-innovation");
  } finally {
    await context.close();
  }
  const feed = await request.get("/aktuelles/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
  expect((await request.get("/aktuelles/feed.xml?thema=gibt-es-nicht")).status()).toBe(404);
});

test("an editor writes a news item on KI & Innovation linking a programme, publishes it, and it appears everywhere", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // A title made of random letters only: publishing refuses look-alikes of earlier runs' titles.
  const word = uniqueWord("Meldung");
  const title = word;
  let slug = "";
  try {
    await signIn(page, EDITOR);
    await page.goto("/redaktion/aktuelles/neu");
    await expectNoAxeViolationsAtUrl(page, "editor form");
    await page.getByLabel("Titel", { exact: true }).fill(title);
    await page.getByLabel("Art", { exact: true }).selectOption("FORTSCHRITT");
    await page.getByLabel("Kurztext", { exact: true }).fill("Ein Probe-Bericht der Redaktion.");
    await fillRichText(page, "Text", "<p>Was seit dem letzten Bericht geschehen ist.</p>", { javaScript: false });
    await page.getByRole("group", { name: "Themenfelder" }).getByLabel("KI & Innovation").check();
    await page.getByRole("group", { name: "Verknüpfte Förderprogramme" }).getByLabel(PROGRAMME.title, { exact: false }).first().check();
    await page.getByRole("button", { name: "Entwurf anlegen" }).click();
    await page.waitForURL(/\/redaktion\/aktuelles\/[^/]+\?meldung=created$/);
    slug = await page.getByLabel("Webadresse (Slug)").inputValue();
    expect((await page.goto(`/aktuelles/${slug}`))?.status()).toBe(404);

    await page.goBack();
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await page.waitForURL(/meldung=publish$/);

    await page.goto(`/aktuelles/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Fortschrittsbericht vom").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "KI & Innovation" }).first()).toHaveAttribute("href", "/themen/ki-innovation");
    await expect(page.getByRole("link", { name: PROGRAMME.title, exact: true })).toHaveAttribute("href", `/foerderprogramme/${PROGRAMME.slug}`);
    await expectNoAxeViolationsAtUrl(page, "detail without JavaScript");

    for (const path of ["/aktuelles", "/aktuelles?thema=ki-innovation", "/themen/ki-innovation"]) {
      await page.goto(path);
      await expect(page.getByRole("link", { name: title, exact: true }), path).toBeVisible();
    }
    await page.goto("/aktuelles?thema=gesundheit");
    await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);

    await page.goto(`/suche?q=${word}`);
    await expect(page.getByRole("link", { name: /Aktuelles \(1\)/ })).toBeVisible();
    await expect(page.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", `/aktuelles/${slug}`);
  } finally {
    await context.close();
  }

  for (const path of ["/aktuelles/feed.xml", "/aktuelles/feed.xml?thema=ki-innovation"]) {
    const feed = await (await request.get(path)).text();
    expect(feed, path).toContain(`/aktuelles/${slug}`);
    expect(feed, path).toContain(word);
  }
  expect(await (await request.get("/aktuelles/feed.xml?thema=gesundheit")).text()).not.toContain(word);

  // axe needs a page of a context made with browser.newContext().
  const jsContext = await browser.newContext();
  const withJs = await jsContext.newPage();
  try {
    await withJs.goto(`/aktuelles/${slug}`);
    await expect(withJs.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoAxeViolations(withJs, "detail with JavaScript");
    expect((await withJs.goto("/aktuelles/gibt-es-nicht"))?.status()).toBe(404);
  } finally {
    await jsContext.close();
  }
});
