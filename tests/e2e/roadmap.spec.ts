import { expect, test, type Page } from "@playwright/test";
import { addDays, berlinDay, startOfBerlinDay } from "../../lib/dates";
import { expectNoAxeViolations, expectNoAxeViolationsAtUrl } from "./support/axe";
import { cachedEntry, cachedKeys } from "./support/page-cache";
import { signIn } from "./support/sign-in";

// Issue 19, item 5: the Modellregion's Fahrplan at /modellregion, built from the initiatives'
// milestones. The expected phases are the concept's, written down here a second time on purpose.
const EDITOR = "redaktion@regiontrier.example";
const RATHAUS = "rathaus-der-zukunft-schweich";
const PHASES = [
  { name: "Vorbereitung", years: "2023", from: 2023, to: 2023 },
  { name: "Planung", years: "2024", from: 2024, to: 2024 },
  { name: "Pilotierung", years: "2025", from: 2025, to: 2025 },
  { name: "Implementierung", years: "2026–2028", from: 2026, to: 2028 },
  { name: "Optimierung", years: "ab 2029", from: 2029, to: Infinity },
];

test.describe.configure({ timeout: 180_000 });

const berlinToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
const statusOf = (phase: (typeof PHASES)[number], year: number) => (year < phase.from ? "geplant" : year > phase.to ? "abgeschlossen" : "läuft");

const phaseItems = (page: Page) => page.getByTestId("roadmap-phases").locator(":scope > li");
const phaseItem = (page: Page, name: string) => phaseItems(page).filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^${name} \\(`) }) });

async function expectRoadmap(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Fahrplan der Modellregion" })).toBeVisible();
  await expect(phaseItems(page).getByRole("heading", { level: 3 })).toHaveText(PHASES.map((p) => `${p.name} (${p.years})`));
  const year = Number(berlinToday().slice(0, 4));
  for (const [index, phase] of PHASES.entries()) {
    const item = phaseItems(page).nth(index);
    const status = statusOf(phase, year);
    await expect(item).toContainText(`Stand: ${status}`);
    if (status === "läuft") {
      await expect(item).toHaveAttribute("aria-current", "step");
      await expect(item).toContainText("aktuelle Phase");
    } else {
      await expect(item).not.toHaveAttribute("aria-current", "step");
    }
  }
  await expect(page.locator('[aria-current="step"]')).toHaveCount(PHASES.some((p) => statusOf(p, year) === "läuft") ? 1 : 0);
}

/** The Rathaus der Zukunft's milestones under a phase: their titles. */
async function rathausMilestones(page: Page, phase: string) {
  const list = phaseItem(page, phase).getByRole("list", { name: `Meilensteine der Phase ${phase}` });
  if ((await list.count()) === 0) return [];
  return list
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Initiative: Rathaus der Zukunft" }) })
    .locator("p.font-semibold")
    .allTextContents();
}

test("the Fahrplan shows the five phases in order with their status, the current one marked", async ({ page }) => {
  expect((await page.goto("/modellregion"))?.status()).toBe(200);
  await expectRoadmap(page);
  await expect(page).toHaveTitle(/Fahrplan der Modellregion/);
  await expect(page.getByRole("link", { name: "Alle Initiativen der Modellregion" })).toHaveAttribute("href", "/initiativen");
  const topics = page.getByTestId("roadmap-topics").getByRole("link");
  await expect(topics).toHaveCount(8);
  await expect(page.getByTestId("roadmap-topics").getByRole("link", { name: "Digitale Verwaltung & Services" })).toHaveAttribute("href", "/themen/digitale-verwaltung");
  await expectNoAxeViolations(page, "/modellregion");
});

test("the Rathaus der Zukunft's milestones stand under their phases, marked, counted and linked", async ({ page }) => {
  await page.goto("/modellregion");
  expect(await rathausMilestones(page, "Vorbereitung")).toEqual(["Auftakt und Bestandsaufnahme"]);
  expect(await rathausMilestones(page, "Planung")).toEqual(["Konzept für digitale Bürgerdienste"]);
  expect(await rathausMilestones(page, "Pilotierung")).toEqual(["Erste Online-Dienste im Test"]);
  expect(await rathausMilestones(page, "Implementierung")).toContain("Einführung in allen Fachbereichen");

  const today = berlinToday();
  for (const phase of PHASES) {
    const item = phaseItem(page, phase.name);
    const milestones = item.getByRole("list", { name: `Meilensteine der Phase ${phase.name}` }).getByRole("listitem");
    const days = await milestones.locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!));
    if (days.length === 0) {
      await expect(item).toContainText("Noch keine Meilensteine eingetragen.");
      continue;
    }
    expect([...days].sort()).toEqual(days);
    const done = days.filter((day) => day < today).length;
    await expect(item).toContainText(`${days.length === 1 ? "1 Meilenstein" : `${days.length} Meilensteine`}, davon ${done} erreicht`);
    for (const [index, day] of days.entries()) await expect(milestones.nth(index)).toContainText(day < today ? "erreicht" : "geplant");
  }

  await page.getByRole("link", { name: "Initiative: Rathaus der Zukunft" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/initiativen/${RATHAUS}$`));
});

// Review finding: on a phone the page is some 4,650 px tall; "Auf dieser Seite" leads to each
// section and phase with plain anchors (no JavaScript needed).
test("the jump list leads to the sections and to each phase of the Fahrplan", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto("/modellregion");
  const nav = page.getByRole("navigation", { name: "Auf dieser Seite" });
  await expect(nav.getByRole("link")).toHaveText(["Das Konzept in Kürze", "Die Themenfelder", "Der Fahrplan in fünf Phasen", ...PHASES.map((p) => p.name)]);
  const phaseLinks = nav.getByRole("list", { name: "Die Phasen des Fahrplans" }).getByRole("link");
  await expect(phaseLinks).toHaveCount(PHASES.length);
  for (const phase of [...PHASES].reverse()) {
    await nav.getByRole("link", { name: phase.name, exact: true }).click();
    const heading = page.getByRole("heading", { level: 3, name: `${phase.name} (${phase.years})` });
    const id = await heading.getAttribute("id");
    expect(id).toBeTruthy();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(heading).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  await nav.getByRole("link", { name: "Die Themenfelder" }).click();
  await expect(page).toHaveURL(/#themenfelder$/);
  await expect(page.getByRole("heading", { level: 2, name: "Die Themenfelder" })).toBeInViewport();
  await expectNoAxeViolations(page, "/modellregion on a phone");
  await context.close();
});

test("the footer's Modellregion group leads to the Fahrplan first; the header does not", async ({ page }) => {
  await page.goto("/");
  const group = page.getByRole("contentinfo").getByRole("navigation", { name: "Modellregion" });
  await expect(group.getByRole("link").first()).toHaveText("Fahrplan");
  await expect(page.getByRole("banner").getByRole("link", { name: "Fahrplan" })).toHaveCount(0);
  await group.getByRole("link", { name: "Fahrplan" }).click();
  await expect(page).toHaveURL(/\/modellregion$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fahrplan der Modellregion" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Fahrplan is complete, axe-clean and fits a 320 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    expect((await page.goto("/modellregion"))?.status()).toBe(200);
    await expectRoadmap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolationsAtUrl(page, "/modellregion without JavaScript");
  });
});

test("the Fahrplan comes from the page cache and expires when its next milestone is reached or a phase changes", async ({ page, request }) => {
  test.skip(!!process.env.E2E_BASE_URL, "reads the page cache of the servers it started");
  await page.goto("/modellregion");
  const again = await request.get("/modellregion");
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  const today = berlinDay();
  const days = await page.getByTestId("roadmap-phases").locator("time").evaluateAll((els) => els.map((el) => el.getAttribute("datetime")!));
  const coming = days.filter((day) => day >= today).sort();
  const year = Number(today.slice(0, 4));
  const boundaries = PHASES.flatMap((p) => [p.from, p.to + 1]).filter((y) => Number.isFinite(y) && y > year);
  const candidates = [
    ...(coming.length ? [startOfBerlinDay(addDays(coming[0]!, 1))] : []),
    ...(boundaries.length ? [startOfBerlinDay(`${Math.min(...boundaries)}-01-01`)] : []),
  ].map((d) => d.getTime());
  expect(candidates.length).toBeGreaterThan(0);
  const [key] = await cachedKeys("*/modellregion");
  expect(key).toBeDefined();
  expect((await cachedEntry(key!))?.tags).toContain(`expires-at:${Math.min(...candidates)}`);
});

async function setRathausMilestonePhase(page: Page, title: string, phase: string) {
  await page.goto("/redaktion/initiativen");
  await page.getByRole("link", { name: "Rathaus der Zukunft", exact: true }).first().click();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("Rathaus der Zukunft");
  const titles = await page.getByLabel(/^Titel \(Meilenstein \d+\)$/).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  const number = titles.indexOf(title) + 1;
  expect(number, `milestone "${title}" in the form`).toBeGreaterThan(0);
  await page.getByLabel(`Phase der Roadmap (Meilenstein ${number})`).selectOption({ label: phase });
  await page.getByRole("button", { name: "Änderungen speichern" }).click();
  await expect(page.getByText("Die Änderungen wurden gespeichert.")).toBeVisible();
}

test("an editor moves a milestone to another phase and the cached Fahrplan shows it there at once", async ({ page }) => {
  const milestone = "Einführung in allen Fachbereichen";
  // Rendered and cached before the edit, so the change must come through the initiatives tag.
  await page.goto("/modellregion");
  expect(await rathausMilestones(page, "Implementierung")).toContain(milestone);
  expect(await rathausMilestones(page, "Optimierung")).not.toContain(milestone);

  await signIn(page, EDITOR);
  await setRathausMilestonePhase(page, milestone, "Optimierung");
  try {
    await page.goto("/modellregion");
    expect(await rathausMilestones(page, "Optimierung")).toContain(milestone);
    expect(await rathausMilestones(page, "Implementierung")).not.toContain(milestone);
  } finally {
    await setRathausMilestonePhase(page, milestone, "Implementierung");
  }
  await page.goto("/modellregion");
  expect(await rathausMilestones(page, "Implementierung")).toContain(milestone);
});
