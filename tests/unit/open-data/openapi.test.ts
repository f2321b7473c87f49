import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/open-data/openapi";
import { RESOURCES } from "@/lib/open-data/resources";

// The OpenAPI document is linted offline with Redocly's built-in "recommended" ruleset (no
// config file, no remote rules or references).
const document = buildOpenApiDocument({ siteUrl: "https://portal.example", publisher: "Initiative Region Trier e. V.", contactEmail: "kontakt@example.org" });

describe("the OpenAPI document of /api/v1", () => {
  it("passes the Redocly recommended rules without errors or warnings", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "/openapi.json", config });
    const summary = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(summary).toEqual([]);
  });

  it("describes a list and a one-entry endpoint for every resource, each with its 429 and problem answers", () => {
    for (const resource of RESOURCES) {
      const list = document.paths[`/api/v1/${resource}`]?.get;
      const one = document.paths[`/api/v1/${resource}/{slug}`]?.get;
      expect(list?.responses).toHaveProperty("429");
      expect(one?.responses).toHaveProperty("404");
    }
  });

  it("generates its schemas from the zod schemas (enum slugs included)", () => {
    const schemas = document.components.schemas as Record<string, { enum?: string[]; properties?: Record<string, unknown> }>;
    expect(schemas.FundingType?.enum).toContain("zuschuss");
    expect(schemas.ProgrammeStatus?.enum).toEqual(["open", "rolling", "upcoming", "closed"]);
    expect(Object.keys(schemas.Programme?.properties ?? {})).toContain("status");
  });

  it("filters events like the public list, by zeitraum (kommend by default), and initiatives by phase", () => {
    const names = (path: string) => ((document.paths[path]?.get.parameters ?? []) as { name: string }[]).map((p) => p.name);
    expect(names("/api/v1/events")).toEqual(expect.arrayContaining(["thema", "gebiet", "format", "zielgruppe", "zeitraum", "cursor", "limit"]));
    expect(names("/api/v1/initiatives")).toEqual(expect.arrayContaining(["thema", "gebiet", "phase", "cursor"]));
    const schemas = document.components.schemas as Record<string, { enum?: string[]; properties?: Record<string, unknown> }>;
    expect(schemas.EventFormat?.enum).toEqual(["vor-ort", "online", "hybrid"]);
    expect(Object.keys(schemas.Initiative?.properties ?? {})).toEqual(expect.arrayContaining(["milestones", "sourceLinks", "phase"]));
  });

  it("offers lang (de, fr, en) on every endpoint and names each item's text languages (issue 20)", () => {
    const lang = (path: string) => ((document.paths[path as keyof typeof document.paths]?.get.parameters ?? []) as { name: string; schema?: { enum?: string[] } }[]).find((p) => p.name === "lang");
    for (const path of [...RESOURCES.flatMap((r) => [`/api/v1/${r}`, `/api/v1/${r}/{slug}`]), "/api/v1/search"]) {
      expect(lang(path)?.schema?.enum, path).toEqual(["de", "fr", "en"]);
    }
    for (const resource of RESOURCES) expect(document.paths[`/api/v1/${resource}/{slug}`]?.get.responses, resource).toHaveProperty("400");
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, { properties?: Record<string, unknown> }> }>;
    expect(Object.keys(schemas.Programme?.properties?.textLanguages?.properties ?? {})).toEqual(["title", "summary", "description"]);
    expect(Object.keys(schemas.EventSummary?.properties?.textLanguages?.properties ?? {})).toEqual(["title", "summary"]);
  });
});
