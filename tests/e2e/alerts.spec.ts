import { expect, test } from "@playwright/test";
import { PgBoss } from "pg-boss";
import { withDatabase } from "../../scripts/lib/database.mjs";
import { expectNoAxeViolations, expectNoAxeViolationsAtUrl } from "./support/axe";
import { e2eQuery } from "./support/db";
import { caughtMails, mailedLinkPath, waitForMail } from "./support/outbox";
import { uniqueWord } from "./support/unique-word";

// E-mail alerts without an account, without JavaScript: subscribe from a filtered programme list,
// confirm from the mail, see the alert on the manage page, get one digest when a matching programme
// is published, and leave with the mail's one-click unsubscribe (RFC 8058).
test.use({ javaScriptEnabled: false });

const databaseUrl = process.env.E2E_DATABASE_URL ?? withDatabase(process.env.DATABASE_URL, "regiontrier_e2e");

/** Runs the daily job as its schedule would: a job in the queue, which the e2e worker works. Waits for it. */
async function runDailyJob() {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", supervise: false, schedule: false, migrate: false });
  await boss.start();
  const id = await boss.send("alerts.daily", {});
  await boss.stop({ graceful: false });
  await expect
    .poll(async () => (await e2eQuery<{ state: string }>(`SELECT state FROM pgboss.job WHERE id = $1`, [id]))[0]?.state, { timeout: 30_000 })
    .toBe("completed");
}

async function publishProgramme(title: string) {
  const [body] = await e2eQuery<{ id: string }>(`SELECT id FROM "Organisation" ORDER BY name LIMIT 1`);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await e2eQuery(
    `INSERT INTO "Programme" (id, slug, title, summary, description, "fundingBodyId", level, "fundingTypes", "targetGroups", "sourceUrl", status, "publishedAt", "updatedAt")
     VALUES ($1, $2, $3, 'Kurz', 'Beschreibung', $4, 'LAND', ARRAY['ZUSCHUSS']::"FundingType"[], ARRAY['KMU']::"TargetGroup"[], 'https://example.org', 'PUBLISHED', now(), now())`,
    [`e2e${slug}`.slice(0, 30), slug, title, body!.id],
  );
  return slug;
}

test.beforeAll(async () => {
  await e2eQuery(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'alert-%'`);
});

test("subscribe without an account, confirm by mail, one digest a day, one-click unsubscribe", async ({ page, request, browser }) => {
  test.setTimeout(180_000);
  // axe runs inside the page, so it checks each page again in a context with JavaScript; the
  // form with errors is reached there by sending it again.
  const axeContext = await browser.newContext({ javaScriptEnabled: true });
  const axePage = await axeContext.newPage();
  const checkAxe = (label: string) => expectNoAxeViolationsAtUrl(page, label);
  const word = uniqueWord("Alarm");
  const email = `e2e-alert-${Date.now()}@example.org`;

  await page.goto(`/foerderprogramme?foerderart=zuschuss&q=${word}`);
  await page.getByRole("link", { name: "Per E-Mail benachrichtigen" }).click();
  await page.waitForURL((url) => url.pathname === "/benachrichtigungen/neu");
  await expect(page.getByTestId("alert-selection")).toHaveText(`Förderart: Zuschuss · Suchbegriff: „${word}“`);
  await checkAxe("subscribe form");

  // Without consent: a German message next to the field, nothing sent.
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await page.getByRole("button", { name: "Benachrichtigung anfordern" }).click();
  await expect(page.getByText("Bitte bestätigen Sie die Einwilligung.").first()).toBeVisible();
  await axePage.goto(page.url());
  await axePage.getByRole("button", { name: "Benachrichtigung anfordern" }).click();
  await expect(axePage.getByText("Bitte bestätigen Sie die Einwilligung.").first()).toBeVisible();
  await expectNoAxeViolations(axePage, "subscribe form with errors");
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await page.getByLabel(/^Ich willige ein/).check();
  await page.getByRole("button", { name: "Benachrichtigung anfordern" }).click();
  await page.waitForURL((url) => url.pathname === "/benachrichtigungen/neu/danke");
  await checkAxe("thanks");
  expect(await e2eQuery(`SELECT 1 FROM "AlertSubscriber" WHERE email = $1`, [email])).toEqual([]);

  // The mail's link opens a page with a button; only the button confirms.
  const confirmPath = await mailedLinkPath(email, /https?:\/\/\S+\/benachrichtigungen\/bestaetigen\/[A-Za-z0-9_-]+/);
  await page.goto(confirmPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benachrichtigung bestätigen");
  await checkAxe("confirm page");
  expect(await e2eQuery(`SELECT 1 FROM "AlertSubscriber" WHERE email = $1`, [email])).toEqual([]);
  await page.getByRole("button", { name: "Benachrichtigung bestätigen" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/benachrichtigungen/verwalten/"));
  await expect(page.getByText("Vielen Dank, Ihre Benachrichtigung ist gespeichert.")).toBeVisible();
  await expect(page.getByTestId("alert-list")).toContainText(`Förderart: Zuschuss · Suchbegriff: „${word}“`);
  await checkAxe("manage page");

  // A matching programme is published; the daily job mails it once, a second run the same day nothing.
  const title = `Zuschuss ${word}`;
  await publishProgramme(title);
  await runDailyJob();
  const digest = await waitForMail(email, new RegExp(title));
  expect(digest.text).toContain("Neu veröffentlicht oder geändert");
  expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const unsubscribeUrl = /<(https?:\/\/[^>]+)>/.exec(digest.headers["list-unsubscribe"]!.replace(/\s+/g, ""))![1]!;
  expect(new URL(unsubscribeUrl).pathname).toMatch(/^\/benachrichtigungen\/abmelden\/[A-Za-z0-9_-]{43}$/);
  await runDailyJob();
  // The job queues a digest in the transaction that claims the day: the outbox holds exactly one.
  expect(await e2eQuery(`SELECT 1 FROM "MailMessage" WHERE "toAddress" = $1 AND kind = 'alert-digest'`, [email])).toHaveLength(1);
  expect((await caughtMails(email)).filter((mail) => mail.text.includes(title))).toHaveLength(1);

  // The header's link in a browser (GET) shows a button and changes nothing.
  const path = new URL(unsubscribeUrl).pathname;
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Von allen Benachrichtigungen abmelden");
  await checkAxe("unsubscribe page");
  expect(await e2eQuery(`SELECT 1 FROM "AlertSubscriber" WHERE email = $1`, [email])).toHaveLength(1);

  // The mail client's one-click POST unsubscribes and deletes the address.
  const response = await request.post(path, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  expect(await e2eQuery(`SELECT 1 FROM "AlertSubscriber" WHERE email = $1`, [email])).toEqual([]);
  expect(await e2eQuery(`SELECT 1 FROM "MailMessage" WHERE "toAddress" = $1`, [email])).toEqual([]);

  // The page's own button works too (after the one-click, it says the same).
  await page.getByRole("button", { name: "Jetzt abmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/benachrichtigungen/abgemeldet");
  await checkAxe("unsubscribed");
  await axeContext.close();
});

/** Fills and sends the alert form; returns the canonical query the request stored. */
async function requestAlertFromForm(page: import("@playwright/test").Page, email: string) {
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await page.getByLabel(/^Ich willige ein/).check();
  await page.getByRole("button", { name: "Benachrichtigung anfordern" }).click();
  await page.waitForURL((url) => url.pathname === "/benachrichtigungen/neu/danke");
  const rows = await e2eQuery<{ query: string }>(`SELECT query FROM "PendingAlert" WHERE email = $1`, [email]);
  expect(rows).toHaveLength(1);
  return rows[0]!.query;
}

test("any search that shows programmes offers 'Benachrichtigen' with its words and filters", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const axeContext = await browser.newContext({ javaScriptEnabled: true });
  const axePage = await axeContext.newPage();

  // All types: the box under the programmes' section carries the words.
  await page.goto("/suche?q=Digitalisierung");
  const box = page.getByTestId("search-alert");
  await expect(box).toBeVisible();
  await axePage.goto(page.url());
  await expectNoAxeViolations(axePage, "search with alert box");
  // Advisors only: nothing to save as a programme alert.
  await page.goto("/suche?q=Digitalisierung&typ=berater");
  await expect(page.getByTestId("search-alert")).toHaveCount(0);

  // Programmes with a filter: the form shows words and filter, and subscribing stores both.
  await page.goto("/suche?q=Digitalisierung&typ=foerderprogramme&foerderart=zuschuss&sortierung=a-z");
  await page.getByRole("link", { name: "Per E-Mail benachrichtigen über neue Förderprogramme zu „Digitalisierung“" }).click();
  await page.waitForURL((url) => url.pathname === "/benachrichtigungen/neu");
  await expect(page.getByTestId("alert-selection")).toHaveText("Förderart: Zuschuss · Suchbegriff: „Digitalisierung“");
  await axePage.goto(page.url());
  await expectNoAxeViolations(axePage, "alert form from a search");
  expect(await requestAlertFromForm(page, `e2e-search-alert-${Date.now()}@example.org`)).toBe("?foerderart=zuschuss&q=Digitalisierung");
  await axeContext.close();
});

test("a Förder-Check result's alert link leads to the form with the answers' filters, and subscribing works", async ({ page }) => {
  await page.goto("/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=bis-10000&wann=sofort");
  await page.getByRole("link", { name: "Über neue passende Programme benachrichtigen" }).click();
  await page.waitForURL((url) => url.pathname === "/benachrichtigungen/neu");
  await expect(page.getByTestId("alert-selection")).toContainText("Eifelkreis Bitburg-Prüm");
  expect(await requestAlertFromForm(page, `e2e-check-alert-${Date.now()}@example.org`)).toBe(
    "?gebiet=eifelkreis-bitburg-pruem&status=demnaechst&status=offen&thema=digitaler-wandel-wirtschaft&zielgruppe=handwerk&zielgruppe=kmu",
  );
});
