import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoAxeViolationsAtUrl } from "./support/axe";
import { e2eQuery } from "./support/db";
import { dropCache } from "./support/page-cache";
import { fillRichText } from "./support/rich-text";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";

// Veranstaltungen (issue 19): an editor publishes an event; it appears in the filtered list, in the
// search and in the filtered calendar file; once its dates lie in the past it moves to the archive.
const EDITOR = "redaktion@regiontrier.example";
const EIFELKREIS = "eifelkreis-bitburg-pruem";

test.describe.configure({ timeout: 240_000 });

/** "YYYY-MM-DDTHH:mm" for <input type="datetime-local">, `days` from today. */
function localDateTime(days: number, time: string): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

async function axeAt(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoAxeViolations(page, path);
}

test("an editor publishes an event; it is listed, found and in the calendar, and moves to the archive once past", async ({ page }) => {
  await signIn(page, EDITOR);
  const word = uniqueWord("Eifelforum");
  const title = `KI-Werkstatt ${word}`;

  await page.goto("/redaktion/veranstaltungen/neu");
  await expectNoAxeViolations(page, "editor form");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Praxisabend zu KI für Betriebe im Eifelkreis (${word}).`);
  await fillRichText(page, "Beschreibung", "Vorträge und Gespräche über KI im Betrieb.");
  await page.getByLabel("Veranstalter").selectOption("ihk-trier");
  await page.getByLabel("Beginn", { exact: true }).fill(localDateTime(7, "18:00"));
  // An end before the start and no venue: German messages at the fields, nothing typed lost.
  await page.getByLabel("Ende", { exact: true }).fill(localDateTime(6, "20:00"));
  await page.getByLabel("Format", { exact: true }).selectOption("VOR_ORT");
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  const summary = page.getByRole("alert", { name: "Es gibt ein Problem" });
  await expect(summary).toContainText("Das Ende darf nicht vor dem Beginn liegen.");
  await expect(summary).toContainText("Bitte geben Sie den Veranstaltungsort an");
  await expect(summary).not.toContainText("eventEditor.");
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  await page.getByLabel("Ende", { exact: true }).fill(localDateTime(7, "20:00"));
  await page.getByLabel("Veranstaltungsort").fill("Haus der Wirtschaft");
  await page.getByLabel("Ort", { exact: true }).fill("Bitburg");
  await page.getByLabel("Kosten").fill("kostenfrei");
  await page.getByRole("group", { name: "Themenfelder" }).getByLabel("KI & Innovation").check();
  await page.getByRole("group", { name: "Gebiete" }).getByLabel("Eifelkreis Bitburg-Prüm").check();
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/veranstaltungen\/[^/]+\?meldung=created$/);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  const slug = await page.getByLabel("Webadresse", { exact: true }).inputValue();

  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$/);
  await expect(page.getByText("Der Eintrag ist jetzt veröffentlicht.")).toBeVisible();

  // The filtered list (a cached view) shows it; so do the search and the filtered calendar file.
  await page.goto(`/veranstaltungen?gebiet=${EIFELKREIS}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto(`/suche?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  // The Themenfeld's page lists it among the coming events.
  await page.goto("/themen/ki-innovation");
  await expect(page.getByTestId("topic-events").getByRole("link", { name: title })).toBeVisible();
  const calendar = await page.request.get("/veranstaltungen/kalender.ics?thema=ki-innovation");
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  const ics = await calendar.text();
  expect(ics).toContain(`UID:event-${id}@`);
  expect(ics).toContain("BEGIN:VTIMEZONE");
  expect(ics).toContain("DTSTART;TZID=Europe/Berlin:");
  expect(ics.replace(/\r\n /g, "")).toContain(title);

  await page.goto(`/veranstaltungen/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("past-event")).toHaveCount(0);

  // Time passes: the event took place a week ago. Data changed outside the app expires nothing,
  // so the test empties this run's cache (docs/operations.md: npm run cache:invalidate).
  await e2eQuery(`UPDATE "Event" SET "startsAt" = now() - interval '8 days', "endsAt" = now() - interval '8 days' + interval '2 hours' WHERE id = $1`, [id]);
  await dropCache();

  await page.goto(`/veranstaltungen?gebiet=${EIFELKREIS}`);
  await expect(page.getByRole("heading", { level: 1, name: "Veranstaltungen" })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto(`/veranstaltungen/archiv?gebiet=${EIFELKREIS}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto("/themen/ki-innovation");
  await expect(page.getByRole("heading", { level: 1, name: "KI & Innovation" })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto(`/veranstaltungen/${slug}`);
  await expect(page.getByTestId("past-event")).toBeVisible();
});

test("the event pages are accessible, also without JavaScript", async ({ page, browser }) => {
  const [seeded] = await e2eQuery<{ slug: string }>(`SELECT slug FROM "Event" WHERE status = 'PUBLISHED' AND "endsAt" > now() ORDER BY "startsAt" LIMIT 1`);
  expect(seeded, "the demo seed has upcoming events").toBeTruthy();
  await axeAt(page, "/veranstaltungen");
  await axeAt(page, "/veranstaltungen/archiv");
  await axeAt(page, `/veranstaltungen/${seeded!.slug}`);
  await axeAt(page, `/veranstaltungen?thema=ki-innovation&format=vor-ort`);

  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const noJs = await context.newPage();
    await signIn(noJs, EDITOR);
    await noJs.goto("/redaktion/veranstaltungen/neu");
    await expect(noJs.getByRole("heading", { level: 1 })).toHaveText("Neue Veranstaltung");
    await expectNoAxeViolationsAtUrl(noJs, "editor form without JavaScript");
    await noJs.goto("/redaktion/veranstaltungen");
    await expectNoAxeViolationsAtUrl(noJs, "editor list without JavaScript");
    await noJs.goto("/veranstaltungen");
    await expectNoAxeViolationsAtUrl(noJs, "list without JavaScript");
  } finally {
    await context.close();
  }
});

test("unknown events are a 404 page and a 404 calendar file", async ({ page }) => {
  expect((await page.goto("/veranstaltungen/gibt-es-nicht"))?.status()).toBe(404);
  expect((await page.request.get("/veranstaltungen/gibt-es-nicht/kalender.ics")).status()).toBe(404);
});
