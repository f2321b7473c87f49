import { expect, type Page } from "@playwright/test";

/** The error summary of a form (components/forms/error-summary.tsx), by its heading. */
export const errorSummary = (page: Page, heading = "Es gibt ein Problem") => page.getByRole("alert", { name: heading });

/** The fields the error summary links to (their ids), in the summary's order. */
export async function summaryTargets(page: Page, heading?: string): Promise<string[]> {
  return errorSummary(page, heading)
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => (link.getAttribute("href") ?? "").replace(/^#/, "")));
}

/**
 * The summary lists its problems in the order the form shows the fields (WCAG 1.3.2): each link's
 * target comes after the previous one's in the page.
 */
export async function expectSummaryInFormOrder(page: Page, heading?: string) {
  const targets = await summaryTargets(page, heading);
  expect(targets.length, "links in the error summary").toBeGreaterThan(0);
  const inPage = await page.locator("form [id]").evaluateAll(
    (elements, wanted) => elements.map((element) => element.id).filter((id) => wanted.includes(id)),
    targets,
  );
  expect(targets, "the error summary follows the form's order").toEqual(inPage);
}
