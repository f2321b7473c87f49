import { expect, test, type Page } from "@playwright/test";
import { detailPaths } from "../../bench/lib/detail-paths.mjs";

// WCAG 3.1.2 (language of parts), issue 20: on a French or English page every German text (an
// untranslated summary, an organisation's name, the editors' amount wording, a postal address) is
// inside an element with lang="de", so that a screen reader reads it as German. A German function
// word outside any such element is a text someone forgot to mark. The words are German only: none
// of them is a French or English word.
const GERMAN_WORDS = /(?<!\p{L})(und|der|das|für|mit|nicht|oder|werden|wird|eine|einen|einem|zum|zur|vom|beim|Sie|Ihre|ist|sind|auf)(?!\p{L})/u;

const PAGES = [
  "/",
  "/foerderprogramme",
  "/foerderprogramme/isb-digiboost",
  "/fristen",
  "/suche?q=digital",
  "/foerder-check",
  "/foerder-check?wer=handwerk",
  "/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=bis-10000&wann=sofort",
  "/themen",
  "/themen/ki-innovation",
  "/modellregion",
  "/veranstaltungen/archiv",
  "/impressum",
  "/datenschutz",
  "/barrierefreiheit",
  "/leichte-sprache",
  "/gebaerdensprache",
  "/daten",
  "/benachrichtigungen/neu",
  "/dienstleister/eintragen",
  "/gibt-es-nicht",
];
const LISTS = ["/foerderprogramme", "/berater", "/dienstleister", "/veranstaltungen", "/initiativen", "/aktuelles"];

/** Texts and spoken attributes of the page outside lang="de" that contain a German word. */
function unmarkedGerman(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const german = new RegExp(source, "u");
    const inGerman = (element: Element) => element.closest("[lang]")?.getAttribute("lang") === "de";
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      const text = walker.currentNode.textContent?.trim() ?? "";
      if (!parent || parent.closest("script, style, [hidden]") || inGerman(parent)) continue;
      if (german.test(text)) found.push(text.slice(0, 160));
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) {
      if (inGerman(element)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder"]) {
        const value = element.getAttribute(name);
        if (value && german.test(value)) found.push(`${name}="${value.slice(0, 160)}"`);
      }
    }
    return found;
  }, GERMAN_WORDS.source);
}

test.use({ javaScriptEnabled: false });

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: no unmarked German on the public page types, two entries of each directory included`, async ({ page, request }) => {
    test.setTimeout(240_000);
    const entries = await Promise.all(
      LISTS.map(async (list) => detailPaths(await (await request.get(`/${locale}${list}`)).text(), `/${locale}${list}`).slice(0, 2)),
    );
    const paths = [...PAGES.map((path) => `/${locale}${path === "/" ? "" : path}`), ...LISTS.map((list) => `/${locale}${list}`), ...entries.flat()];
    expect(entries.flat().length).toBe(LISTS.length * 2);
    const findings: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      findings.push(...(await unmarkedGerman(page)).map((text) => `${path}: ${text}`));
    }
    expect(findings).toEqual([]);
  });
}

test("the check can fail: an unmarked German text on a French page is found", async ({ page }) => {
  await page.goto("/fr/impressum");
  await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", "<p>Zuschuss für kleine Betriebe</p>"));
  expect(await unmarkedGerman(page)).toEqual(["Zuschuss für kleine Betriebe"]);
});
