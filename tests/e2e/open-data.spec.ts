import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { watchForeignRequests } from "./support/foreign-requests";

// /daten without JavaScript: reached from the footer, accessible, nothing from other origins; the
// examples it shows work against this server.
test.use({ javaScriptEnabled: false });

test("/daten is linked in the footer, accessible and describes the API with working examples", async ({ page }) => {
  const foreign = watchForeignRequests(page);
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Offene Daten" }).click();
  await expect(page).toHaveURL(/\/daten$/);
  await expect(page.getByRole("heading", { level: 1, name: "Offene Daten" })).toBeVisible();
  await expect(page.getByText("CC BY 4.0").first()).toBeVisible();
  await expect(page.getByText("Initiative Region Trier e. V.").first()).toBeVisible();
  await expect(page.getByText(/curl '.*\/api\/v1\/programmes\?foerderart=zuschuss/)).toBeVisible();
  await expectNoAxeViolations(page, "/daten");
  expect(foreign).toEqual([]);

  const list = await page.request.get("/api/v1/programmes?foerderart=zuschuss&zielgruppe=kmu&status=offen&limit=10");
  expect(list.status()).toBe(200);
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await list.json()) as { items: { slug: string; status: string }[] };
  expect(body.items.length).toBeGreaterThan(0);
  for (const item of body.items) expect(item.status).toMatch(/^(open|rolling)$/);

  const one = await page.request.get(`/api/v1/programmes/${body.items[0]!.slug}`);
  expect(one.status()).toBe(200);
  const etag = one.headers()["etag"]!;
  const again = await page.request.get(`/api/v1/programmes/${body.items[0]!.slug}`, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
});
