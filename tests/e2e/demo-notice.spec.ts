import { expect, test } from "@playwright/test";

// Issue 19.6: on demo data every page says that dates, amounts and people are invented. The e2e
// database is seeded with the demo data, so the banner is there — on cached pages as on others.
for (const path of ["/", "/foerderprogramme", "/foerderprogramme/isb-digiboost", "/berater", "/dienstleister", "/datenschutz"]) {
  test(`${path} says it shows demo data`, async ({ page }) => {
    await page.goto(path);
    const notice = page.getByTestId("demo-notice");
    await expect(notice).toHaveText("Demo-Daten: Fristen, Beträge und Personen sind erfunden.");
    // Before the header: the first thing read after the skip link.
    const order = await page.evaluate(() => {
      const notice = document.querySelector("[data-testid=demo-notice]");
      const header = document.querySelector("header");
      return notice && header ? notice.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
  });
}
