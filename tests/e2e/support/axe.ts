import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it is now (WCAG 2.1 A and AA) and fails with every violation and where it is. */
export async function expectNoAxeViolations(page: Page, label?: string) {
  // After a client-side navigation (a link, a server action's redirect) Next 16 streams the new
  // page's metadata after its content, so for a moment the document can have no <title> although
  // the heading shows (seen in 1 of 6 runs of provider-signup). axe checks the settled page; a page
  // without a title still fails here.
  await expect.poll(() => page.title(), { message: `${label ?? page.url()}: the page has a <title>` }).not.toBe("");
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), label).toEqual([]);
}

/**
 * axe runs inside the page, so a page shown without JavaScript is checked again at its URL in a
 * context with JavaScript and the same cookies (the signed-in session included).
 */
export async function expectNoAxeViolationsAtUrl(page: Page, label?: string) {
  const browser = page.context().browser();
  if (!browser) throw new Error("axe check needs a browser-backed page");
  const context = await browser.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
  try {
    const scripted = await context.newPage();
    await scripted.goto(page.url());
    await expectNoAxeViolations(scripted, label);
  } finally {
    await context.close();
  }
}
