import { expect, test, type Page } from "@playwright/test";

// Links load a page ahead only when the reader reaches for it (components/navigation/link.tsx,
// docs/architecture.md "Prefetching"): with next/link's default every link on screen was
// prefetched, up to 50 requests and 100 KB per page view, several times the page itself.

/** The paths the router loads ahead (Next marks those requests with Next-Router-Prefetch). */
function recordPrefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
  });
  // Next schedules a visible link's prefetch right after it enters the viewport; before this
  // change the programme list had sent 24 within this time.
  await page.waitForTimeout(1_000);
}

test("no page loads other pages ahead while the reader only scrolls", async ({ page }) => {
  const prefetched = recordPrefetches(page);
  for (const path of ["/", "/foerderprogramme", "/berater", "/veranstaltungen", "/suche?q=digital", "/foerderprogramme/isb-digiboost"]) {
    await page.goto(path);
    await scrollThrough(page);
    expect(prefetched, path).toEqual([]);
  }
});

test("the page a reader points at, focuses or touches is loaded ahead, and only that one", async ({ page }) => {
  const prefetched = recordPrefetches(page);
  await page.goto("/foerderprogramme");
  const card = page.locator("article.card h3 a").nth(2);
  const href = (await card.getAttribute("href"))!;

  await card.hover();
  await expect.poll(() => prefetched).toContain(href);

  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Beratung" }).focus();
  await expect.poll(() => prefetched).toContain("/berater");

  const fingered = page.locator("article.card h3 a").nth(4);
  await fingered.scrollIntoViewIfNeeded();
  await fingered.dispatchEvent("touchstart");
  const touched = (await fingered.getAttribute("href"))!;
  await expect.poll(() => prefetched).toContain(touched);
  expect(new Set(prefetched)).toEqual(new Set([href, "/berater", touched]));

  // Still a client-side navigation: the page is not loaded anew.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await card.click();
  await expect(page).toHaveURL(href);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
