import { createHash } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { liveToken } from "./hostile/fixtures";
import { createThrowawayUser } from "./support/accounts";
import { e2eQuery } from "./support/db";
import { mailedLinkPath } from "./support/outbox";

// The pages behind a mailed secret link (password reset, invitation, provider sign-up) are plain
// forms, and without JavaScript their POST is a real browser form post: it carries the page's
// Origin only if the page's referrer policy allows it ("no-referrer" sends "Origin: null", which
// the request guard refuses as a foreign site; lib/security/token-page-referrer.ts).

async function withoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test.beforeAll(async () => {
  await e2eQuery(`DELETE FROM "RateLimitBucket" WHERE key LIKE 'signup-ip:%'`);
});

test("without JavaScript a mailed reset link sets the new password", async ({ browser }) => {
  const email = await createThrowawayUser("EDITOR", "Altes-Passwort-2026");
  const { context, page } = await withoutJavaScript(browser);
  await page.goto("/passwort-vergessen");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wenn zu dieser Adresse ein Konto besteht" })).toBeVisible();

  await page.goto(await mailedLinkPath(email, /https?:\/\/\S+\/passwort-neu\/[A-Za-z0-9_-]+/));
  await page.getByLabel("Neues Passwort", { exact: true }).fill("Neues-Passwort-2026");
  await page.getByLabel("Neues Passwort wiederholen").fill("Neues-Passwort-2026");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await page.waitForURL((url) => url.pathname === "/anmelden");
  const [token] = await e2eQuery<{ usedAt: Date | null }>(
    `SELECT t."usedAt" FROM "AccountToken" t JOIN "User" u ON u.id = t."userId" WHERE u.email = $1 AND t.purpose = 'PASSWORD_RESET'`,
    [email],
  );
  expect(token?.usedAt).not.toBeNull();
  await context.close();
});

test("without JavaScript an invitation link sets the password", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser);
  const token = await liveToken("INVITATION");
  // An invited account has no password until the invitation is accepted.
  const tokenHash = createHash("sha256").update(token, "utf8").digest("hex");
  await e2eQuery(`UPDATE "User" SET "passwordHash" = '' WHERE id = (SELECT "userId" FROM "AccountToken" WHERE "tokenHash" = $1)`, [tokenHash]);
  await page.goto(`/einladung/${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einladung annehmen");
  await page.getByLabel("Passwort", { exact: true }).fill("Eigenes-Passwort-2026");
  await page.getByLabel("Passwort wiederholen").fill("Eigenes-Passwort-2026");
  await page.getByRole("button", { name: "Passwort festlegen und anmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/mein-profil");
  await page.goto(`/einladung/${token}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der Link wurde bereits verwendet");
  await context.close();
});

test("without JavaScript a provider confirms the sign-up from the mailed link, also in French", async ({ browser }) => {
  const { context, page } = await withoutJavaScript(browser);
  const email = `e2e-nojs-signup-${Date.now()}@example.org`;
  await page.goto("/fr/dienstleister/eintragen");
  await page.getByLabel("Nom de l'entreprise", { exact: true }).fill(`Sans JS ${Date.now()} SARL`);
  await page.getByLabel("Code postal", { exact: true }).fill("54290");
  await page.getByLabel("Localité", { exact: true }).fill("Trier");
  await page.getByLabel("Arrondissement", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Taille de l'entreprise", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Prénom et nom", { exact: true }).fill("Erika Muster");
  await page.getByLabel("Adresse électronique", { exact: true }).fill(email);
  await page.getByRole("group", { name: /^Prestations/ }).getByRole("checkbox").first().check();
  await page.getByLabel("Résumé", { exact: true }).fill("Sites web et applications pour les entreprises de la région.");
  await page.getByLabel("Description", { exact: true }).fill("Nous développons des applications.");
  await page.getByRole("checkbox", { name: /^J'accepte/ }).check();
  await page.getByRole("button", { name: "Envoyer l'entrée" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/dienstleister/eintragen/danke");

  await page.goto(await mailedLinkPath(email, /https?:\/\/\S+\/dienstleister\/eintragen\/bestaetigen\/[A-Za-z0-9_-]+/));
  await page.getByRole("button", { name: "Confirmer l'adresse électronique" }).click();
  await page.waitForURL((url) => url.pathname === "/fr/dienstleister/eintragen/bestaetigt");
  expect(await e2eQuery<{ status: string }>(`SELECT status FROM "ProviderSignup" WHERE email = $1`, [email])).toEqual([{ status: "PENDING" }]);
  await context.close();
});
