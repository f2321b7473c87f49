import { describe, expect, it } from "vitest";
import { renderHighlight } from "@/components/search/search-highlight";
import {
  MAX_LIMIT,
  hitPath,
  parseSearchPageParams,
  parseSearchParams,
  toRawParams,
  toSearchQuery,
  type SearchParams,
} from "@/lib/search/query-params";
import { MAX_PAGE } from "@/lib/listing/params";

const strict = (raw: Record<string, string | string[]>) => parseSearchParams(raw, { strict: true });
const lenient = (raw: Record<string, string | string[]>, known?: Record<string, readonly string[]>) => parseSearchPageParams(raw, known);

describe("parseSearchParams (API, strict)", () => {
  it("parses a full programme search", () => {
    const result = strict({ q: "  KI   Gutschein ", typ: "foerderprogramme", foerderart: ["zuschuss", "darlehen"], status: "offen", sortierung: "frist", seite: "2", limit: "10" });
    expect(result).toEqual({
      ok: true,
      params: {
        q: "KI Gutschein",
        type: "programme",
        filters: { foerderart: ["zuschuss", "darlehen"] },
        statuses: ["offen"],
        sort: "frist",
        page: 2,
        limit: 10,
        suggestions: false,
      },
    });
  });

  it("has defaults for everything", () => {
    expect(strict({})).toEqual({
      ok: true,
      params: { q: "", type: null, filters: {}, statuses: [], sort: "relevanz", page: 1, limit: null, suggestions: false },
    });
  });

  it.each([
    [{ seite: "abc" }, "seite", "invalidValue"],
    [{ seite: "0" }, "seite", "invalidValue"],
    [{ seite: String(MAX_PAGE + 1) }, "seite", "invalidValue"],
    [{ seite: "1.5" }, "seite", "invalidValue"],
    [{ limit: String(MAX_LIMIT + 1) }, "limit", "invalidValue"],
    [{ limit: "-1" }, "limit", "invalidValue"],
    [{ typ: "termine" }, "typ", "invalidValue"],
    [{ sortierung: "preis" }, "sortierung", "invalidValue"],
    [{ typ: "berater", sortierung: "frist" }, "sortierung", "notForType"],
    [{ vorschlaege: "ja" }, "vorschlaege", "invalidValue"],
    [{ q: "x".repeat(201) }, "q", "tooLong"],
    [{ thema: "ki-innovation" }, "thema", "notForType"],
    [{ typ: "berater", foerderart: "zuschuss" }, "foerderart", "notForType"],
    [{ typ: "foerderprogramme", thema: "<script>" }, "thema", "invalidValue"],
    [{ typ: "foerderprogramme", status: "bald" }, "status", "invalidValue"],
    [{ typ: "dienstleister", status: "offen" }, "status", "notForType"],
    [{ typ: "foerderprogramme", thema: Array.from({ length: 31 }, (_, i) => `t${i}`) }, "thema", "tooMany"],
  ])("reports %j as %s/%s", (raw, field, issue) => {
    expect(strict(raw)).toEqual({ ok: false, field, issue });
  });

  it("accepts exactly 200 characters and the suggestion flag", () => {
    const result = strict({ q: "x".repeat(200), vorschlaege: "1" });
    expect(result.ok && result.params.q.length).toBe(200);
    expect(result.ok && result.params.suggestions).toBe(true);
  });

  it("ignores unknown parameters and empty values", () => {
    expect(strict({ utm_source: "newsletter", seite: "", typ: "" })).toMatchObject({ ok: true, params: { page: 1, type: null } });
  });
});

describe("parseSearchPageParams (page, lenient)", () => {
  it("drops what it does not understand and caps the page", () => {
    const params = lenient({ q: "x".repeat(250), typ: "unbekannt", seite: "9999", sortierung: "preis", thema: "ki" });
    expect(params).toEqual({ q: "x".repeat(200), type: null, filters: {}, statuses: [], sort: "relevanz", page: 1, limit: null, suggestions: false });
  });

  it("keeps only known facet values of the chosen type", () => {
    const params = lenient(
      { typ: "berater", thema: ["ki-innovation", "gibt-es-nicht"], gebiet: "vulkaneifel", foerderart: "zuschuss", status: "offen" },
      { thema: ["ki-innovation"], gebiet: ["vulkaneifel", "stadt-trier"] },
    );
    expect(params.filters).toEqual({ thema: ["ki-innovation"], gebiet: ["vulkaneifel"] });
    expect(params.statuses).toEqual([]);
  });

  it("falls back to relevance for an order the type does not have", () => {
    expect(lenient({ typ: "berater", sortierung: "frist" }).sort).toBe("relevanz");
    expect(lenient({ typ: "foerderprogramme", sortierung: "frist" }).sort).toBe("frist");
  });

  it("orders statuses canonically", () => {
    expect(lenient({ typ: "foerderprogramme", status: ["geschlossen", "offen", "quatsch"] }).statuses).toEqual(["offen", "geschlossen"]);
  });
});

describe("toSearchQuery", () => {
  const params: SearchParams = {
    q: "digital",
    type: "programme",
    filters: { thema: ["ki-innovation"] },
    statuses: ["offen"],
    sort: "neu",
    page: 3,
    limit: null,
    suggestions: false,
  };

  it("maps parameters to the engine's query with the type's facets and status counts", () => {
    expect(toSearchQuery(params, "2026-11-26")).toEqual({
      text: "digital",
      types: ["programme"],
      filters: { thema: ["ki-innovation"] },
      statuses: ["offen"],
      sort: "newest",
      page: 3,
      pageSize: 20,
      facets: ["foerderart", "zielgruppe", "thema", "gebiet", "ebene", "status"],
      today: "2026-11-26",
      language: "de",
    });
  });

  it("carries the reader's language, whose stems the engine asks besides German", () => {
    expect(toSearchQuery(params, "2026-11-26", 20, "fr")).toMatchObject({ language: "fr" });
  });

  it("searches all types without facets when no type is chosen", () => {
    const query = toSearchQuery({ ...params, type: null, filters: {}, statuses: [], sort: "relevanz", limit: 5 }, "2026-11-26");
    expect(query).toMatchObject({ types: [], facets: [], sort: "relevance", pageSize: 5 });
  });
});

describe("toRawParams", () => {
  const params = lenient({ q: "web", typ: "dienstleister", leistung: "webseiten", sortierung: "a-z", seite: "2" }, { leistung: ["webseiten"] });

  it("writes the canonical parameters", () => {
    expect(toRawParams(params)).toEqual({ q: "web", typ: "dienstleister", leistung: ["webseiten"], sortierung: "a-z", seite: "2" });
  });

  it("drops filters, order and page when the type changes", () => {
    expect(toRawParams(params, { type: null })).toEqual({ q: "web" });
    expect(toRawParams(params, { type: "advisor" })).toEqual({ q: "web", typ: "berater" });
  });
});

describe("hitPath", () => {
  it("links to the detail page of the type", () => {
    expect(hitPath("programme", "ki-gutschein")).toBe("/foerderprogramme/ki-gutschein");
    expect(hitPath("advisor", "a b")).toBe("/berater/a%20b");
    expect(hitPath("provider", "x")).toBe("/dienstleister/x");
  });
});

describe("renderHighlight", () => {
  it("keeps <mark> and escaped text as they are", () => {
    expect(renderHighlight("<mark>Förder</mark>ung für KMU &amp; Handwerk")).toBe("<mark>Förder</mark>ung für KMU &amp; Handwerk");
    expect(renderHighlight("&quot;a&quot; &#39;b&#39; &lt;c&gt;")).toBe("&quot;a&quot; &#39;b&#39; &lt;c&gt;");
  });

  it("escapes any other markup", () => {
    expect(renderHighlight('<img src=x onerror="alert(1)"><mark>x</mark>')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<mark>x</mark>");
    expect(renderHighlight('<mark class="x">a</mark>')).toBe("&lt;mark class=&quot;x&quot;&gt;a");
    expect(renderHighlight("&lt;script&gt;")).toBe("&lt;script&gt;");
    expect(renderHighlight("&#60;b&#x3e;")).toBe("&lt;b&gt;");
  });

  it("balances marks", () => {
    expect(renderHighlight("</mark>a<mark>b<mark>c")).toBe("a<mark>bc</mark>");
  });
});
