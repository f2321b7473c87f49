import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { parseAdvisorListQuery, advisorListSchema } from "@/lib/advisor/listing";
import { advisorEditorFilters } from "@/lib/advisor/editor-filters";
import { CompanySize, ConsultationMode, FundingLevel, FundingType, Industry, ServiceCategory, TargetGroup } from "@/lib/db/enums";
import {
  FACETS,
  dataSourceOf,
  derivedFacetParamsOf,
  enumValuesOf,
  facetIdsOf,
  facetParamsOf,
  indexedFacetParamsOf,
  legendKey,
  registryOptions,
  registrySlugs,
  type ContentType,
  type FacetId,
} from "@/lib/facets/registry";
import { enumToSlug } from "@/lib/facets/slug";
import { decodeListKey } from "@/lib/listing/canonical";
import { parseProgrammeListQuery, programmeListSchema } from "@/lib/programme/listing";
import { programmeEditorFilters } from "@/lib/programme/editor-filters";
import { parseProviderListQuery, providerListSchema } from "@/lib/provider/listing";
import { providerEditorFilters } from "@/lib/provider/editor-filters";
import { parseSearchParams, type SearchTypeParam } from "@/lib/search/query-params";
import { SEARCH_DOC_TYPES } from "@/lib/search/types";
import { proxy } from "@/proxy";

const root = join(__dirname, "../../..");
const messages: Record<string, unknown> = Object.fromEntries(
  readdirSync(join(root, "messages/de"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(join(root, "messages/de", file), "utf8"))]),
);
const message = (key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

/** Each enum facet with the schema.prisma enum it must cover, written out so a wrong pairing fails. */
const ENUM_OF: Partial<Record<FacetId, Record<string, string>>> = {
  fundingType: FundingType,
  targetGroup: TargetGroup,
  fundingLevel: FundingLevel,
  consultationMode: ConsultationMode,
  service: ServiceCategory,
  industry: Industry,
  companySize: CompanySize,
};
const IDS = Object.keys(FACETS) as FacetId[];

/** Values that exist for the data facets in these tests. */
const DATA = { topics: ["ki-innovation"], kreise: ["vulkaneifel"], organisations: ["ihk-trier"] };
const validValue = (id: FacetId) => registrySlugs(id)?.[0] ?? DATA[dataSourceOf(id)!][0]!;
const ALL_PARAMS = [...new Set(IDS.map((id) => FACETS[id].param))];
const TYPE_PARAM: Record<ContentType, SearchTypeParam> = { programme: "foerderprogramme", advisor: "berater", provider: "dienstleister", event: "veranstaltungen", initiative: "initiativen", news: "aktuelles" };

describe("facet registry", () => {
  it("has unique parameters that are URL-safe", () => {
    expect(new Set(ALL_PARAMS).size).toBe(IDS.length);
    for (const param of ALL_PARAMS) expect(param).toMatch(/^[a-z]+$/);
  });

  it.each(IDS.filter((id) => ENUM_OF[id]))("%s covers its enum: every value has a unique slug and a label", (id) => {
    const values = Object.values(ENUM_OF[id]!);
    expect([...enumValuesOf(id)].sort()).toEqual([...values].sort());
    const slugs = registrySlugs(id)!;
    expect(new Set(slugs).size).toBe(values.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    for (const value of values) {
      expect(slugs).toContain(enumToSlug(value));
      expect(message(`facets.${FACETS[id].labels}.${value}`), `label of ${id}.${value}`).toEqual(expect.any(String));
    }
  });

  it("labels every value of a fixed facet", () => {
    for (const id of IDS.filter((id) => FACETS[id].values.kind === "fixed")) {
      const options = registryOptions(id);
      expect(options.length).toBeGreaterThan(0);
      for (const option of options) expect(message(option.labelKey), option.labelKey).toEqual(expect.any(String));
    }
  });

  it("has a legend for every facet in every list it belongs to", () => {
    for (const type of SEARCH_DOC_TYPES) for (const id of facetIdsOf(type)) expect(message(legendKey(id, type)), `${type}.${id}`).toEqual(expect.any(String));
  });

  it("gives every content type facets, derived ones only for programmes (status from dates)", () => {
    for (const type of SEARCH_DOC_TYPES) expect(indexedFacetParamsOf(type).length).toBeGreaterThan(0);
    expect(derivedFacetParamsOf("programme")).toEqual(["status"]);
    expect(derivedFacetParamsOf("advisor")).toEqual([]);
    expect(derivedFacetParamsOf("provider")).toEqual([]);
  });
});

describe("URL parsers accept exactly the registry's parameters", () => {
  // Every facet parameter of any type, each with a valid value, plus one no list knows.
  const everything = { ...Object.fromEntries(IDS.map((id) => [FACETS[id].param, validValue(id)])), utm_source: "x" };

  it.each([
    ["programme", () => parseProgrammeListQuery(everything, DATA).filters, () => programmeListSchema(DATA).facets],
    ["advisor", () => parseAdvisorListQuery(everything, DATA).filters, () => advisorListSchema(DATA).facets],
    ["provider", () => parseProviderListQuery(everything, DATA).filters, () => providerListSchema(DATA).facets],
  ] as const)("the %s list", (type, parse, schema) => {
    const filters = parse();
    expect(Object.keys(filters)).toEqual(facetParamsOf(type));
    for (const id of facetIdsOf(type)) expect(filters[FACETS[id].param]).toEqual([validValue(id)]);
    expect(Object.keys(schema())).toEqual(facetParamsOf(type));
  });

  it.each([...SEARCH_DOC_TYPES])("/suche and the API for typ=%s", (type) => {
    for (const param of ALL_PARAMS) {
      const id = IDS.find((i) => FACETS[i].param === param)!;
      const parsed = parseSearchParams({ typ: TYPE_PARAM[type], [param]: validValue(id) }, { strict: true });
      if (facetParamsOf(type).includes(param)) {
        expect(parsed.ok, `${type} accepts ${param}`).toBe(true);
        if (!parsed.ok) continue;
        const chosen = indexedFacetParamsOf(type).includes(param) ? parsed.params.filters[param] : parsed.params.statuses;
        expect(chosen).toEqual([validValue(id)]);
      } else {
        expect(parsed, `${type} refuses ${param}`).toEqual({ ok: false, field: param, issue: "notForType" });
      }
    }
    const unknown = parseSearchParams({ typ: TYPE_PARAM[type], utm_source: "x" }, { strict: true });
    expect(unknown.ok && unknown.params.filters).toEqual({});
  });

  it.each([
    ["programme", "/foerderprogramme"],
    ["advisor", "/berater"],
    ["provider", "/dienstleister"],
  ] as const)("the proxy keeps the %s list's parameters in its cache key and drops the rest", async (type, path) => {
    const url = new URL(`http://localhost${path}`);
    for (const [key, value] of Object.entries(everything)) url.searchParams.append(key, value);
    const rewrite = (await proxy(new NextRequest(url))).headers.get("x-middleware-rewrite");
    const key = new URL(rewrite!).pathname.split("/").at(-1)!;
    expect(Object.keys(decodeListKey(key)!).sort()).toEqual(facetParamsOf(type).sort());
  });

  it("the editor lists filter by the registry's parameters and enum values", () => {
    const level = FACETS.fundingLevel.param;
    const service = FACETS.service.param;
    for (const value of enumValuesOf("fundingLevel")) expect(programmeEditorFilters.parse({ [level]: value })[level]).toBe(value);
    for (const value of enumValuesOf("service")) expect(providerEditorFilters.parse({ [service]: value })[service]).toBe(value);
    expect(providerEditorFilters.parse({ [FACETS.region.param]: "vulkaneifel" })[FACETS.region.param]).toBe("vulkaneifel");
    expect(advisorEditorFilters.parse({ [FACETS.organisation.param]: "ihk-trier" })[FACETS.organisation.param]).toBe("ihk-trier");
  });
});
