import { describe, expect, it } from "vitest";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { PROVIDER_PAGE_SIZE, parseProviderListQuery, searchProviders, type ProviderListQuery } from "@/lib/provider/listing";

const KREISE = ["stadt-trier", "trier-saarburg", "bernkastel-wittlich", "eifelkreis-bitburg-pruem", "vulkaneifel"];

const card = (overrides: Partial<ProviderCardDTO> & Pick<ProviderCardDTO, "slug" | "name">): ProviderCardDTO => ({
  summary: "",
  services: ["WEBSITE_SHOP"],
  industries: ["HANDWERK"],
  size: "SMALL",
  town: "Trier",
  logo: null,
  regionSlug: "stadt-trier",
  regionName: "Stadt Trier",
  publishedAt: "2026-01-01T00:00:00.000Z",
  ...overrides,
});

const cards: ProviderCardDTO[] = [
  card({ slug: "mosel-it", name: "Mosel IT", town: "Wittlich", regionSlug: "bernkastel-wittlich", services: ["IT_SICHERHEIT", "CLOUD_INFRASTRUKTUR"], publishedAt: "2026-03-01T00:00:00.000Z" }),
  card({ slug: "eifel-web", name: "Eifel Web", town: "Prüm", regionSlug: "eifelkreis-bitburg-pruem", summary: "Online-Shops für Weingüter", industries: ["LANDWIRTSCHAFT_WEINBAU"], size: "SOLO" }),
  card({ slug: "ada", name: "Ada Software", town: "Trier", services: ["SOFTWARE", "DATEN_KI"], industries: ["HANDWERK", "INDUSTRIE"], publishedAt: "2026-02-01T00:00:00.000Z" }),
];

const query = (overrides: Partial<ProviderListQuery> = {}): ProviderListQuery => ({
  q: "",
  sort: "a-z",
  page: 1,
  ...overrides,
  filters: { leistung: [], branche: [], gebiet: [], groesse: [], ...overrides.filters },
});
const slugs = (result: { items: ProviderCardDTO[] }) => result.items.map((p) => p.slug);

describe("parseProviderListQuery", () => {
  it("keeps known enum slugs and Kreise, drops everything else", () => {
    const parsed = parseProviderListQuery(
      {
        leistung: ["it-sicherheit", "IT_SICHERHEIT", "zauberei"],
        branche: ["landwirtschaft-weinbau", "raumfahrt"],
        gebiet: ["vulkaneifel", "region-trier", "eu"],
        groesse: ["solo", "riesig"],
      },
      { kreise: KREISE },
    );
    expect(parsed.filters).toEqual({ leistung: ["it-sicherheit"], branche: ["landwirtschaft-weinbau"], gebiet: ["vulkaneifel"], groesse: ["solo"] });
  });

  it("defaults to A–Z and page 1; accepts neu and ort", () => {
    expect(parseProviderListQuery({ sortierung: "frist", seite: "-1" }, { kreise: KREISE })).toEqual(query());
    expect(parseProviderListQuery({ sortierung: "ort" }, { kreise: KREISE }).sort).toBe("ort");
    expect(parseProviderListQuery({ sortierung: "neu" }, { kreise: KREISE }).sort).toBe("neu");
  });
});

describe("searchProviders", () => {
  it("sorts by name, newest first, or town", () => {
    expect(slugs(searchProviders(cards, query()))).toEqual(["ada", "eifel-web", "mosel-it"]);
    expect(slugs(searchProviders(cards, query({ sort: "neu" })))).toEqual(["mosel-it", "ada", "eifel-web"]);
    expect(slugs(searchProviders(cards, query({ sort: "ort" })))).toEqual(["eifel-web", "ada", "mosel-it"]);
  });

  it("filters by service, industry, seat and size", () => {
    expect(slugs(searchProviders(cards, query({ filters: { leistung: ["software", "it-sicherheit"] } })))).toEqual(["ada", "mosel-it"]);
    expect(slugs(searchProviders(cards, query({ filters: { branche: ["industrie"] } })))).toEqual(["ada"]);
    expect(slugs(searchProviders(cards, query({ filters: { gebiet: ["eifelkreis-bitburg-pruem"] } })))).toEqual(["eifel-web"]);
    expect(slugs(searchProviders(cards, query({ filters: { groesse: ["small"], gebiet: ["stadt-trier", "bernkastel-wittlich"] } })))).toEqual(["ada", "mosel-it"]);
  });

  it("counts facets disjunctively", () => {
    const { counts } = searchProviders(cards, query({ filters: { gebiet: ["stadt-trier"] } }));
    expect(counts.gebiet).toEqual({ "stadt-trier": 1, "bernkastel-wittlich": 1, "eifelkreis-bitburg-pruem": 1 });
    expect(counts.leistung).toEqual({ software: 1, "daten-ki": 1 });
  });

  it("searches name, summary and town, umlaut-insensitively", () => {
    expect(slugs(searchProviders(cards, query({ q: "pruem" })))).toEqual(["eifel-web"]);
    expect(slugs(searchProviders(cards, query({ q: "weingüter shops" })))).toEqual(["eifel-web"]);
    expect(slugs(searchProviders(cards, query({ q: "wittlich" })))).toEqual(["mosel-it"]);
    expect(slugs(searchProviders(cards, query({ q: "nirgendwo" })))).toEqual([]);
  });

  it("pages by twenty", () => {
    const many = Array.from({ length: 21 }, (_, i) => card({ slug: `p${i}`, name: `Firma ${String(i).padStart(2, "0")}` }));
    expect(PROVIDER_PAGE_SIZE).toBe(20);
    expect(searchProviders(many, query({ page: 2 }))).toMatchObject({ page: 2, pages: 2, total: 21, items: [{ slug: "p20" }] });
  });
});
