import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo-Passwort-2026";

/** Signs in through the /anmelden form and waits until the redirect has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname !== "/anmelden", { timeout: 20_000 });
}

/** Signs out with the button of the signed-in area (from any page that shows it). */
export async function signOut(page: Page) {
  if (!(await page.getByRole("button", { name: "Abmelden" }).isVisible())) await page.goto("/konto");
  await page.getByRole("button", { name: "Abmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/anmelden");
  await expect(page.getByText("Sie wurden abgemeldet.")).toBeVisible();
}

/** A page in a browser context of its own, signed in as `email` (close the context when done). */
export async function signedInPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}
