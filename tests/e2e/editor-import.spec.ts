import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signIn } from "./support/sign-in";

// The fixtures hold a {{suffix}} placeholder: every run imports its own titles and slugs, so runs
// and parallel workers never collide and the assertions never depend on global counts.
async function fixture(name: string, suffix: string) {
  const text = await readFile(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");
  return Buffer.from(text.replaceAll("{{suffix}}", suffix), "utf8");
}

async function expectAccessible(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page);
}

async function upload(page: Page, name: string, suffix: string) {
  await page.goto("/redaktion/import");
  await page.getByLabel("Art der Einträge").selectOption({ label: "Förderprogramme" });
  await page.getByLabel("Datei", { exact: true }).setInputFiles({ name: `foerderprogramme-${suffix}.csv`, mimeType: "text/csv", buffer: await fixture(name, suffix) });
  await page.getByRole("button", { name: "Datei prüfen" }).click();
  await page.waitForURL(/\/redaktion\/import\/[a-z0-9]+$/);
}

async function exported(page: Page, suffix: string) {
  const response = await page.request.get(`/redaktion/export/foerderprogramme?format=json&q=${suffix}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { title: string; status: string; fundingTypes: string[] }[];
}

test.describe("editor import of programmes", () => {
  // Several axe runs per test on a shared CI machine.
  test.setTimeout(120_000);

  test("a CSV with one bad row is rejected with that row's error, and nothing is written", async ({ page }) => {
    const suffix = `x${Date.now()}`;
    await signIn(page, "redaktion@regiontrier.example");
    await page.goto("/redaktion/import");
    await expectAccessible(page);

    await upload(page, "programme-one-bad-row.csv", suffix);
    const table = page.getByRole("table", { name: "Fehler nach Zeilen" });
    await expect(table).toBeVisible();
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "3", exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Förderarten");
    await expect(row).toContainText("„Kredit“ ist kein erlaubter Wert");
    await expect(page.getByRole("button", { name: "Import ausführen" })).toHaveCount(0);
    await expectAccessible(page);

    // None of the file's rows exists: not in the editor's data (export of the filtered list) …
    expect(await exported(page, suffix)).toEqual([]);
    // … and not in public search.
    await page.goto(`/suche?q=Importprobe+${suffix}`);
    // (the "Benachrichtigen" link names the search term, so only links that start with a title count)
    await expect(page.getByRole("link", { name: new RegExp(`^Importprobe ${suffix}`) })).toHaveCount(0);
  });

  test("the fixed CSV imports all rows as drafts", async ({ page }) => {
    const suffix = `x${Date.now()}`;
    await signIn(page, "redaktion@regiontrier.example");
    await upload(page, "programme-fixed.csv", suffix);
    await expect(page.getByText("3 Zeilen bereit (3 neu, 0 Aktualisierungen)")).toBeVisible();
    // The plan: what each row will do, before anything is written.
    const plan = page.getByRole("table", { name: "Jede Zeile: neu anlegen oder aktualisieren, mit Warnungen" });
    for (const name of ["Alpha", "Beta", "Gamma"]) await expect(plan.getByRole("row").filter({ hasText: `Importprobe ${suffix} ${name}` })).toContainText("Neu (Entwurf)");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Import ausführen" }).click();
    // The job page refreshes itself while the import runs.
    await expect(page.getByText("Import abgeschlossen: 3 neu angelegt, 0 aktualisiert.")).toBeVisible({ timeout: 60_000 });
    await expectAccessible(page);
    // It links exactly the drafts it created, each to its edit page.
    const drafts = page.getByTestId("created-drafts").getByRole("link");
    await expect(drafts).toHaveCount(3);
    await drafts.filter({ hasText: `Importprobe ${suffix} Beta` }).click();
    await expect(page).toHaveURL(/\/redaktion\/foerderprogramme\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(`Importprobe ${suffix} Beta`);

    const rows = await exported(page, suffix);
    expect(rows.map((r) => r.title).sort()).toEqual([`Importprobe ${suffix} Alpha`, `Importprobe ${suffix} Beta`, `Importprobe ${suffix} Gamma`]);
    expect(rows.every((r) => r.status === "Entwurf")).toBe(true);
    expect(rows.find((r) => r.title.endsWith("Beta"))?.fundingTypes).toEqual(["darlehen"]);

    await page.goto(`/redaktion/foerderprogramme?q=${suffix}`);
    for (const name of ["Alpha", "Beta", "Gamma"]) {
      const entry = page.getByRole("row").filter({ hasText: `Importprobe ${suffix} ${name}` });
      await expect(entry).toBeVisible();
      await expect(entry).toContainText("Entwurf");
    }
    // Drafts are not public.
    const response = await page.goto(`/foerderprogramme/importprobe-${suffix}-alpha`);
    expect(response?.status()).toBe(404);
  });

  test("export: a CSV with the import's headers and a BOM; 401 signed out, 403 for an advisor", async ({ page, browser }) => {
    await signIn(page, "redaktion@regiontrier.example");
    const response = await page.request.get("/redaktion/export/foerderprogramme?format=csv&status=PUBLISHED");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="foerderprogramme-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8").slice(1).split("\r\n")[0]).toMatch(/^Slug;Titel;Kurzbeschreibung;Beschreibung;/);
    const template = await page.request.get("/redaktion/import/vorlage/berater.csv");
    expect(template.status()).toBe(200);
    expect(await template.text()).toMatch(/^\uFEFFSlug;Art;Name;Funktion;Kurzbeschreibung;Organisation;/);

    // Without a session: proxy.ts sends the browser to the sign-in page (the route itself answers 401).
    const anonymous = await browser.newContext();
    const signedOut = await anonymous.request.get("/redaktion/export/foerderprogramme?format=csv", { maxRedirects: 0 });
    expect([307, 401]).toContain(signedOut.status());
    expect(signedOut.headers()["content-disposition"]).toBeUndefined();
    await anonymous.close();
    const advisorContext = await browser.newContext();
    const advisor = await advisorContext.newPage();
    await signIn(advisor, "berater@regiontrier.example");
    expect((await advisor.request.get("/redaktion/export/foerderprogramme?format=csv")).status()).toBe(403);
    expect((await advisor.goto("/redaktion/import"))?.status()).toBe(403);
    await advisorContext.close();
  });
});
