import { expect, test } from "@playwright/test";
import { createThrowawayUser } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { mailedLinkPath } from "./support/outbox";
import { signIn } from "./support/sign-in";

test("a forgotten password is reset through the mailed single-use link", async ({ page }) => {
  const email = await createThrowawayUser("EDITOR", "Altes-Passwort-2026");

  await page.goto("/passwort-vergessen");
  await expectNoAxeViolations(page);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wenn zu dieser Adresse ein Konto besteht" })).toBeVisible();

  // An unknown address gets exactly the same answer.
  await page.goto("/passwort-vergessen");
  await page.getByLabel("E-Mail-Adresse").fill(`niemand-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wenn zu dieser Adresse ein Konto besteht" })).toBeVisible();

  const resetPath = await mailedLinkPath(email, /https?:\/\/\S+\/passwort-neu\/[A-Za-z0-9_-]+/);
  await page.goto(resetPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Passwort festlegen");
  await expectNoAxeViolations(page);

  await page.getByLabel("Neues Passwort", { exact: true }).fill("Neues-Passwort-2026");
  await page.getByLabel("Neues Passwort wiederholen").fill("Anderes-Passwort-2026");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page.getByRole("alert", { name: "Es gibt ein Problem" })).toContainText("stimmen nicht überein");
  await expect(page).toHaveTitle(/^Fehler: /);

  await page.getByLabel("Neues Passwort", { exact: true }).fill("Neues-Passwort-2026");
  await page.getByLabel("Neues Passwort wiederholen").fill("Neues-Passwort-2026");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await page.waitForURL((url) => url.pathname === "/anmelden");

  await signIn(page, email, "Neues-Passwort-2026");
  expect(new URL(page.url()).pathname).not.toBe("/anmelden");

  // The link was used up: opening it again explains that, without an error page.
  await page.goto(resetPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der Link wurde bereits verwendet");
});

test("an unknown reset link gets a clear page", async ({ page }) => {
  const response = await page.goto("/passwort-neu/gibt-es-nicht");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der Link ist ungültig");
  await expect(page.getByRole("link", { name: "Neuen Link anfordern" })).toHaveAttribute("href", "/passwort-vergessen");
});
