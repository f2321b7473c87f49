import { describe, expect, it, vi } from "vitest";
import { describeAlertQuery } from "@/lib/alerts/label";
import { canonicalAlertQuery, loadAlertContext, loadPublishedProgrammes, rawOfQuery, selectForAlert } from "@/lib/alerts/selection";
import { programmeListFilters } from "@/lib/foerder-check/list-filters";
import { getFoerderCheckOptions, getFoerderCheckResult } from "@/lib/foerder-check/result";
import type { CompleteAnswers } from "@/lib/foerder-check/match";
import { hrefWith } from "@/lib/listing/url";
import { searchAlertHref } from "@/lib/search/page/links";
import { parseSearchPageParams } from "@/lib/search/query-params";
import { publishProgramme, uniqueWord } from "./helpers";

vi.mock("next/cache", async (original) => (await import("../support/outside-next")).uncachedNextCache(original));

// Issue 15: "Benachrichtigen" from any search and from every Förder-Check result. The links carry
// programme-list parameters; what the alert page stores of them and what the daily digest then
// selects is checked here against the seeded programmes.

const queryOf = (href: string) => href.slice(href.indexOf("?"));
const slugsOf = (programmes: { slug: string }[]) => programmes.map((p) => p.slug);

describe("alerts from a search", () => {
  it("store the search words and select programmes by every word, like the programme list", async () => {
    const word = uniqueWord("suchalarm");
    const hit = await publishProgramme(`Zuschuss ${word} für Webshops`);
    const other = await publishProgramme(`Zuschuss ${word} für Glasfaser`);
    const context = await loadAlertContext();
    const href = searchAlertHref(parseSearchPageParams({ q: `${word}  Webshops`, typ: "foerderprogramme", foerderart: "zuschuss", sortierung: "a-z" }))!;
    expect(href).toMatch(/^\/benachrichtigungen\/neu\?/);
    const query = canonicalAlertQuery(rawOfQuery(queryOf(href)), context);
    expect(query).toBe(`?foerderart=zuschuss&q=${encodeURIComponent(`${word} Webshops`).replaceAll("%20", "+")}`);
    expect(describeAlertQuery(query, context.names)).toBe(`Förderart: Zuschuss · Suchbegriff: „${word} Webshops“`);

    const programmes = await loadPublishedProgrammes();
    const now = new Date();
    expect(slugsOf(selectForAlert(programmes, query, context, now))).toEqual([hit.slug]);
    // Umlauts and case as the list treats them; one word alone selects both, a word nobody has none.
    expect(slugsOf(selectForAlert(programmes, `?q=${word.toUpperCase()}`, context, now)).sort()).toEqual([hit.slug, other.slug].sort());
    expect(selectForAlert(programmes, `?q=${word}+Breitbandkabel`, context, now)).toEqual([]);
    expect(selectForAlert(programmes, `?foerderart=darlehen&q=${word}`, context, now)).toEqual([]);
  });

  it("are offered for all types and for programmes, not for advisors or providers or without words", () => {
    expect(searchAlertHref(parseSearchPageParams({ q: "KI" }))).toBe("/benachrichtigungen/neu?q=KI");
    expect(searchAlertHref(parseSearchPageParams({ q: "KI", typ: "foerderprogramme", status: "offen" }))).toBe("/benachrichtigungen/neu?q=KI&status=offen");
    expect(searchAlertHref(parseSearchPageParams({ q: "KI", typ: "berater" }))).toBeNull();
    expect(searchAlertHref(parseSearchPageParams({ q: "", typ: "foerderprogramme" }))).toBeNull();
  });
});

describe("alerts from a Förder-Check result", () => {
  it("store the filters the answers imply, and select what the check offers", async () => {
    const options = await getFoerderCheckOptions();
    const answers: CompleteAnswers = { wer: "handwerk", beschaeftigte: 12, wo: "eifelkreis-bitburg-pruem", was: "webshop", betrag: "bis-50000", wann: "sofort" };
    const filters = programmeListFilters(answers);
    const context = await loadAlertContext();
    const query = canonicalAlertQuery(rawOfQuery(queryOf(hrefWith("/benachrichtigungen/neu", filters, {}))), context);
    // Nothing the check implies is dropped as unknown by the alert.
    expect(query).toBe("?gebiet=eifelkreis-bitburg-pruem&status=demnaechst&status=offen&thema=digitaler-wandel-wirtschaft&zielgruppe=handwerk&zielgruppe=kmu");
    expect(describeAlertQuery(query, context.names)).toBe(
      "Status: Jetzt beantragbar, Demnächst beantragbar · Zielgruppe: Kleine und mittlere Unternehmen, Handwerksbetriebe · Themenfeld: Digitaler Wandel in der Wirtschaft · Gebiet: Eifelkreis Bitburg-Prüm",
    );

    const now = new Date();
    const offered = slugsOf((await getFoerderCheckResult(answers, options, now)).programmes.map((m) => m.programme));
    const selected = slugsOf(selectForAlert(await loadPublishedProgrammes(), query, context, now));
    expect(offered.length).toBeGreaterThan(0);
    // The alert filters by the check's required rules, so everything the check offers is in it.
    for (const slug of offered) expect(selected).toContain(slug);
  });

  it("has no target group filter for a company too big to be a KMU (no group names it directly)", () => {
    const filters = programmeListFilters({ wer: "unternehmen", beschaeftigte: 400, wo: "stadt-trier", was: "ki" });
    expect(filters).toEqual({ status: ["offen", "demnaechst"], thema: ["ki-innovation"], gebiet: ["stadt-trier"] });
  });
});
