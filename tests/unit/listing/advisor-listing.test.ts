import { describe, expect, it } from "vitest";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import {
  ADVISOR_PAGE_SIZE,
  advisorOrganisations,
  nameSortKey,
  parseAdvisorListQuery,
  searchAdvisors,
  type AdvisorListQuery,
} from "@/lib/advisor/listing";
import { servedKreise } from "@/lib/taxonomy/kreise";

const KREISE = ["stadt-trier", "trier-saarburg", "bernkastel-wittlich", "eifelkreis-bitburg-pruem", "vulkaneifel"];

const card = (overrides: Partial<AdvisorCardDTO> & Pick<AdvisorCardDTO, "slug" | "name">): AdvisorCardDTO => ({
  kind: "PERSON",
  jobTitle: null,
  summary: "",
  organisationSlug: "ihk-trier",
  organisationName: "IHK Trier",
  topicSlugs: [],
  regionSlugs: ["stadt-trier"],
  consultationModes: ["VOR_ORT"],
  town: "Trier",
  ...overrides,
});

const cards: AdvisorCardDTO[] = [
  card({ slug: "zoe", name: "Zoë Zimmer", jobTitle: "Digitallotsin", topicSlugs: ["ki-innovation"], regionSlugs: ["region-trier"], consultationModes: ["VIDEO"] }),
  card({
    slug: "anna",
    name: "Anna Becker",
    organisationSlug: "hwk-trier",
    organisationName: "Handwerkskammer Trier",
    summary: "Berät Handwerksbetriebe zur Förderung von Software.",
    topicSlugs: ["digitaler-wandel-wirtschaft"],
    regionSlugs: ["vulkaneifel", "eifelkreis-bitburg-pruem"],
    consultationModes: ["BEIM_KUNDEN", "TELEFON"],
  }),
  card({ slug: "desk", kind: "DESK", name: "Mittelstand-Digital Zentrum", organisationSlug: "zentrum", organisationName: "Zentrum Trier", topicSlugs: ["ki-innovation", "digitaler-wandel-wirtschaft"] }),
];

const query = (overrides: Partial<AdvisorListQuery> = {}): AdvisorListQuery => ({
  q: "",
  sort: "a-z",
  page: 1,
  ...overrides,
  filters: { thema: [], gebiet: [], organisation: [], beratungsform: [], ...overrides.filters },
});
const slugs = (result: { items: AdvisorCardDTO[] }) => result.items.map((a) => a.slug);

describe("parseAdvisorListQuery", () => {
  const known = { topics: ["ki-innovation", "gesundheit"], kreise: KREISE, organisations: ["ihk-trier"] };

  it("keeps known facet values and drops unknown ones", () => {
    const parsed = parseAdvisorListQuery(
      {
        thema: ["gesundheit", "erfunden"],
        gebiet: ["vulkaneifel", "deutschland"],
        organisation: ["ihk-trier", "<script>"],
        beratungsform: ["video", "VIDEO", "brieftaube"],
      },
      known,
    );
    expect(parsed.filters).toEqual({ thema: ["gesundheit"], gebiet: ["vulkaneifel"], organisation: ["ihk-trier"], beratungsform: ["video"] });
  });

  it("defaults to A–Z, page 1 and an empty query; rejects unknown sorts and oversized pages", () => {
    expect(parseAdvisorListQuery({ sortierung: "frist", seite: "100000" }, known)).toEqual(query());
    expect(parseAdvisorListQuery({ sortierung: "organisation", seite: "2", q: " ihk " }, known)).toMatchObject({ sort: "organisation", page: 2, q: "ihk" });
  });
});

describe("servedKreise", () => {
  it("keeps the Kreise an advisor lists", () => {
    expect(servedKreise(["vulkaneifel", "stadt-trier"], KREISE)).toEqual(["stadt-trier", "vulkaneifel"]);
  });

  it("expands any wider scope to all five Kreise", () => {
    expect(servedKreise(["region-trier"], KREISE)).toEqual(KREISE);
    expect(servedKreise(["rheinland-pfalz"], KREISE)).toEqual(KREISE);
  });

  it("is empty for an advisor without regions", () => {
    expect(servedKreise([], KREISE)).toEqual([]);
  });
});

describe("nameSortKey", () => {
  it.each([
    ["Dr. Miriam Klein", "Miriam Klein"],
    ["Prof. Dr. Hans Meier", "Hans Meier"],
    ["Dr.-Ing. Eva Roth", "Eva Roth"],
    ["Dr. rer. nat. Jan Ott", "Jan Ott"],
    ["Drosselgasse Beratung", "Drosselgasse Beratung"],
  ])("%s → %s", (name, key) => {
    expect(nameSortKey(name)).toBe(key);
  });

  it("sorts titled names by the name itself", () => {
    const titled = [card({ slug: "klein", name: "Dr. Miriam Klein" }), card({ slug: "lenz", name: "Katharina Lenz" }), card({ slug: "otto", name: "Otto Berg" })];
    expect(slugs(searchAdvisors(titled, query(), KREISE))).toEqual(["lenz", "klein", "otto"]);
  });
});

describe("advisorOrganisations", () => {
  it("lists each organisation once, sorted by name", () => {
    expect(advisorOrganisations(cards)).toEqual([
      { slug: "hwk-trier", name: "Handwerkskammer Trier" },
      { slug: "ihk-trier", name: "IHK Trier" },
      { slug: "zentrum", name: "Zentrum Trier" },
    ]);
  });
});

describe("searchAdvisors", () => {
  it("sorts by name by default and by organisation on request", () => {
    expect(slugs(searchAdvisors(cards, query(), KREISE))).toEqual(["anna", "desk", "zoe"]);
    expect(slugs(searchAdvisors(cards, query({ sort: "organisation" }), KREISE))).toEqual(["anna", "zoe", "desk"]);
  });

  it("finds a region-wide advisor under every Kreis", () => {
    expect(slugs(searchAdvisors(cards, query({ filters: { gebiet: ["vulkaneifel"] } }), KREISE))).toEqual(["anna", "zoe"]);
    expect(slugs(searchAdvisors(cards, query({ filters: { gebiet: ["trier-saarburg"] } }), KREISE))).toEqual(["zoe"]);
  });

  it("counts regions as Kreise, disjunctively", () => {
    const { counts } = searchAdvisors(cards, query({ filters: { gebiet: ["vulkaneifel"] } }), KREISE);
    expect(counts.gebiet).toEqual({
      "stadt-trier": 2,
      "trier-saarburg": 1,
      "bernkastel-wittlich": 1,
      "eifelkreis-bitburg-pruem": 2,
      vulkaneifel: 2,
    });
    expect(counts.organisation).toEqual({ "hwk-trier": 1, "ihk-trier": 1 });
  });

  it("filters by topic, organisation and consultation mode", () => {
    expect(slugs(searchAdvisors(cards, query({ filters: { thema: ["ki-innovation"] } }), KREISE))).toEqual(["desk", "zoe"]);
    expect(slugs(searchAdvisors(cards, query({ filters: { organisation: ["hwk-trier", "zentrum"] } }), KREISE))).toEqual(["anna", "desk"]);
    expect(slugs(searchAdvisors(cards, query({ filters: { beratungsform: ["telefon", "video"] } }), KREISE))).toEqual(["anna", "zoe"]);
  });

  it("searches name, job title, organisation and summary, umlaut-insensitively", () => {
    expect(slugs(searchAdvisors(cards, query({ q: "handwerkskammer" }), KREISE))).toEqual(["anna"]);
    expect(slugs(searchAdvisors(cards, query({ q: "foerderung software" }), KREISE))).toEqual(["anna"]);
    expect(slugs(searchAdvisors(cards, query({ q: "lotsin" }), KREISE))).toEqual(["zoe"]);
    expect(slugs(searchAdvisors(cards, query({ q: "zoe" }), KREISE))).toEqual(["zoe"]);
  });

  it("pages by twenty", () => {
    const many = Array.from({ length: 45 }, (_, i) => card({ slug: `a${i}`, name: `Person ${String(i).padStart(2, "0")}` }));
    const page3 = searchAdvisors(many, query({ page: 3 }), KREISE);
    expect(ADVISOR_PAGE_SIZE).toBe(20);
    expect(page3).toMatchObject({ page: 3, pages: 3, total: 45, start: 40 });
    expect(page3.items.map((a) => a.name)).toEqual(["Person 40", "Person 41", "Person 42", "Person 43", "Person 44"]);
  });
});
