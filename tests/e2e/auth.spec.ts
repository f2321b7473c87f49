import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createThrowawayUser } from "./support/accounts";
import { signIn, signOut } from "./support/sign-in";

// Each submit waits for bcrypt (cost 12), which takes seconds on a busy machine.
const ACTION = { timeout: 20_000 };

// Failed sign-ins count per client address (20 in 15 minutes lock it), and every spec signs in
// from the same address: this file fails exactly once, with an address that has no account.
const EDITOR = "redaktion@regiontrier.example";
const ADMIN = "admin@regiontrier.example";
const ADVISOR = "berater@regiontrier.example";

async function expectAccessible(page: Page, label: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page, label);
}

const path = (page: Page) => new URL(page.url()).pathname;

test("an editor signs in and lands in the editor area; next-auth sees the session", async ({ page }) => {
  await signIn(page, EDITOR);
  expect(path(page)).toBe("/redaktion");
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user).toMatchObject({ email: EDITOR, role: "EDITOR" });
});

test("a wrong sign-in shows one generic message, prefixes the title and stays accessible", async ({ page }) => {
  await page.goto("/anmelden");
  await expectAccessible(page, "/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(`niemand-${Date.now()}@example.org`);
  await page.getByLabel("Passwort", { exact: true }).fill("falsches-Passwort");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("alert", { name: "Es gibt ein Problem" })).toContainText("E-Mail-Adresse oder Passwort ist falsch.", ACTION);
  await expect(page).toHaveTitle(/^Fehler: /);
  expect(path(page)).toBe("/anmelden");
  await expectAccessible(page, "/anmelden with an error");
});

test("an empty sign-in form names the missing fields", async ({ page }) => {
  await page.goto("/anmelden");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByRole("link", { name: /^E-Mail-Adresse: Bitte füllen Sie dieses Feld aus/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Passwort: Bitte füllen Sie dieses Feld aus/ })).toBeVisible();
});

test("an advisor signs in to their own entry and gets 403 in the editor area", async ({ page }) => {
  await signIn(page, ADVISOR);
  expect(path(page)).toBe("/mein-profil");
  for (const target of ["/redaktion", "/redaktion/benutzer"]) {
    const response = await page.goto(target);
    expect(response?.status(), target).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
  }
});

test("an editor may not manage accounts", async ({ page }) => {
  await signIn(page, EDITOR);
  const response = await page.goto("/redaktion/benutzer");
  expect(response?.status()).toBe(403);
});

test("signed out, the editor area sends to the sign-in page and back afterwards", async ({ page }) => {
  await page.goto("/redaktion/foerderprogramme?status=DRAFT");
  expect(path(page)).toBe("/anmelden");
  expect(new URL(page.url()).searchParams.get("weiter")).toBe("/redaktion/foerderprogramme?status=DRAFT");
  await page.getByLabel("E-Mail-Adresse").fill(EDITOR);
  await page.getByLabel("Passwort", { exact: true }).fill("Demo-Passwort-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/redaktion/foerderprogramme", ACTION);
  expect(new URL(page.url()).search).toBe("?status=DRAFT");
});

test("a return path to another site is ignored", async ({ page }) => {
  await page.goto(`/anmelden?weiter=${encodeURIComponent("//evil.example/redaktion")}`);
  await page.getByLabel("E-Mail-Adresse").fill(EDITOR);
  await page.getByLabel("Passwort", { exact: true }).fill("Demo-Passwort-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/redaktion", ACTION);
  expect(new URL(page.url()).hostname).toBe("localhost");
});

// A throwaway account: signing out ends every session of the account, which would sign parallel
// specs out of a shared demo account.
test("signing out ends the session on the server: a copied cookie is refused afterwards", async ({ page, browser }) => {
  const email = await createThrowawayUser("EDITOR", "Abmelde-Passwort-2026");
  await signIn(page, email, "Abmelde-Passwort-2026");
  const copied = await page.context().cookies();
  await signOut(page);
  await page.goto("/konto");
  expect(path(page)).toBe("/anmelden");

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/konto");
  expect(new URL(stolen.url()).pathname).toBe("/anmelden");
  await thief.close();
});

test("sign-in works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/anmelden?weiter=/konto");
  await page.getByLabel("E-Mail-Adresse").fill(ADVISOR);
  await page.getByLabel("Passwort", { exact: true }).fill("Demo-Passwort-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/konto", ACTION);
  await expect(page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
  await context.close();
});

async function newBrowserPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("an admin creates an account; its password change and its disabling end the other sessions", async ({ page, browser }) => {
  const email = `e2e-konto-${Date.now()}@example.org`;
  test.setTimeout(150_000); // five sign-ins and two password hashes
  const firstPassword = "Erstes-Passwort-2026";
  const newPassword = "Zweites-Passwort-2026";

  await signIn(page, ADMIN);
  await page.goto("/redaktion/benutzer");
  await expectAccessible(page, "/redaktion/benutzer");
  await page.getByRole("link", { name: "Neues Konto anlegen" }).click();
  await expectAccessible(page, "/redaktion/benutzer/neu");
  await page.getByLabel("Name").fill("E2E Testkonto");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  // No preset role: the first one in the list would be "Administration".
  await expect(page.getByLabel("Rolle")).toHaveValue("");
  await page.getByLabel("Rolle").selectOption("EDITOR");
  await page.getByLabel("Erstes Passwort").fill(firstPassword);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(page.getByText("Das Konto wurde angelegt.")).toBeVisible(ACTION);
  const accountUrl = page.url();
  await expectAccessible(page, "account detail");

  // Two sessions of the new account; changing the password in one ends the other.
  const first = await newBrowserPage(browser);
  const second = await newBrowserPage(browser);
  await signIn(first.page, email, firstPassword);
  await signIn(second.page, email, firstPassword);
  await first.page.goto("/konto");
  await expect(first.page.getByText(email)).toBeVisible();
  await expectAccessible(first.page, "/konto");
  await first.page.getByLabel("Aktuelles Passwort").fill(firstPassword);
  await first.page.getByLabel("Neues Passwort", { exact: true }).fill(newPassword);
  await first.page.getByLabel("Neues Passwort wiederholen").fill(newPassword);
  await first.page.getByRole("button", { name: "Passwort ändern" }).click();
  // Checking the old and hashing the new password takes two bcrypt rounds: allow a busy CI machine time.
  await expect(first.page.getByText("Ihr Passwort wurde geändert.")).toBeVisible(ACTION);
  await first.page.goto("/konto"); // this browser got a new cookie and stays signed in
  await expect(first.page.getByRole("heading", { level: 1, name: "Mein Konto" })).toBeVisible();
  await second.page.goto("/konto");
  expect(path(second.page)).toBe("/anmelden");

  // Disabling the account ends the remaining session at its next request.
  await page.goto(accountUrl);
  await page.getByRole("button", { name: "Konto sperren" }).click();
  await expect(page.getByText("Das Konto wurde gesperrt.")).toBeVisible(ACTION);
  await expect(page.getByRole("button", { name: "Konto entsperren" })).toBeVisible();
  await first.page.goto("/konto");
  expect(path(first.page)).toBe("/anmelden");
  await first.context.close();
  await second.context.close();
});

test("the password change explains what is wrong", async ({ page }) => {
  await signIn(page, ADVISOR);
  await page.goto("/konto");
  await page.getByLabel("Aktuelles Passwort").fill("Demo-Passwort-2026");
  await page.getByLabel("Neues Passwort", { exact: true }).fill("zu-kurz");
  await page.getByLabel("Neues Passwort wiederholen").fill("etwas-anderes");
  await page.getByRole("button", { name: "Passwort ändern" }).click();
  await expect(page.getByRole("link", { name: /Das Passwort muss mindestens 12 Zeichen lang sein/ })).toBeVisible(ACTION);
  await expect(page.getByRole("link", { name: /stimmen nicht überein/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expectAccessible(page, "/konto with errors");
});

test("an admin cannot disable their own account", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/redaktion/benutzer");
  await page.getByRole("row", { name: /Ihr Konto/ }).getByRole("link").click();
  await page.getByRole("button", { name: "Konto sperren" }).click();
  await expect(page.getByRole("alert", { name: "Es gibt ein Problem" })).toContainText("Sie können Ihr eigenes Konto nicht sperren.", ACTION);
});
