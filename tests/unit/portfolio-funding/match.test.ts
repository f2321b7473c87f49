import { describe, expect, it } from "vitest";
import type { ServiceCategory } from "@/lib/db/enums";
import { applicableProgrammes, appliesInKreis, programmeCandidates, providersForProgramme, servicesForTopics, topicsForServices, type ServiceTopicMap } from "@/lib/portfolio-funding/match";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { serviceTopicsUpdateSchema } from "@/lib/taxonomy/schema";

const KREISE = ["stadt-trier", "trier-saarburg", "bernkastel-wittlich", "eifelkreis-bitburg-pruem", "vulkaneifel"];
const MAP: ServiceTopicMap = { WEBSITE_SHOP: ["wirtschaft"], IT_SICHERHEIT: ["infrastruktur", "wirtschaft"], SCHULUNG: ["bildung"], DATEN_KI: [] };
// Noon in Berlin on 2026-03-10.
const now = new Date("2026-03-10T11:00:00Z");

function programme(slug: string, over: Partial<ProgrammeCardDTO> = {}): ProgrammeCardDTO {
  return {
    slug,
    title: slug,
    summary: "",
    level: "REGION",
    fundingTypes: [],
    targetGroups: [],
    topicSlugs: ["wirtschaft"],
    regionSlugs: ["stadt-trier"],
    fundingBodyName: "IHK",
    amountText: null,
    amountMin: null,
    amountMax: null,
    maxEmployees: null,
    applyBeforeProjectStart: null,
    publishedAt: "2026-01-01T00:00:00.000Z",
    applicationStart: null,
    deadline: "2026-04-01",
    ...over,
  };
}

function provider(slug: string, services: ServiceCategory[], regionSlug: string): ProviderCardDTO {
  return { slug, name: slug, summary: "", services, industries: [], size: "SMALL", town: "Trier", regionSlug, regionName: regionSlug, publishedAt: "2026-01-01T00:00:00.000Z", logo: null };
}

describe("the Leistung ↔ Themenfeld map", () => {
  it("turns Leistungen into Themenfelder and back, without duplicates", () => {
    expect(topicsForServices(MAP, ["WEBSITE_SHOP", "IT_SICHERHEIT"])).toEqual(["infrastruktur", "wirtschaft"]);
    expect(topicsForServices(MAP, ["DATEN_KI", "BERATUNG"])).toEqual([]);
    expect(servicesForTopics(MAP, ["wirtschaft"])).toEqual(["IT_SICHERHEIT", "WEBSITE_SHOP"]);
    expect(servicesForTopics(MAP, ["gesundheit"])).toEqual([]);
  });
});

describe("appliesInKreis", () => {
  it("takes named Kreise literally and wider regions or region-wide levels as every Kreis", () => {
    expect(appliesInKreis({ regionSlugs: ["stadt-trier"], level: "KOMMUNE" }, "stadt-trier", KREISE)).toBe(true);
    expect(appliesInKreis({ regionSlugs: ["stadt-trier"], level: "KOMMUNE" }, "vulkaneifel", KREISE)).toBe(false);
    expect(appliesInKreis({ regionSlugs: ["rheinland-pfalz"], level: "LAND" }, "vulkaneifel", KREISE)).toBe(true);
    expect(appliesInKreis({ regionSlugs: [], level: "BUND" }, "vulkaneifel", KREISE)).toBe(true);
    expect(appliesInKreis({ regionSlugs: [], level: "KOMMUNE" }, "vulkaneifel", KREISE)).toBe(false);
  });
});

describe("programmes for a provider", () => {
  const webshop = { services: ["WEBSITE_SHOP"] as ServiceCategory[], regionSlug: "stadt-trier" };

  it("keeps programmes of a mapped Themenfeld that apply in the provider's Kreis", () => {
    const cards = [
      programme("match"),
      programme("other-topic", { topicSlugs: ["bildung"] }),
      programme("other-kreis", { regionSlugs: ["vulkaneifel"] }),
      programme("eu-wide", { level: "EU", regionSlugs: [] }),
    ];
    expect(programmeCandidates(webshop, cards, MAP, KREISE).map((p) => p.slug)).toEqual(["match", "eu-wide"]);
  });

  it("finds nothing for Leistungen mapped to no Themenfeld", () => {
    expect(programmeCandidates({ services: ["DATEN_KI"], regionSlug: "stadt-trier" }, [programme("x")], MAP, KREISE)).toEqual([]);
  });

  it("shows open, rolling and upcoming programmes, applicable now first and by nearest deadline; never closed ones", () => {
    const cards = [
      programme("later", { deadline: "2026-06-01" }),
      programme("closed", { deadline: "2026-03-09" }),
      programme("soon", { deadline: "2026-03-10" }),
      programme("rolling", { deadline: null }),
      programme("upcoming", { applicationStart: "2026-03-20", deadline: "2026-03-25" }),
    ];
    expect(applicableProgrammes(cards, now).map((p) => p.slug)).toEqual(["soon", "later", "rolling", "upcoming"]);
  });
});

describe("providers for a programme", () => {
  const providers = [
    provider("b-shop-trier", ["WEBSITE_SHOP"], "stadt-trier"),
    provider("a-security-vulkaneifel", ["IT_SICHERHEIT"], "vulkaneifel"),
    provider("schulung-trier", ["SCHULUNG"], "stadt-trier"),
  ];

  it("keeps providers with a mapped Leistung seated where the programme applies, by name", () => {
    const local = { topicSlugs: ["wirtschaft"], regionSlugs: ["stadt-trier"], level: "KOMMUNE" as const };
    expect(providersForProgramme(local, providers, MAP, KREISE).map((p) => p.slug)).toEqual(["b-shop-trier"]);
    const land = { topicSlugs: ["wirtschaft"], regionSlugs: [], level: "LAND" as const };
    expect(providersForProgramme(land, providers, MAP, KREISE).map((p) => p.slug)).toEqual(["a-security-vulkaneifel", "b-shop-trier"]);
  });

  it("finds none when no Leistung maps to the programme's Themenfelder", () => {
    expect(providersForProgramme({ topicSlugs: ["gesundheit"], regionSlugs: [], level: "EU" }, providers, MAP, KREISE)).toEqual([]);
  });
});

describe("serviceTopicsUpdateSchema", () => {
  it("reads one row per Leistung the form names, none checked as an empty list", () => {
    const parsed = serviceTopicsUpdateSchema.parse({
      "topics.WEBSITE_SHOP": ["", "t1", "t2", "t1"],
      "version.WEBSITE_SHOP": "3",
      "topics.SCHULUNG": "",
      "version.SCHULUNG": "1",
      "topics.UNKNOWN": ["t1"],
      "version.UNKNOWN": "1",
    });
    expect(parsed.rows).toEqual([
      { service: "WEBSITE_SHOP", topicIds: ["t1", "t2"], version: 3 },
      { service: "SCHULUNG", topicIds: [], version: 1 },
    ]);
  });

  it("refuses a form without any Leistung or with a malformed lock", () => {
    expect(serviceTopicsUpdateSchema.safeParse({}).success).toBe(false);
    expect(serviceTopicsUpdateSchema.safeParse({ "topics.SCHULUNG": "", "version.SCHULUNG": "x" }).success).toBe(false);
  });
});
