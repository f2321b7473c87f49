import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createThrowawayUser } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { e2eQuery } from "./support/db";

// Accessibility in the states that are not the happy path (issue 20, item 4): focus after a
// submit, a locked sign-in, reduced motion, text spacing (WCAG 1.4.12) and 200 % zoom (1.4.10).
// Form errors, empty results, the conflict view and the error pages have their axe checks next to
// their flows (alerts, search, editor-programmes, error-pages).

test("after a failed submit the focus is on the error summary", async ({ page }) => {
  await page.goto("/benachrichtigungen/neu?foerderart=zuschuss");
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(`e2e-focus-${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Benachrichtigung anfordern" }).click();
  const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: "Es gibt ein Problem" }) });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
});

test("after a search submit the focus is on the result heading", async ({ page }) => {
  await page.goto("/suche");
  await page.getByRole("main").getByRole("searchbox", { name: "Suchbegriff" }).fill("Digitalisierung");
  await page.getByRole("main").getByRole("button", { name: "Suchen" }).click();
  await page.waitForURL(/q=Digitalisierung/);
  await expect(page.getByRole("heading", { level: 1, name: "Suchergebnisse für „Digitalisierung“" })).toBeFocused();
});

test("a locked sign-in says until when and passes axe", async ({ page }) => {
  const email = await createThrowawayUser("ADVISOR", "Gesperrt-Passwort-2026");
  // A client address of this test's own (TRUSTED_PROXIES=1 in the e2e server), locked for this
  // account as five failures would (lib/auth/sign-in.ts pairKey); failing here for real would
  // count against the address all specs share.
  const clientIp = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientIp });
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
  await e2eQuery(
    `INSERT INTO "RateLimitBucket" (key, count, "windowStart", "lockedUntil", "updatedAt") VALUES ($1, 99, now(), now() + interval '15 minutes', now())`,
    [`signin-pair:${sha256(email)}:${sha256(clientIp)}`],
  );
  await page.goto("/anmelden");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill("Gesperrt-Passwort-2026");
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(/Zu viele fehlgeschlagene Anmeldeversuche/).first()).toBeVisible({ timeout: 20_000 });
  expect(new URL(page.url()).pathname).toBe("/anmelden");
  await expectNoAxeViolations(page, "locked sign-in");
});

const PAGE_TYPES = ["/", "/foerderprogramme", "/foerderprogramme/go-digital", "/berater", "/suche?q=Digitalisierung", "/foerder-check", "/gibt-es-nicht"];

test("with prefers-reduced-motion nothing moves", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const path of ["/", "/foerderprogramme"]) {
    await page.goto(path);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((element) =>
        [null, "::before", "::after"].flatMap((pseudo) => {
          const style = getComputedStyle(element, pseudo);
          const durations = [...style.transitionDuration.split(","), ...style.animationDuration.split(",")].map((d) => parseFloat(d));
          return durations.some((d) => d > 0) || (style.animationName !== "none" && style.animationName !== "") ? [`${element.tagName}${pseudo ?? ""}.${element.className}`] : [];
        }),
      ),
    );
    expect(moving, path).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), path).toBe("auto");
  }
});

/** Elements whose content is cut off: scrolled or hidden overflow that holds more than it shows. */
async function clippedElements(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("main *, header *, footer *")].flatMap((element) => {
      const style = getComputedStyle(element);
      if (!(element instanceof HTMLElement) || element.offsetParent === null) return [];
      // Visually hidden helpers (sr-only) are clipped on purpose.
      if (style.position === "absolute" && element.offsetWidth <= 1) return [];
      const clipsX = ["hidden", "clip"].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const clipsY = ["hidden", "clip"].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      return clipsX || clipsY ? [`${element.tagName}.${element.className} "${element.textContent?.slice(0, 40)}"`] : [];
    }),
  );
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("text spacing (WCAG 1.4.12) cuts off no content and adds no horizontal scrolling", async ({ page }) => {
  for (const path of PAGE_TYPES) {
    await page.goto(path);
    await page.addStyleTag({
      content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
                p { margin-bottom: 2em !important; }`,
    });
    expect(await clippedElements(page), path).toEqual([]);
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test("at 200 % zoom (640 px wide at scale 2) no page scrolls sideways", async ({ browser }) => {
  // A 1280 px window zoomed to 200 % lays out like a 640 px viewport at device scale 2.
  const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  for (const path of PAGE_TYPES) {
    await page.goto(path);
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    expect(await clippedElements(page), path).toEqual([]);
  }
  await context.close();
});
