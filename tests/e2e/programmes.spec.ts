import { expect, test } from "@playwright/test";
import { DEADLINE_TODAY_SLUG, DEADLINE_YESTERDAY_SLUG } from "../../prisma/seed/data/programmes/kommune";
import { ARCHIVED_PROGRAMME_SLUG, DRAFT_PROGRAMME_SLUGS, IN_REVIEW_PROGRAMME_SLUG } from "../../prisma/seed/data/programmes/unpublished";

const resultCount = async (page: import("@playwright/test").Page) => {
  const text = await page.locator("#ergebnisse-heading").innerText();
  return text.startsWith("Keine") ? 0 : Number(text.replace(/\D/g, ""));
};

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filters programmes by two facets with a plain GET form", async ({ page }) => {
    await page.goto("/foerderprogramme");
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(20);

    const grant = page.getByRole("group", { name: "Förderart" }).getByLabel(/^Zuschuss/);
    const openNow = page.getByRole("group", { name: "Status" }).getByLabel(/^Jetzt beantragbar/);
    const expectedForStatus = Number((await openNow.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "")).match(/\((\d+)\)/)?.[1]);
    await grant.check();
    await openNow.check();
    await page.getByRole("button", { name: "Filter anwenden" }).click();

    await expect(page).toHaveURL(/foerderart=zuschuss/);
    await expect(page).toHaveURL(/status=offen/);
    const filtered = await resultCount(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    expect(filtered).toBeLessThanOrEqual(expectedForStatus);
    // Every result is applicable now and a grant, as the filters promise.
    const statuses = await page.locator("article [data-status]").evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
    expect(statuses.length).toBe(Math.min(filtered, 20));
    for (const status of statuses) expect(["open", "rolling"]).toContain(status);
    await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Förderart" }).getByLabel(/^Zuschuss/)).toBeChecked();
  });

  test("sorts and paginates without JavaScript", async ({ page }) => {
    await page.goto("/foerderprogramme");
    await page.getByLabel("Sortieren nach").selectOption("a-z");
    await page.getByRole("button", { name: "Sortieren", exact: true }).click();
    await expect(page).toHaveURL(/sortierung=a-z/);
    const titles = await page.locator("article h3").allInnerTexts();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "de")));
    await page.getByRole("navigation", { name: "Seitennavigation" }).getByRole("link", { name: "Nächste Seite" }).click();
    await expect(page).toHaveURL(/seite=2/);
    await expect(page).toHaveURL(/sortierung=a-z/);
  });
});

test("opens a programme's detail page from the list", async ({ page }) => {
  await page.goto("/foerderprogramme");
  const first = page.locator("article h3 a").first();
  const title = await first.innerText();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/Zuletzt geprüft|mit der Quelle abgeglichen/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Beratung in der Region" })).toBeVisible();
});

test("shows a programme whose deadline passed yesterday as closed", async ({ page }) => {
  await page.goto(`/foerderprogramme/${DEADLINE_YESTERDAY_SLUG}`);
  const badge = page.locator("[data-status]").first();
  await expect(badge).toHaveAttribute("data-status", "closed");
  await expect(badge).toContainText("Geschlossen");
  await expect(badge).toContainText("Frist abgelaufen am");
});

test("keeps a programme open through its deadline day", async ({ page }) => {
  await page.goto(`/foerderprogramme/${DEADLINE_TODAY_SLUG}`);
  const badge = page.locator("[data-status]").first();
  await expect(badge).toHaveAttribute("data-status", "open");
  await expect(badge).toContainText("bis einschließlich");
});

test("answers 404 for unpublished programmes", async ({ page }) => {
  for (const slug of [...DRAFT_PROGRAMME_SLUGS, IN_REVIEW_PROGRAMME_SLUG, ARCHIVED_PROGRAMME_SLUG, "gibt-es-nicht"]) {
    const response = await page.goto(`/foerderprogramme/${slug}`);
    expect(response?.status(), slug).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  }
});
