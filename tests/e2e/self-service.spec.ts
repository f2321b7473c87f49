import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { e2eQuery } from "./support/db";
import { mailedLinkPath, waitForMail } from "./support/outbox";
import { captureServerAction } from "./support/server-action";
import { signedInPage } from "./support/sign-in";

// Issue 5, items 2 and 3: invitation → password → own profile → pending → approval → public.
const EDITOR = "redaktion@regiontrier.example";
const PASSWORD = "Eigenes-Passwort-2026";

type AdvisorRow = { id: string; slug: string; summary: string; version: number };

/** Two published advisors without any account (random, so parallel runs do not collide). */
async function freeAdvisors(): Promise<[AdvisorRow, AdvisorRow]> {
  const rows = await e2eQuery<AdvisorRow>(
    `SELECT a.id, a.slug, a.summary, a.version FROM "Advisor" a LEFT JOIN "User" u ON u."advisorId" = a.id
     WHERE a.status = 'PUBLISHED' AND u.id IS NULL AND a.slug <> 'katharina-lenz' ORDER BY random() LIMIT 2`,
  );
  if (rows.length < 2) throw new Error("the e2e database needs two published advisors without an account");
  return [rows[0]!, rows[1]!];
}

const advisorState = async (id: string) =>
  (await e2eQuery<{ summary: string; version: number }>(`SELECT summary, version FROM "Advisor" WHERE id = $1`, [id]))[0]!;
const revisionCount = async (advisorId: string) =>
  Number((await e2eQuery<{ n: string }>(`SELECT count(*) AS n FROM "ProfileRevision" WHERE "advisorId" = $1`, [advisorId]))[0]!.n);

test("an invited advisor sets a password, edits the own profile, and the public sees it only after approval", async ({ browser, page, baseURL }) => {
  test.setTimeout(240_000);
  const [own, other] = await freeAdvisors();
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const email = `e2e-eingeladen-${stamp}@example.org`;
  const editor = await signedInPage(browser, EDITOR);

  // The editor invites the person to the existing entry.
  await editor.page.goto(`/redaktion/einladungen?profil=advisor:${own.id}`);
  await expect(editor.page.getByRole("heading", { level: 1 })).toHaveText("Einladungen");
  await expectNoAxeViolations(editor.page, "einladungen");
  await expect(editor.page.getByLabel("Eintrag")).toHaveValue(`advisor:${own.id}`);
  await editor.page.getByLabel("Name der eingeladenen Person").fill(`E2E Eingeladen ${stamp}`);
  await editor.page.getByLabel("E-Mail-Adresse").fill(email);
  await editor.page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: "Die Einladung wurde verschickt." })).toBeVisible({ timeout: 20_000 });
  await expect(editor.page.getByTestId("invitation-row").filter({ hasText: email })).toContainText("Offen bis");

  // The link from the mail: opening it changes nothing; the form sets the password and signs in.
  const path = await mailedLinkPath(email, /https?:\/\/\S+\/einladung\/[A-Za-z0-9_-]+/);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einladung annehmen");
  await expectNoAxeViolations(page, "einladung");
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
  await page.getByRole("button", { name: "Passwort festlegen und anmelden" }).click();
  await page.waitForURL((url) => url.pathname === "/mein-profil");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Profil");
  await expectNoAxeViolations(page, "mein-profil");

  // A second use of the link gets the clear page.
  const second = await browser.newPage();
  await second.goto(path);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Der Link wurde bereits verwendet");
  await second.close();

  // The person proposes a new summary: pending, the public page keeps the old one.
  const summary = `Neue Kurzbeschreibung aus dem Profil ${stamp}`;
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(summary);
  await page.getByRole("button", { name: "Änderungen zur Prüfung einreichen" }).click();
  await page.waitForURL((url) => url.searchParams.get("meldung") === "eingereicht");
  await expect(page.getByTestId("revision-state")).toContainText("Ihre Änderungen warten auf Freigabe durch die Redaktion");
  await expect(page.getByLabel("Kurzbeschreibung", { exact: true })).toHaveValue(summary);
  expect((await advisorState(own.id)).summary).toBe(own.summary);
  await page.goto(`/berater/${own.slug}`);
  await expect(page.getByText(own.summary).first()).toBeVisible();
  await expect(page.getByText(summary)).toHaveCount(0);

  // Forged ids: a hidden field naming another advisor changes nothing there.
  const otherRevisions = await revisionCount(other.id);
  await page.goto("/mein-profil");
  await page.evaluate((otherId) => {
    const form = document.querySelector("form[aria-label='Änderungen zur Prüfung einreichen']")!;
    for (const name of ["id", "advisorId", "entityId"]) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = otherId;
      form.appendChild(input);
    }
  }, other.id);
  const forgedSummary = `Untergeschoben ${stamp}`;
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(forgedSummary);

  // Capture that request (Next-Action id and body) once without sending it, then send it directly.
  const captured = captureServerAction(page, "**/mein-profil*");
  await page.getByRole("button", { name: "Änderungen zur Prüfung einreichen" }).click();
  const { actionId, contentType, body } = await captured;
  await page.unroute("**/mein-profil*");
  expect(body.toString("utf8")).toContain(other.id);
  const direct = await page.request.post(`${baseURL}/mein-profil`, {
    headers: { "Next-Action": actionId, "Content-Type": contentType, Origin: baseURL!, Accept: "text/x-component" },
    data: body,
    maxRedirects: 0,
  });
  expect(direct.headers()["x-action-redirect"]).toContain("meldung=eingereicht");
  // The proposal landed on the person's own entry; the other advisor has no new revision and is unchanged.
  expect(await revisionCount(other.id)).toBe(otherRevisions);
  expect(await advisorState(other.id)).toEqual({ summary: other.summary, version: other.version });
  const latest = await e2eQuery<{ advisorId: string; summary: string }>(
    `SELECT r."advisorId", r.data->>'summary' AS summary FROM "ProfileRevision" r JOIN "User" u ON u.id = r."authorId"
     WHERE u.email = $1 AND r.status = 'PENDING'`,
    [email],
  );
  expect(latest).toEqual([{ advisorId: own.id, summary: forgedSummary }]);

  // The person submits the intended text again (replacing the pending proposal).
  await page.goto("/mein-profil");
  await page.getByLabel("Kurzbeschreibung", { exact: true }).fill(summary);
  await page.getByRole("button", { name: "Änderungen zur Prüfung einreichen" }).click();
  await page.waitForURL((url) => url.searchParams.get("meldung") === "eingereicht");

  // The advisor can neither open the review queue nor approve.
  expect((await page.goto("/redaktion/pruefungen"))?.status()).toBe(403);

  // The editor approves in the queue; the public page shows the change.
  await editor.page.goto("/redaktion/pruefungen");
  await expectNoAxeViolations(editor.page, "pruefungen");
  const entryName = (await e2eQuery<{ name: string }>(`SELECT name FROM "Advisor" WHERE id = $1`, [own.id]))[0]!.name;
  await editor.page.getByTestId("revision-row").filter({ hasText: entryName }).first().getByRole("link").click();
  await expect(editor.page.getByRole("heading", { level: 1 })).toContainText("Änderungsvorschlag", { timeout: 30_000 });
  const diffRow = editor.page.getByTestId("revision-diff").locator("tr[data-field='summary']");
  await expect(diffRow.locator("[data-side='proposed']")).toContainText(stamp);
  await expectNoAxeViolations(editor.page, "pruefung");
  await editor.page.getByRole("button", { name: "Freigeben", exact: true }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: "Der Vorschlag wurde freigegeben" })).toBeVisible({ timeout: 20_000 });
  expect(await advisorState(own.id)).toEqual({ summary, version: own.version + 1 });

  await page.goto(`/berater/${own.slug}`);
  await expect(page.getByText(summary).first()).toBeVisible();
  await page.goto("/mein-profil");
  await expect(page.getByTestId("revision-state")).toContainText("freigegeben");
  await editor.context.close();
});

test("an unknown invitation link gets a clear page", async ({ page }) => {
  const response = await page.goto("/einladung/gibt-es-nicht");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Der Link ist ungültig");
  await expectNoAxeViolations(page, "einladung-unbekannt");
});

test("a provider's proposal rejected with a reason: the entry stays, the reason reaches the person", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const before = (await e2eQuery<{ id: string; summary: string; version: number }>(
    `SELECT p.id, p.summary, p.version FROM "Provider" p JOIN "User" u ON u."providerId" = p.id WHERE u.email = 'dienstleister@regiontrier.example'`,
  ))[0]!;
  const provider = await signedInPage(browser, "dienstleister@regiontrier.example");
  await provider.page.goto("/mein-profil");
  await expect(provider.page.getByRole("heading", { level: 1 })).toHaveText("Mein Profil");
  await expectNoAxeViolations(provider.page, "mein-profil-dienstleister");
  await provider.page.getByLabel("Kurzbeschreibung", { exact: true }).fill(`Abzulehnende Kurzbeschreibung ${stamp}`);
  await provider.page.getByRole("button", { name: "Änderungen zur Prüfung einreichen" }).click();
  await provider.page.waitForURL((url) => url.searchParams.get("meldung") === "eingereicht");

  const revisionId = (await e2eQuery<{ id: string }>(
    `SELECT id FROM "ProfileRevision" WHERE "providerId" = $1 AND status = 'PENDING' AND data->>'summary' LIKE $2`,
    [before.id, `%${stamp}`],
  ))[0]!.id;
  const editor = await signedInPage(browser, EDITOR);
  await editor.page.goto(`/redaktion/pruefungen/${revisionId}`);
  await editor.page.getByRole("button", { name: "Ablehnen", exact: true }).click();
  await expect(editor.page.getByRole("alert", { name: "Es gibt ein Problem" })).toBeVisible({ timeout: 20_000 });
  const reason = `Bitte sachlich formulieren ${stamp}`;
  await editor.page.getByLabel("Begründung für die Ablehnung").fill(reason);
  await editor.page.getByRole("button", { name: "Ablehnen", exact: true }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: "Der Vorschlag wurde abgelehnt" })).toBeVisible({ timeout: 20_000 });

  expect((await e2eQuery<{ summary: string; version: number }>(`SELECT summary, version FROM "Provider" WHERE id = $1`, [before.id]))[0]).toEqual({
    summary: before.summary,
    version: before.version,
  });
  await provider.page.goto("/mein-profil");
  await expect(provider.page.getByTestId("revision-state")).toContainText(reason);
  // The provider is told why; the editors' outbox lists the mail without showing its body.
  await waitForMail("dienstleister@regiontrier.example", new RegExp(reason));
  await editor.page.goto("/redaktion/postausgang");
  const row = editor.page.getByRole("row").filter({ hasText: "dienstleister@regiontrier.example" }).filter({ hasText: "Änderung nicht übernommen" }).first();
  await expect(row).toBeVisible();
  await row.getByRole("link").click();
  await expect(editor.page.getByTestId("mail-body-withheld")).toBeVisible();
  await expect(editor.page.getByText(reason)).toHaveCount(0);
  await provider.context.close();
  await editor.context.close();
});
