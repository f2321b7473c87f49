import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { createThrowawayUser } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { e2eQuery } from "./support/db";
import { watchForeignRequests } from "./support/foreign-requests";
import { fillRichText } from "./support/rich-text";
import { signIn } from "./support/sign-in";
import { uniqueWord } from "./support/unique-word";

// Provider logos: an editor uploads one (without JavaScript), it is refused for the wrong type with a
// message next to the field, served only once the provider is published, shown with width/height.
const EDITOR = "redaktion@regiontrier.example";
/**
 * A 400 × 200 PNG no earlier run uploaded: keys are content-addressed, so a logo a previous run
 * published would already be public and the "not public yet" checks would test nothing.
 */
const freshLogo = () =>
  sharp({ create: { width: 400, height: 200, channels: 3, background: { r: randomInt(256), g: randomInt(256), b: randomInt(256) } } }).png().toBuffer();

// Many pages, two browser contexts and an axe run on two busy cores.
test.describe.configure({ timeout: 480_000 });

async function createDraft(page: Page, name: string) {
  await page.goto("/redaktion/dienstleister/neu");
  await page.getByLabel("Firmenname").fill(name);
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill("Logos und Websites für Betriebe an der Mosel.");
  await fillRichText(page, "Beschreibung", "Wir gestalten Logos.");
  await page.getByRole("group", { name: /Leistungen/ }).getByLabel("Websites und Online-Shops").check();
  await page.getByLabel("Unternehmensgröße").selectOption("SMALL");
  // A contact: publishing refuses an entry without e-mail address or phone (lib/provider/publish-check.ts).
  await page.getByLabel("E-Mail-Adresse", { exact: true }).fill("signet@example.org");
  await page.getByLabel("Ort", { exact: true }).fill("Wittlich");
  await page.getByLabel("Landkreis des Sitzes").selectOption("bernkastel-wittlich");
  await page.getByLabel("Titel des Projekts (Referenz 1)").fill("Logo für eine Bäckerei");
  await page.getByLabel("Beschreibung (Referenz 1)").fill("Wort-Bild-Marke.");
  await page.getByRole("button", { name: "Entwurf anlegen" }).click();
  await page.waitForURL(/\/redaktion\/dienstleister\/[^/]+\?meldung=created$/);
  const id = new URL(page.url()).pathname.split("/").at(-1)!;
  return { id, slug: await page.getByLabel("Webadresse", { exact: true }).inputValue() };
}

/** Publishes from the edit page; names like earlier runs' entries first show the look-alike check. */
async function publish(page: Page) {
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await page.waitForURL(/meldung=publish$|veroeffentlichen=aehnlich$/);
  if (page.url().endsWith("veroeffentlichen=aehnlich")) {
    await page.getByTestId("lookalikes").getByRole("button", { name: "Trotzdem veröffentlichen" }).click();
    await page.waitForURL(/meldung=publish$/);
  }
}

async function noScriptEditor(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, EDITOR);
  return { context, page };
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.getByLabel("Logo-Datei").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Logo hochladen" }).click();
}

test("an editor uploads a logo without JavaScript; it is public only once the provider is published", async ({ browser, page, playwright }) => {
  const word = uniqueWord("Signet");
  const name = `${word} Design GmbH`;
  await signIn(page, EDITOR);
  const { id, slug } = await createDraft(page, name);
  await expect(page.getByRole("link", { name: "Logo", exact: true })).toHaveAttribute("href", `/redaktion/dienstleister/${id}/logo`);
  await page.goto(`/redaktion/dienstleister/${id}/logo`);
  await expect(page.getByTestId("no-logo")).toBeVisible();
  // axe needs scripts, so it runs here and not in the context without JavaScript.
  await expectNoAxeViolations(page, "logo page");

  const editor = await noScriptEditor(browser);
  await editor.page.goto(`/redaktion/dienstleister/${id}/logo`);
  // Named .png and sent as image/png, but the bytes are SVG: the bytes decide.
  await upload(editor.page, "logo.png", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"/>'), "image/png");
  const field = editor.page.getByLabel("Logo-Datei");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(editor.page.locator("#feld-logo-fehler")).toContainText("SVG-Dateien können wir nicht annehmen");
  await expect(field).toHaveAttribute("aria-describedby", /feld-logo-fehler/);
  await upload(editor.page, "logo.gif", Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;"), "image/gif");
  await expect(editor.page.locator("#feld-logo-fehler")).toContainText("kein PNG-, JPEG- oder WebP-Bild");

  await upload(editor.page, "logo.png", await freshLogo(), "image/png");
  await editor.page.waitForURL(/meldung=logoSaved$/);
  await expect(editor.page.getByText("Das Logo ist gespeichert.")).toBeVisible();
  const current = editor.page.getByRole("img", { name: `Aktuelles Logo von ${name}` });
  await expect(current).toHaveAttribute("width", "192");
  await expect(current).toHaveAttribute("height", "96");
  const src = (await current.getAttribute("src"))!;
  expect(src).toMatch(/^\/medien\/[0-9a-f]{64}\/192$/);

  // A draft's logo: the editor may fetch it (not for shared caches), a visitor gets 404.
  const asEditor = await editor.page.request.get(src);
  expect([asEditor.status(), asEditor.headers()["content-type"], asEditor.headers()["cache-control"]]).toEqual([200, "image/webp", "private, no-cache"]);
  const visitor = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await visitor.get(src)).status()).toBe(404);

  await page.goto(`/redaktion/dienstleister/${id}`);
  await publish(page);

  // Public now: long-lived, content-addressed, revalidated by ETag.
  const published = await visitor.get(src);
  expect([published.status(), published.headers()["content-type"]]).toEqual([200, "image/webp"]);
  expect(published.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const etag = published.headers()["etag"]!;
  expect((await visitor.get(src, { headers: { "if-none-match": etag } })).status()).toBe(304);
  expect((await visitor.get(src.replace(/\/192$/, "/500"))).status()).toBe(404);
  expect((await visitor.get("/medien/not-a-hash/96")).status()).toBe(404);

  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  const publicPage = await anonymous.newPage();
  const foreign = watchForeignRequests(publicPage);
  await publicPage.goto(`/dienstleister/${slug}`);
  const logo = publicPage.getByRole("img", { name: `Logo von ${name}` });
  await expect(logo).toHaveAttribute("width", "192");
  await expect(logo).toHaveAttribute("height", "96");
  await expect(logo).toHaveAttribute("srcset", /\/medien\/[0-9a-f]{64}\/96 96w, .*\/192 192w, .*\/384 384w/);
  await expect(logo).toHaveAttribute("sizes", "192px");
  await expect(logo).not.toHaveAttribute("loading", "lazy");

  // The list (a text search renders per request) shows it lazily, decorative beside the name.
  await publicPage.goto(`/dienstleister?q=${word}`);
  const card = publicPage.locator("article", { has: publicPage.getByRole("link", { name }) });
  const cardLogo = card.locator("img[data-logo]");
  await expect(cardLogo).toHaveAttribute("alt", "");
  await expect(cardLogo).toHaveAttribute("loading", "lazy");
  await expect(cardLogo).toHaveAttribute("width", "96");
  await expect(cardLogo).toHaveAttribute("height", "48");
  expect(foreign).toEqual([]);

  // Removing it expires the cached detail page at once.
  await editor.page.goto(`/redaktion/dienstleister/${id}/logo`);
  await editor.page.getByRole("button", { name: "Logo entfernen" }).click();
  await editor.page.waitForURL(/meldung=logoRemoved$/);
  await expect(editor.page.getByTestId("no-logo")).toBeVisible();
  await publicPage.goto(`/dienstleister/${slug}`);
  await expect(publicPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(publicPage.locator("img[data-logo]")).toHaveCount(0);
  expect((await visitor.get(src)).status()).toBe(404);

  await Promise.all([editor.context.close(), anonymous.close(), visitor.dispose()]);
});

test("a provider proposes its own logo at /mein-profil without JavaScript; the public sees it once an editor approves", async ({ browser, page, playwright }) => {
  const word = uniqueWord("Eigenlogo");
  const name = `${word} Medien GmbH`;
  await signIn(page, EDITOR);
  const { id, slug } = await createDraft(page, name);
  await publish(page);
  // An account of its own for the entry: the demo provider's pending revision belongs to other specs.
  const password = "Eigenes-Logo-Passwort-2026";
  const email = await createThrowawayUser("PROVIDER", password, { providerId: id });

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const provider = await noScript.newPage();
  await signIn(provider, email, password);
  await provider.goto("/mein-profil");
  await expect(provider.getByTestId("own-no-logo")).toBeVisible();
  // The same checks as the editor's upload, with the message next to the field.
  await provider.getByLabel("Logo-Datei").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"/>') });
  await provider.getByRole("button", { name: "Logo vorschlagen" }).click();
  await expect(provider.locator("#feld-logo-fehler")).toContainText("SVG-Dateien können wir nicht annehmen");
  await expect(provider.getByLabel("Logo-Datei")).toHaveAttribute("aria-invalid", "true");
  await provider.getByLabel("Logo-Datei").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: await freshLogo() });
  await provider.getByRole("button", { name: "Logo vorschlagen" }).click();
  await provider.waitForURL(/meldung=logoEingereicht/);
  await expect(provider.getByText("Ihr Logo wurde eingereicht und wartet auf Freigabe")).toBeVisible();
  const proposed = provider.getByRole("img", { name: `Vorgeschlagenes Logo von ${name}` });
  const src = (await proposed.getAttribute("src"))!;
  expect(src).toMatch(/^\/medien\/[0-9a-f]{64}\/192$/);

  // Waiting for approval: the provider's own account may fetch it (never a shared cache), the public may not.
  const asProvider = await provider.request.get(src);
  expect([asProvider.status(), asProvider.headers()["cache-control"]]).toEqual([200, "private, no-cache"]);
  const visitor = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await visitor.get(src)).status()).toBe(404);
  const anonymous = await browser.newContext({ javaScriptEnabled: false });
  const publicPage = await anonymous.newPage();
  await publicPage.goto(`/dienstleister/${slug}`);
  await expect(publicPage.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(publicPage.locator("img[data-logo]")).toHaveCount(0);

  // axe needs scripts: the form with its pending logo, in a context that runs them.
  const withScript = await browser.newContext();
  const providerAxe = await withScript.newPage();
  await signIn(providerAxe, email, password);
  await providerAxe.goto("/mein-profil");
  await expect(providerAxe.getByTestId("own-pending-logo")).toBeVisible();
  await expectNoAxeViolations(providerAxe, "mein-profil logo proposal");

  // The editor sees both logos side by side and approves.
  const revisionId = (await e2eQuery<{ id: string }>(`SELECT id FROM "ProfileRevision" WHERE "providerId" = $1 AND status = 'PENDING'`, [id]))[0]!.id;
  await page.goto(`/redaktion/pruefungen/${revisionId}`);
  await expect(page.getByTestId("logo-current")).toContainText("Aktuelles Logo");
  await expect(page.getByTestId("logo-current")).toContainText("Kein Logo");
  await expect(page.getByTestId("logo-proposed").getByRole("img", { name: `Vorgeschlagenes Logo von ${name}` })).toHaveAttribute("src", src);
  await expectNoAxeViolations(page, "revision review with logo");
  await page.getByRole("button", { name: "Freigeben", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Der Vorschlag wurde freigegeben" })).toBeVisible({ timeout: 20_000 });

  // The cached public page expires at once and shows it; the variant is public now.
  await publicPage.goto(`/dienstleister/${slug}`);
  await expect(publicPage.getByRole("img", { name: `Logo von ${name}` })).toHaveAttribute("width", "192");
  const published = await visitor.get(src);
  expect([published.status(), published.headers()["cache-control"]]).toEqual([200, "public, max-age=31536000, immutable"]);
  await provider.goto("/mein-profil");
  await expect(provider.getByRole("img", { name: `Aktuelles Logo von ${name}` })).toHaveAttribute("src", src);
  await expect(provider.getByTestId("own-pending-logo")).toHaveCount(0);

  await Promise.all([noScript.close(), anonymous.close(), withScript.close(), visitor.dispose()]);
});

test("a seeded demo logo shows in the site search and on its page, with width and height", async ({ page }) => {
  await page.goto("/suche?q=Moselbyte");
  const hitLogo = page.locator("article", { has: page.getByRole("link", { name: /Moselbyte/ }) }).locator("img[data-logo]");
  await expect(hitLogo).toHaveAttribute("width", "96");
  await expect(hitLogo).toHaveAttribute("height", "48");
  await expect(hitLogo).toHaveJSProperty("naturalWidth", 96);
  await page.goto("/dienstleister/moselbyte-digital");
  await expect(page.getByRole("img", { name: "Logo von Moselbyte Digital GmbH" })).toHaveAttribute("width", "192");
});
