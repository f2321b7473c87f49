import { describe, expect, it } from "vitest";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { parseProgrammeListQuery, searchProgrammes } from "@/lib/programme/listing";
import { servedKreise } from "@/lib/taxonomy/kreise";

const KREISE = ["stadt-trier", "trier-saarburg", "bernkastel-wittlich", "eifelkreis-bitburg-pruem", "vulkaneifel"];

const card = (overrides: Partial<ProgrammeCardDTO> & Pick<ProgrammeCardDTO, "slug" | "level">): ProgrammeCardDTO => ({
  title: overrides.slug,
  summary: "",
  fundingTypes: ["ZUSCHUSS"],
  targetGroups: ["KMU"],
  topicSlugs: [],
  regionSlugs: [],
  fundingBodyName: "ISB",
  amountText: null,
  amountMin: null,
  amountMax: null,
  maxEmployees: null,
  applyBeforeProjectStart: null,
  publishedAt: "2026-01-01T00:00:00.000Z",
  applicationStart: null,
  deadline: null,
  ...overrides,
});

describe("servedKreise with a funding level", () => {
  it.each(["EU", "BUND", "LAND", "REGION"])("counts a %s programme without regions in every Kreis", (level) => {
    expect(servedKreise([], KREISE, level)).toEqual(KREISE);
  });

  it("leaves a Kommune programme without regions out of the Kreis filters", () => {
    expect(servedKreise([], KREISE, "KOMMUNE")).toEqual([]);
  });

  it("keeps the regions a programme names, whatever its level", () => {
    expect(servedKreise(["vulkaneifel"], KREISE, "BUND")).toEqual(["vulkaneifel"]);
  });
});

describe("programme list filter gebiet", () => {
  const cards = [
    card({ slug: "bund-ohne-gebiet", level: "BUND" }),
    card({ slug: "kommune-ohne-gebiet", level: "KOMMUNE" }),
    card({ slug: "nur-trier", level: "LAND", regionSlugs: ["stadt-trier"] }),
  ];
  const known = { topics: [], kreise: KREISE };

  it("finds a Bund programme without regions under any Kreis and counts it there", () => {
    const result = searchProgrammes(cards, parseProgrammeListQuery({ gebiet: "vulkaneifel" }, known), KREISE, new Date("2026-06-01T12:00:00Z"));
    expect(result.items.map((item) => item.slug)).toEqual(["bund-ohne-gebiet"]);
    expect(result.counts.gebiet?.vulkaneifel).toBe(1);
    expect(result.counts.gebiet?.["stadt-trier"]).toBe(2);
  });
});
