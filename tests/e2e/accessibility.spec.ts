import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { watchForeignRequests } from "./support/foreign-requests";
import { signIn } from "./support/sign-in";

async function firstDetailHref(page: Page, listPath: string) {
  await page.goto(listPath);
  const href = await page.locator("article h3 a").first().getAttribute("href");
  if (!href) throw new Error(`no entry on ${listPath}`);
  return href;
}

async function expectCleanPage(page: Page, path: string, expectedStatus = 200) {
  const foreign = watchForeignRequests(page);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(expectedStatus);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page).toHaveTitle(/\S.* – Digitale Region Trier$|^Digitale Region Trier$/);
  expect(await page.locator('meta[name="description"]').getAttribute("content"), `${path} meta description`).toBeTruthy();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page, path);
  expect(foreign, `${path} requests to other origins`).toEqual([]);
}

test("start page, legal pages and 404 are accessible", async ({ page }) => {
  await expectCleanPage(page, "/");
  await expectCleanPage(page, "/datenschutz");
  await expectCleanPage(page, "/barrierefreiheit");
  await expectCleanPage(page, "/impressum");
  await expectCleanPage(page, "/leichte-sprache");
  await expectCleanPage(page, "/gebaerdensprache");
  await expectCleanPage(page, "/foerderprogramme/gibt-es-nicht", 404);
});

for (const [listPath, filtered] of [
  ["/foerderprogramme", "/foerderprogramme?foerderart=zuschuss&status=offen&sortierung=a-z"],
  ["/berater", "/berater?sortierung=a-z"],
  ["/dienstleister", "/dienstleister?sortierung=a-z"],
] as const) {
  test(`${listPath}: list, filtered list and detail page are accessible`, async ({ page }) => {
    await expectCleanPage(page, listPath);
    await expectCleanPage(page, filtered);
    await expectCleanPage(page, await firstDetailHref(page, listPath));
  });
}

test("/fristen: list and month calendar are accessible", async ({ page }) => {
  await expectCleanPage(page, "/fristen");
  await expectCleanPage(page, "/fristen?foerderart=zuschuss&darstellung=kalender");
});

test("/foerder-check: every step and the result are accessible", async ({ page }) => {
  const answers = ["wer=handwerk", "beschaeftigte=12", "wo=eifelkreis-bitburg-pruem", "was=webshop", "betrag=bis-10000", "wann=sofort"];
  // Step n shows with the first n-1 answers; all six answers are the result.
  for (let given = 0; given <= answers.length; given++) {
    const query = answers.slice(0, given).join("&");
    await expectCleanPage(page, query ? `/foerder-check?${query}` : "/foerder-check");
  }
  await expectCleanPage(page, "/foerder-check?wer=verein&wo=stadt-trier&was=gesundheit&betrag=unklar&wann=unklar");
});

test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto("/foerderprogramme");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhalt$/);
});

test("keyboard focus is visible on links and form controls", async ({ page }) => {
  await page.goto("/foerderprogramme");
  const search = page.getByLabel("Suchbegriff");
  await search.focus();
  const outline = await search.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  // Keyboard focus (not programmatic focus) is what :focus-visible styles.
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches("article h3 a") ?? false)) break;
  }
  const background = await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor);
  expect(background).toBe("rgb(255, 221, 0)");
});

test("every link and button of the header reads dark on the yellow focus background", async ({ page }) => {
  await page.goto("/foerderprogramme");
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement!;
      if (!element.closest("header, .skip-link") && !element.matches(".skip-link")) return null;
      const style = getComputedStyle(element);
      return { text: element.textContent?.trim() ?? "", tag: element.tagName, color: style.color, background: style.backgroundColor };
    });
    if (!focused) break;
    if (focused.tag === "INPUT") continue;
    seen.push(focused.text);
    expect(focused.background, focused.text).toBe("rgb(255, 221, 0)");
    expect(focused.color, focused.text).toBe("rgb(11, 12, 12)");
  }
  // The skip link, the logo, the languages, the search button and the main navigation.
  expect(seen).toEqual(expect.arrayContaining(["Zum Inhalt springen", "Suchen", "Förderprogramme", "Dienstleister"]));
});

test("the editors' Förder-Check rules are accessible", async ({ page }) => {
  await signIn(page, "redaktion@regiontrier.example");
  await expectCleanPage(page, "/redaktion/foerder-check");
});

test("the admins' security log is accessible", async ({ page }) => {
  await signIn(page, "admin@regiontrier.example");
  await expectCleanPage(page, "/redaktion/sicherheit");
  await expectCleanPage(page, "/redaktion/sicherheit?wer=anonym&ergebnis=UNAUTHENTICATED&tage=30");
});
