import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

// The editor overview: freshness dashboard, organisations, topics/synonyms and the admin change log.
const EDITOR = "redaktion@regiontrier.example";
const ADMIN = "admin@regiontrier.example";

// Several page loads and axe runs per test: more than the default minute on a busy CI machine.
test.describe.configure({ timeout: 150_000 });

async function expectAccessible(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page, page.url());
}

async function createOrganisation(page: Page, name: string) {
  await page.goto("/redaktion/organisationen/neu");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Art der Organisation").selectOption({ label: "Netzwerk" });
  await page.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Organisation bearbeiten: ${name}`);
  await expect(page.getByRole("status").filter({ hasText: "Die Organisation wurde angelegt." })).toBeVisible();
}

test("an editor sees the four dashboard sections, each entry a link to act on", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/redaktion");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Übersicht der Redaktion");
  for (const heading of [/^Seit mehr als 90 Tagen nicht geprüft \(\d+\)$/, /^Fristen in den nächsten 30 Tagen \(\d+\)$/, /^In Prüfung \(\d+\)$/, /^Zuletzt geändert \(\d+\)$/]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  // The seed has a programme whose deadline is today (still open through the whole day).
  const deadlines = page.getByRole("region", { name: /^Fristen in den nächsten 30 Tagen/ });
  await expect(deadlines.getByRole("row", { name: /Vereine digital/ })).toContainText("Frist: bis einschließlich");
  await expect(deadlines.getByRole("row", { name: /Vereine digital/ })).toContainText("endet heute");
  await expect(page.getByRole("link", { name: "Alle Förderprogramme mit Frist in den nächsten 30 Tagen" })).toHaveAttribute("href", "/redaktion/foerderprogramme?frist=30");
  await expectAccessible(page);

  const link = deadlines.getByRole("link", { name: /Vereine digital/ });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/redaktion\/foerderprogramme\/[\w-]+$/);
  await link.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an editor creates and edits an organisation", async ({ page }) => {
  const name = `E2E Netzwerk ${Date.now()}`;
  await signIn(page, EDITOR);
  await page.goto("/redaktion/organisationen");
  await expectAccessible(page);
  await page.goto("/redaktion/organisationen/neu");
  await expectAccessible(page);

  // A refused save keeps what was typed and names the problem.
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Organisation anlegen" }).click();
  await expect(page.getByRole("alert", { name: "Es gibt ein Problem" })).toContainText("Art der Organisation");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);

  await createOrganisation(page, name);
  await page.getByLabel("Ort (optional)").fill("Bitburg");
  await page.getByLabel("Website (optional)").fill("https://netzwerk.example");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Die Änderungen wurden gespeichert.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Ort (optional)")).toHaveValue("Bitburg");
  await expectAccessible(page);

  // Second save after the first: the lock token was renewed, so no conflict.
  await page.getByLabel("Kurzname (optional)").fill("E2E");
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Die Änderungen wurden gespeichert.")).toBeVisible();

  await page.goto(`/redaktion/organisationen?q=${encodeURIComponent(name)}&art=NETZWERK`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Bitburg");
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: "Organisation löschen" }).click();
  await expect(page).toHaveURL(/\/redaktion\/organisationen\?geloescht=1$/);
});

test("a referenced organisation cannot be deleted", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/redaktion/organisationen?q=Handwerkskammer+Trier");
  await page.getByRole("link", { name: "Handwerkskammer Trier" }).click();
  await page.getByRole("button", { name: "Organisation löschen" }).click();
  await expect(page.getByRole("alert", { name: "Es gibt ein Problem" })).toContainText("kann nicht gelöscht werden");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisation bearbeiten: Handwerkskammer Trier");
});

test("a new synonym group takes effect in the public search, also on searches cached before", async ({ page, request }) => {
  const word = `quokkanetz${Date.now()}`;
  const searches = [`/suche?q=${word}`, `/foerderprogramme?q=${word}`];
  // Both result pages are cached without hits first (text searches are cached like lists).
  for (const url of searches) {
    await request.get(url);
    await expect.poll(async () => (await request.get(url)).headers()["x-nextjs-cache"], { timeout: 15_000 }).toBe("HIT");
  }
  // The search API's answers are cached in the shared store too (lib/search/cached-answers.ts).
  const api = `/api/v1/search?q=${word}`;
  const apiTitles = async () => ((await (await request.get(api)).json()) as { hits: { title: string }[] }).hits.map((hit) => hit.title);
  expect(await apiTitles()).toEqual([]);
  await signIn(page, EDITOR);
  await page.goto("/redaktion/themen");
  await expect(page.getByRole("heading", { level: 2, name: /^Themenfelder \(8\)$/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Neue Synonymgruppe anlegen" }).click();
  await expectAccessible(page);

  await page.getByLabel("Begriffe").fill("nur-einer");
  await page.getByRole("button", { name: "Synonymgruppe anlegen" }).click();
  await expect(page.getByRole("alert", { name: "Es gibt ein Problem" })).toContainText("mindestens zwei verschiedene Begriffe");

  await page.getByLabel("Begriffe").fill(`${word.toUpperCase()}\nGigabitausbau`);
  await page.getByRole("button", { name: "Synonymgruppe anlegen" }).click();
  await expect(page.getByText("Die Synonymgruppe wurde angelegt.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`${word}, gigabitausbau`) })).toBeVisible();

  for (const url of searches) {
    await page.goto(url);
    await expect(page.getByRole("link", { name: "Landeskofinanzierung für den Gigabitausbau" })).toBeVisible();
  }
  expect(await apiTitles()).toContain("Landeskofinanzierung für den Gigabitausbau");

  // Clean up through the UI: the search no longer links the word afterwards.
  await page.goto("/redaktion/themen");
  await page.getByRole("link", { name: `Bearbeiten: ${word}, gigabitausbau` }).click();
  await page.getByRole("button", { name: "Synonymgruppe löschen" }).click();
  await expect(page.getByText("Die Synonymgruppe wurde gelöscht.")).toBeVisible();
  await page.goto(searches[0]!);
  await expect(page.getByRole("link", { name: "Landeskofinanzierung für den Gigabitausbau" })).toHaveCount(0);
  expect(await apiTitles()).toEqual([]);
});

test("the change log is for administrators: an editor gets 403, an admin filters by entity type", async ({ page, browser }) => {
  await signIn(page, EDITOR);
  const refused = await page.goto("/redaktion/protokoll");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kein Zugriff");

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const name = `E2E Protokoll ${Date.now()}`;
  await signIn(admin, ADMIN);
  await createOrganisation(admin, name);
  await admin.goto("/redaktion/protokoll");
  await expectAccessible(admin);
  await admin.getByLabel("Art des Eintrags").selectOption({ label: "Organisation" });
  await admin.getByRole("button", { name: "Filtern" }).click();
  await expect(admin).toHaveURL(/[?&]typ=organisation(&|$)/);
  const row = admin.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Organisation angelegt");
  await row.getByText(/Felder? anzeigen/).click();
  await expect(row.getByRole("cell", { name: name, exact: true })).toBeVisible();
  await expectAccessible(admin);
  await row.getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Organisation bearbeiten: ${name}`);
  await adminContext.close();
});
