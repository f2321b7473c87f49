import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { richTextEditor } from "./support/rich-text";
import { signIn } from "./support/sign-in";

// The two Content Security Policies (lib/security/content-security-policy.ts): the areas rendered
// per request get a strict one with a fresh nonce, the cached public pages keep the static one.
const EDITOR = "redaktion@regiontrier.example";

test.describe.configure({ timeout: 120_000 });

function policiesOf(response: APIResponse): string[] {
  return response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
}

function scriptSources(policy: string): string {
  return policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src ")) ?? "";
}

/** The strict policy's nonce; fails unless the response carries exactly one, strict, policy. */
function nonceOf(response: APIResponse): string {
  const policies = policiesOf(response);
  expect(policies).toHaveLength(1);
  const scripts = scriptSources(policies[0]!);
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).toContain("'strict-dynamic'");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scripts)?.[1];
  expect(nonce, scripts).toBeTruthy();
  return nonce!;
}

// Data blocks (JSON-LD) are not run, so a policy does not apply to them.
const DATA_BLOCK = /\btype="application\/(?:ld\+)?json"/;

/** Every script element of the HTML carries the nonce (with 'strict-dynamic', 'self' counts no more). */
function expectEveryScriptNonced(html: string, nonce: string) {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !DATA_BLOCK.test(tag));
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.some((tag) => !/\bsrc=/.test(tag)), "inline scripts present").toBe(true);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
}

/** Two requests: each has its own nonce, in its header and on every script of its HTML (a page
 * served from a cache would carry an old request's nonce, and its scripts would be blocked). */
async function expectNoncedPage(request: APIRequestContext, path: string) {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const nonce = nonceOf(response);
    expectEveryScriptNonced(await response.text(), nonce);
    nonces.push(nonce);
  }
  expect(nonces[1], `${path}: a fresh nonce per request`).not.toBe(nonces[0]);
}

/** Collects CSP violations the page reports, from the event and from the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []))];
}

test("the sign-in page has a strict policy with a fresh nonce on every script", async ({ request }) => {
  await expectNoncedPage(request, "/anmelden");
  await expectNoncedPage(request, "/passwort-vergessen");
});

test("pages opened from a mailed link render per request with their own nonce, in every language", async ({ request }) => {
  // An unknown token is enough: the page answers "link invalid", rendered for this request.
  await expectNoncedPage(request, "/benachrichtigungen/verwalten/unbekannter-schluessel");
  await expectNoncedPage(request, "/fr/benachrichtigungen/bestaetigen/unbekannter-schluessel");
  await expectNoncedPage(request, "/dienstleister/eintragen/bestaetigen/unbekannter-schluessel");
});

test("signed in: editor pages run their scripts under the strict policy without violations", async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, EDITOR);
  // Signing in worked with JavaScript, so the sign-in form's scripts ran.
  expect(new URL(page.url()).pathname).not.toBe("/anmelden");
  expect(await violations()).toEqual([]);

  await expectNoncedPage(page.request, "/redaktion");
  await page.goto("/redaktion/foerderprogramme");
  const edit = page.locator('main a[href^="/redaktion/foerderprogramme/"]').filter({ hasNotText: /neu/i }).first();
  const href = await edit.getAttribute("href");
  const editPath = href!.split("?")[0]!.split("/").slice(0, 4).join("/");
  expect(editPath).toMatch(/^\/redaktion\/foerderprogramme\/[^/]+$/);
  await expectNoncedPage(page.request, editPath);

  await page.goto(editPath);
  // The rich-text editor is a client component: it only appears once the page's scripts ran.
  await expect(richTextEditor(page, "Beschreibung")).toBeVisible({ timeout: 30_000 });
  expect(await violations()).toEqual([]);
});

test("public pages keep the static policy and stay in the page cache", async ({ request }) => {
  for (const path of ["/", "/foerderprogramme", "/berater?thema=ki-innovation"]) {
    await request.get(path);
    await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"], { timeout: 15_000 }).toBe("HIT");
    const response = await request.get(path);
    const policies = policiesOf(response);
    expect(policies, path).toHaveLength(1);
    expect(scriptSources(policies[0]!), path).toBe("script-src 'self' 'unsafe-inline'");
    expect(await response.text(), path).not.toContain("nonce=");
  }
});

test("the static policy lets the public pages' scripts run without violations", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/foerderprogramme");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
});
