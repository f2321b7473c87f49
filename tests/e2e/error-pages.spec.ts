import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolationsAtUrl } from "./support/axe";
import { e2eQuery } from "./support/db";
import { readForm, submit } from "./hostile/no-js-form";
import { signIn } from "./support/sign-in";

// Every error page is a complete page without JavaScript (issue 20, item 4): the status, <html
// lang="de">, a title, one h1 and links on. Checked in a browser with JavaScript switched off, so
// only the server's HTML counts (not the RSC payload, which would show it after hydration), then
// with axe at the same URL (axe needs JavaScript).

const PROVIDER = "dienstleister@regiontrier.example";

async function noScriptPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

async function expectCompleteErrorPage(page: Page, path: string, status: number, heading: string, links: string[]) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await expect(page.locator("html"), path).toHaveAttribute("lang", "de");
  await expect(page, path).toHaveTitle(new RegExp(`^${heading} – Digitale Region Trier$`));
  await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
  const main = page.getByRole("main");
  for (const href of links) await expect(main.locator(`a[href="${href}"]`).first(), `${path} links to ${href}`).toBeVisible();
  // The site's own frame: the skip link, header and footer are there too.
  await expect(page.getByRole("link", { name: "Zum Inhalt springen" })).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toBeVisible();
  // The raw answer holds no framework error shell.
  expect(await response?.text(), path).not.toContain('id="__next_error__"');
}

const NOT_FOUND = "Seite nicht gefunden";

for (const [path, list] of [
  ["/foerderprogramme/gibt-es-nicht", "/foerderprogramme"],
  ["/berater/gibt-es-nicht", "/berater"],
  ["/dienstleister/gibt-es-nicht", "/dienstleister"],
  // A slug no entry can have (capitals): not found without a query.
  ["/foerderprogramme/Gibt-Es-Nicht", "/foerderprogramme"],
  ["/gibt-es-gar-nicht", "/foerderprogramme"],
] as const) {
  test(`404 ${path} is a complete page without JavaScript`, async ({ browser }) => {
    const { context, page } = await noScriptPage(browser);
    await expectCompleteErrorPage(page, path, 404, NOT_FOUND, ["/", "/suche", list]);
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
    await expectNoAxeViolationsAtUrl(page, `404 ${path}`);
    await context.close();
  });
}

test("403: a provider opening the editor area gets a complete page without JavaScript", async ({ browser }) => {
  // Signing in needs no JavaScript either (auth.spec.ts), but is quicker with it; the session
  // cookie then moves to a context without JavaScript.
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), PROVIDER);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  await signedIn.close();
  const page = await context.newPage();
  for (const path of ["/redaktion", "/redaktion/foerderprogramme"]) {
    await expectCompleteErrorPage(page, path, 403, "Kein Zugriff", ["/", "/suche", "/konto"]);
  }
  await expectNoAxeViolationsAtUrl(page, "403 /redaktion/foerderprogramme");
  await context.close();
});

// A refusal inside the area: the admins' pages and /mein-profil refuse accounts that pass the
// editor area's layout; they render the refusal themselves and proxy.ts sets the 403
// (lib/auth/area-permissions.ts). Before, their forbidden() left an empty error shell.
test("403: an advisor opening an editor page and an editor opening the admins' pages get complete pages without JavaScript", async ({ browser }) => {
  const [programme] = await e2eQuery<{ id: string }>(`SELECT id FROM "Programme" ORDER BY id LIMIT 1`);
  const advisor = await noScriptSignedIn(browser, "berater@regiontrier.example");
  for (const path of [`/redaktion/foerderprogramme/${programme!.id}`, `/redaktion/foerderprogramme/${programme!.id}/verlauf`, "/redaktion/benutzer", "/redaktion/pruefungen"]) {
    await expectCompleteErrorPage(advisor.page, path, 403, "Kein Zugriff", ["/", "/suche", "/konto"]);
  }
  await advisor.context.close();

  const editor = await noScriptSignedIn(browser, "redaktion@regiontrier.example");
  for (const path of ["/redaktion/benutzer", "/redaktion/benutzer/neu", `/redaktion/benutzer/${UNKNOWN_ID}`, "/redaktion/protokoll", "/redaktion/sicherheit", "/redaktion/impressum", "/mein-profil"]) {
    await expectCompleteErrorPage(editor.page, path, 403, "Kein Zugriff", ["/", "/suche", "/konto"]);
  }
  await expectNoAxeViolationsAtUrl(editor.page, "403 /redaktion/benutzer");
  // The pages beside them keep their 200 for the editor.
  for (const path of ["/redaktion", "/redaktion/rueckmeldungen", "/konto"]) expect((await editor.page.goto(path))?.status(), path).toBe(200);
  await editor.context.close();
});

// A post refused inside a server action: before, its forbidden() left an empty document for a
// browser without JavaScript. The action now goes back to its page, whose layout answers the
// complete 403 page to an account outside the editor area.
test("403: an advisor posting the editors' import form without JavaScript gets a complete page", async ({ browser, baseURL }) => {
  const editor = await noScriptSignedIn(browser, "redaktion@regiontrier.example");
  const form = await readForm(editor.context.request, "/redaktion/import", "typ");
  await editor.context.close();
  const advisor = await noScriptSignedIn(browser, "berater@regiontrier.example");
  const file = new File(["Titel\n"], "verweigert.csv", { type: "text/csv" });
  const response = await submit(advisor.context.request, baseURL!, form, { typ: "foerderprogramme", datei: file });
  expect(response.status()).toBe(403);
  expect(response.url()).toContain("/redaktion/import?fehler=forbidden");
  const html = await response.text();
  expect(html).toContain('<html lang="de"');
  expect(html).toMatch(/<h1[^>]*>Kein Zugriff<\/h1>/);
  expect(html).not.toContain('id="__next_error__"');
  await advisor.context.close();
});

// Editor pages of an entry that does not exist (a stale bookmark, a deleted entry): the page
// renders the not-found content itself and proxy.ts sets the 404 (lib/db/editor-entries.ts).
async function noScriptSignedIn(browser: Browser, email: string) {
  const signedIn = await browser.newContext();
  await signIn(await signedIn.newPage(), email);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  await signedIn.close();
  return { context, page: await context.newPage() };
}

const UNKNOWN_ID = "cgibtesnicht000000000000";

test("404: editor pages of an unknown entry are complete pages without JavaScript", async ({ browser }) => {
  const { context, page } = await noScriptSignedIn(browser, "redaktion@regiontrier.example");
  for (const path of [
    `/redaktion/foerderprogramme/${UNKNOWN_ID}`,
    `/redaktion/foerderprogramme/${UNKNOWN_ID}/verlauf`,
    `/redaktion/veranstaltungen/${UNKNOWN_ID}/vorschau`,
    `/redaktion/dienstleister/${UNKNOWN_ID}/logo`,
    `/redaktion/berater/${UNKNOWN_ID}`,
    `/redaktion/initiativen/${UNKNOWN_ID}`,
    `/redaktion/aktuelles/${UNKNOWN_ID}`,
    `/redaktion/organisationen/${UNKNOWN_ID}`,
    `/redaktion/themen/thema/${UNKNOWN_ID}`,
    `/redaktion/themen/synonyme/${UNKNOWN_ID}`,
    `/redaktion/postausgang/${UNKNOWN_ID}`,
    `/redaktion/pruefungen/${UNKNOWN_ID}`,
    `/redaktion/anmeldungen/${UNKNOWN_ID}`,
    `/redaktion/import/${UNKNOWN_ID}`,
  ]) {
    await expectCompleteErrorPage(page, path, 404, NOT_FOUND, ["/", "/suche", "/foerderprogramme"]);
  }
  await expectNoAxeViolationsAtUrl(page, `404 /redaktion/foerderprogramme/${UNKNOWN_ID}`);

  // Existing entries and the static pages beside [id] keep their 200.
  const list = await page.goto("/redaktion/foerderprogramme");
  expect(list?.status()).toBe(200);
  const href = await page.locator('main a[href^="/redaktion/foerderprogramme/c"]').first().getAttribute("href");
  expect(href).toMatch(/^\/redaktion\/foerderprogramme\/[a-z0-9]+$/);
  for (const path of [href!, `${href}/verlauf`, "/redaktion/foerderprogramme/neu", "/redaktion/themen/synonyme/neu"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  await context.close();
});

test("404: an unknown account in the user administration is a complete page without JavaScript", async ({ browser }) => {
  const { context, page } = await noScriptSignedIn(browser, "admin@regiontrier.example");
  await expectCompleteErrorPage(page, `/redaktion/benutzer/${UNKNOWN_ID}`, 404, NOT_FOUND, ["/", "/suche"]);
  await context.close();
});

test("404: the worker's internal route answers like an unknown address to anyone without its token, whatever the method", async ({ request }) => {
  const unknown = await request.get("/api/intern/unbekannt");
  expect(unknown.status()).toBe(404);
  for (const method of ["GET", "POST", "DELETE", "PUT"] as const) {
    const response = await request.fetch("/api/intern/cache", { method, headers: { authorization: "Bearer falsch" }, data: method === "GET" ? undefined : { tags: ["programmes"] } });
    expect(response.status(), method).toBe(404);
    expect(response.headers()["content-type"], method).toBe(unknown.headers()["content-type"]);
  }
});
