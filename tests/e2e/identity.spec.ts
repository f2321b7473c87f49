import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { watchForeignRequests } from "./support/foreign-requests";
import { signIn } from "./support/sign-in";

// --color-primary in app/globals.css (#124e86).
const PRIMARY_BACKGROUND = "rgb(18, 78, 134)";

function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test("favicon, app icons and the web app manifest are served with their types", async ({ page, request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  const ico = await favicon.body();
  // ICONDIR: reserved 0, type 1 (icon), then the number of images.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(2);

  const apple = await request.get("/apple-touch-icon.png");
  expect(apple.status()).toBe(200);
  expect(apple.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await apple.body())).toEqual({ width: 180, height: 180 });

  await page.goto("/");
  const head = page.locator("head");
  await expect(head.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(head.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", /^\/icon\.svg/);
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /^\/apple-touch-icon\.png/);
  await expect(head.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0b2a4a");
  const manifestHref = await head.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toMatch(/^\/manifest\.webmanifest/);

  const manifestResponse = await request.get(manifestHref!);
  expect(manifestResponse.status()).toBe(200);
  expect(manifestResponse.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = await manifestResponse.json();
  expect(manifest).toMatchObject({ name: "Digitale Region Trier", lang: "de", start_url: "/", theme_color: "#0b2a4a" });
  for (const icon of manifest.icons as { src: string; type: string; sizes: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
    if (icon.type === "image/png") {
      const side = Number(icon.sizes.split("x")[0]);
      expect(pngSize(await response.body()), icon.src).toEqual({ width: side, height: side });
    }
  }
  const svg = await request.get("/icon.svg");
  expect(await svg.text()).toContain("<title");
});

test("the header shows the logo with its text alternative and leads to the start page", async ({ page }) => {
  await page.goto("/foerderprogramme");
  const home = page.getByRole("banner").getByRole("link", { name: "Digitale Region Trier – zur Startseite" });
  await expect(home).toBeVisible();
  const logo = home.getByRole("img", { name: "Digitale Region Trier – zur Startseite" });
  await expect(logo).toHaveAttribute("src", "/logo.svg");
  // Loaded, not a broken image with only its alt text showing.
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const logoFile = await page.request.get("/logo.svg");
  expect(logoFile.headers()["content-type"]).toContain("image/svg+xml");
  expect(await logoFile.text()).toContain("<title id=\"logo-title\">Digitale Region Trier</title>");
  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the footer has the operator's address and legal links that work", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  const address = footer.locator("address");
  await expect(address).toContainText("Initiative Region Trier e. V.");
  await expect(address).toContainText("Domfreihof 1a");
  await expect(address).toContainText("54290 Trier");
  const legal = footer.getByRole("navigation", { name: "Rechtliches" });
  const links = legal.getByRole("link");
  await expect(links).toHaveText(["Impressum", "Datenschutz", "Barrierefreiheit", "Offene Daten", "Leichte Sprache", "Gebärdensprache"]);
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!))) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), href).toBeVisible();
  }
});

async function backgroundOf(button: Locator) {
  await expect(button).toBeVisible();
  return button.evaluate((element) => getComputedStyle(element).backgroundColor);
}

async function primaryOn(page: Page, path: string, name: string) {
  await page.goto(path);
  // Away from every button, so no hover colour is measured.
  await page.mouse.move(0, 0);
  return backgroundOf(page.getByRole("main").getByRole("button", { name, exact: true }));
}

test("primary buttons have the same colour on public pages and in the editor", async ({ page }) => {
  const colours = {
    programmeFilters: await primaryOn(page, "/foerderprogramme", "Filter anwenden"),
    search: await primaryOn(page, "/suche?q=Webshop", "Suchen"),
    signIn: await primaryOn(page, "/anmelden", "Anmelden"),
    headerSearch: await backgroundOf(page.getByRole("search", { name: "Portal durchsuchen" }).getByRole("button", { name: "Suchen" })),
  };
  await signIn(page, "redaktion@regiontrier.example");
  const editorFilters = await primaryOn(page, "/redaktion/foerderprogramme", "Anwenden");
  expect({ ...colours, editorFilters }).toEqual({
    programmeFilters: PRIMARY_BACKGROUND,
    search: PRIMARY_BACKGROUND,
    signIn: PRIMARY_BACKGROUND,
    headerSearch: PRIMARY_BACKGROUND,
    editorFilters: PRIMARY_BACKGROUND,
  });
});

test("start page and a list page stay axe-clean with the new header and footer", async ({ page }) => {
  for (const path of ["/", "/dienstleister"]) {
    const foreign = watchForeignRequests(page);
    await page.goto(path);
    await expectNoAxeViolations(page, path);
    expect(foreign, `${path} requests to other origins`).toEqual([]);
  }
});
