import { expect as baseExpect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { captureServerAction } from "./support/server-action";
import { signedInPage } from "./support/sign-in";

// Issue 11: a refused server action still answers 200 with the refusal in its body, so the
// admins' security log is where an attack becomes visible.
const expect = baseExpect.configure({ timeout: 30_000 });
const ADMIN = "admin@regiontrier.example";
const EDITOR = "redaktion@regiontrier.example";
const ADVISOR = "berater@regiontrier.example";

test("an advisor replaying an editor's form is refused and shows up in the admins' security log", async ({ browser, baseURL }) => {
  const editor = await signedInPage(browser, EDITOR);
  await editor.page.goto("/redaktion/organisationen/neu");
  await editor.page.getByLabel("Name", { exact: true }).fill(`E2E Sicherheit ${Date.now()}`);
  await editor.page.getByLabel("Art der Organisation").selectOption({ label: "Netzwerk" });
  const captured = captureServerAction(editor.page, "**/redaktion/organisationen/neu*");
  await editor.page.getByRole("button", { name: "Organisation anlegen" }).click();
  const { actionId, contentType, body } = await captured;

  const advisor = await signedInPage(browser, ADVISOR);
  const response = await advisor.page.request.post(`${baseURL}/redaktion/organisationen/neu`, {
    headers: { "Next-Action": actionId, "Content-Type": contentType, Origin: baseURL!, Accept: "text/x-component" },
    data: body,
    maxRedirects: 0,
  });
  expect(response.headers()["x-action-redirect"]).toBeUndefined();

  expect((await editor.page.goto("/redaktion/sicherheit"))?.status()).toBe(403);

  const admin = await signedInPage(browser, ADMIN);
  await admin.page.goto("/redaktion/sicherheit");
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("Sicherheitsprotokoll");
  await admin.page.getByLabel("Wer").selectOption({ label: "Beratung" });
  await admin.page.getByRole("button", { name: "Filter anwenden" }).click();
  await expect(admin.page).toHaveURL(/[?&]wer=ADVISOR(&|$)/);
  const row = admin.page.getByRole("row", { name: /Katharina Lenz/ }).first();
  await expect(row).toContainText("organisation.manage");
  await expect(row).toContainText("Keine Berechtigung");
  await expect(admin.page.locator("main")).not.toContainText("@");
  await expectNoAxeViolations(admin.page, "/redaktion/sicherheit?wer=ADVISOR");

  await Promise.all([editor.context.close(), advisor.context.close(), admin.context.close()]);
});
