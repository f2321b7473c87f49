import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { DEADLINE_TODAY_SLUG, DEADLINE_YESTERDAY_SLUG } from "../../prisma/seed/data/programmes/kommune";
import { addDays, berlinDay, startOfBerlinDay } from "../../lib/dates";
import { expectNoAxeViolations } from "./support/axe";
import { cachedEntry, cachedKeys } from "./support/page-cache";

// Issue 15, items 2 and 4: /fristen as a list and a month calendar, filtered like the programme
// list without JavaScript; its iCalendar file and the Atom feed, read with real parsers.

const deadlineCount = async (page: Page) => {
  const text = await page.getByTestId("deadline-count").innerText();
  return text.startsWith("Keine") ? 0 : Number(text.replace(/\D/g, ""));
};

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/fristen lists upcoming deadlines by month, nearest first, and filters with the programme list's form", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Fristen" }).click();
    await expect(page).toHaveURL(/\/fristen$/);
    const total = await deadlineCount(page);
    expect(total).toBeGreaterThan(3);
    const days = await page.locator("[data-deadline]").evaluateAll((els) => els.map((el) => el.getAttribute("data-deadline") ?? ""));
    expect(days).toHaveLength(total);
    expect([...days].sort()).toEqual(days);
    // Today's deadline is still open ("Endet heute"); yesterday's has passed and is not listed.
    const todayEntry = page.locator("[data-deadline]").filter({ has: page.locator(`a[href="/foerderprogramme/${DEADLINE_TODAY_SLUG}"]`) });
    await expect(todayEntry.locator("[data-countdown]")).toHaveText("Endet heute");
    await expect(page.locator(`a[href="/foerderprogramme/${DEADLINE_YESTERDAY_SLUG}"]`)).toHaveCount(0);
    const months = await page.locator("[data-testid=deadline-list] h3").allInnerTexts();
    expect(months.length).toBeGreaterThan(0);
    expect(months[0]).toMatch(/^[A-ZÄÖÜ][a-zäöü]+ \d{4}$/);

    await page.getByRole("group", { name: "Förderart" }).getByLabel(/^Zuschuss/).check();
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(/\/fristen\?(q=&)?foerderart=zuschuss#ergebnisse$/);
    const filtered = await deadlineCount(page);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    // The subscription links carry exactly the list's filters.
    const links = page.getByTestId("subscribe-links");
    await expect(links.getByRole("link", { name: "Fristen als Kalender abonnieren" })).toHaveAttribute("href", /^webcal:\/\/[^/]+\/fristen\/kalender\.ics\?foerderart=zuschuss$/);
    await expect(links.getByRole("link", { name: /Kalenderdatei/ })).toHaveAttribute("href", "/fristen/kalender.ics?foerderart=zuschuss");
    await expect(links.getByRole("link", { name: /Feed/ })).toHaveAttribute("href", "/foerderprogramme/feed.atom?foerderart=zuschuss");
    await expect(links.getByRole("link", { name: "Per E-Mail benachrichtigen" })).toHaveAttribute("href", "/benachrichtigungen/neu?foerderart=zuschuss");
  });

  test("the month calendar is a table whose days link to the programmes, paged by links and filtered", async ({ page }) => {
    await page.goto("/fristen?status=offen");
    const firstDay = await page.locator("[data-deadline]").first().getAttribute("data-deadline");
    expect(firstDay).toBeTruthy();
    await page.getByRole("link", { name: "Monatskalender" }).click();
    await expect(page).toHaveURL(/\/fristen\?status=offen&darstellung=kalender#ergebnisse$/);
    const table = page.getByRole("table");
    await expect(table.locator("caption")).toHaveText(/^Fristen im [A-ZÄÖÜ][a-zäöü]+ \d{4}$/);
    await expect(table.locator("th[scope=col]")).toHaveCount(7);

    // Page forward to the month of the nearest deadline (it may be this month already).
    for (let i = 0; i < 3 && (await page.locator(`td[data-day="${firstDay}"]`).count()) === 0; i++) {
      await page.getByRole("link", { name: /^Nächster Monat:/ }).click();
      await expect(page).toHaveURL(/monat=\d{4}-\d{2}/);
    }
    const cell = page.locator(`td[data-day="${firstDay}"]`);
    const programmeLink = cell.locator('a[href^="/foerderprogramme/"]').first();
    await expect(programmeLink).toBeAttached();
    // The filter form keeps the view and the month.
    await expect(page.locator('form input[type=hidden][name="darstellung"]')).toHaveValue("kalender");
    const href = await programmeLink.getAttribute("href");
    await page.setViewportSize({ width: 1280, height: 900 });
    await programmeLink.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

test("the .ics of a filtered list parses with a real iCalendar parser and has one event per deadline", async ({ page, request }) => {
  await page.goto("/fristen?status=offen&foerderart=zuschuss");
  const shown = await deadlineCount(page);
  const titles = await page.locator('[data-deadline] a[href^="/foerderprogramme/"]').allInnerTexts();
  expect(shown).toBeGreaterThan(0);
  const icsHref = await page.getByTestId("subscribe-links").getByRole("link", { name: /Kalenderdatei/ }).getAttribute("href");
  const response = await request.get(icsHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const { calendar, events } = parseCalendar(await response.text());
  expect(String(calendar.getFirstPropertyValue("x-wr-calname"))).toContain("Fristen");
  // Open programmes' deadlines are all ahead: the file holds exactly the list's deadlines.
  expect(events).toHaveLength(shown);
  expect(new Set(events.map((e) => e.uid)).size).toBe(shown);
  expect(events.map((e) => e.summary.replace(/^Frist: /, "")).sort()).toEqual([...titles].sort());
  for (const event of events) {
    expect(event.uid).toMatch(/^programme-[^@]+-deadline@localhost$/);
    expect(event.startDate.isDate).toBe(true);
    expect(event.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(String(event.component.getFirstPropertyValue("url"))).toMatch(/^http:\/\/localhost:\d+\/foerderprogramme\//);
  }
  // Unknown parameters are ignored, never an error.
  const junk = await request.get("/fristen/kalender.ics?foerderart=gibt-es-nicht&seite=%00&x=1");
  expect(junk.status()).toBe(200);
  expect(parseCalendar(await junk.text()).events.length).toBeGreaterThan(events.length);
});

test("a programme's page offers its deadline as a calendar file", async ({ page, request }) => {
  await page.goto("/fristen?status=offen");
  const href = (await page.locator('[data-deadline] a[href^="/foerderprogramme/"]').first().getAttribute("href"))!;
  const title = await page.locator('[data-deadline] a[href^="/foerderprogramme/"]').first().innerText();
  await page.goto(href);
  const block = page.getByTestId("programme-calendar-link");
  await expect(block.getByRole("heading", { name: "Frist in meinen Kalender" })).toBeVisible();
  await expect(block.getByRole("link", { name: /webcal/ })).toHaveAttribute("href", new RegExp(`^webcal://[^/]+${href}/kalender\\.ics$`));
  const response = await request.get(`${href}/kalender.ics`);
  const { events } = parseCalendar(await response.text());
  expect(events.map((e) => e.summary)).toEqual([`Frist: ${title}`]);
  expect((await request.get("/foerderprogramme/gibt-es-nicht/kalender.ics")).status()).toBe(404);
});

test("the Atom feed of a filtered list parses and is linked in the list's <head>", async ({ page, request }) => {
  await page.goto("/foerderprogramme?foerderart=zuschuss");
  const total = Number((await page.locator("#ergebnisse-heading").innerText()).replace(/\D/g, ""));
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveCount(1);
  const feedUrl = (await alternate.getAttribute("href"))!;
  expect(feedUrl).toMatch(/\/foerderprogramme\/feed\.atom\?foerderart=zuschuss$/);
  await expect(page.locator('head link[rel="alternate"][type="text/calendar"]')).toHaveAttribute("href", /\/fristen\/kalender\.ics\?foerderart=zuschuss$/);

  const response = await request.get(feedUrl);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe("atom");
  // Other specs may add programmes meanwhile: the feed holds at least what the list counted before.
  await page.reload();
  const totalAfter = Number((await page.locator("#ergebnisse-heading").innerText()).replace(/\D/g, ""));
  expect(feed.items.length).toBeGreaterThanOrEqual(Math.min(total, 50));
  expect(feed.items.length).toBeLessThanOrEqual(Math.min(totalAfter, 50));
  expect(feed.self).toMatch(/\/foerderprogramme\/feed\.atom\?foerderart=zuschuss$/);
  const updated = feed.items.map((item) => item.updated!.getTime());
  expect([...updated].sort((a, b) => b - a)).toEqual(updated);
  expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);

  await page.goto("/fristen?foerderart=zuschuss");
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /feed\.atom\?foerderart=zuschuss$/);
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`/fristen list and calendar pass axe at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of ["/fristen", "/fristen?foerderart=zuschuss&darstellung=kalender", "/fristen?status=geschlossen"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fristen");
      await expectNoAxeViolations(page, `${path} at ${viewport.width} px`);
    }
  });
}

test("/fristen views come from the page cache until the next Berlin midnight; junk goes to the clean URL", async ({ request }) => {
  test.skip(!!process.env.E2E_BASE_URL, "reads the page cache of the servers it started");
  const path = "/fristen?zielgruppe=kmu&darstellung=kalender";
  await request.get(path);
  const again = await request.get("/fristen?darstellung=kalender&zielgruppe=kmu&utm_source=x");
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
  const key = Buffer.from("darstellung=kalender&zielgruppe=kmu").toString("base64url");
  const [stored] = await cachedKeys(`*/fristen/ansicht/${key}`);
  expect(stored).toBeDefined();
  const midnight = startOfBerlinDay(addDays(berlinDay(), 1));
  expect((await cachedEntry(stored!))?.tags).toContain(`expires-at:${midnight.getTime()}`);

  for (const [junk, clean] of [
    ["/fristen?foerderart=gibt-es-nicht&status=offen", "/fristen?status=offen"],
    ["/fristen?darstellung=kalender&monat=1999-01", "/fristen?darstellung=kalender"],
  ]) {
    const response = await request.get(junk!, { maxRedirects: 0 });
    expect(response.status(), junk).toBe(307);
    // Next repeats the Location header of a redirect; every copy names the clean URL.
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === "location");
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location.value).toBe(clean);
  }
});
