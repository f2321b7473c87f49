import { describe, expect, it } from "vitest";
import { advisorDefinition } from "@/lib/advisor/definition";
import { CONTENT_TYPES } from "@/lib/auth/permissions";
import type { ContentDefinition } from "@/lib/content/types";
import { eventDefinition } from "@/lib/event/definition";
import { programmeDefinition } from "@/lib/programme/definition";
import { providerDefinition } from "@/lib/provider/definition";
import { initiativeDefinition } from "@/lib/initiative/definition";
import { newsDefinition } from "@/lib/news/definition";

// Each content type plugs into the core with one definition; its parts must agree with each other.
const DEFINITIONS: ContentDefinition[] = [programmeDefinition, advisorDefinition, providerDefinition, eventDefinition, initiativeDefinition, newsDefinition];

describe("content definitions", () => {
  it("exist for every content type of the role table, once each", () => {
    expect(DEFINITIONS.map((d) => d.type).sort()).toEqual([...CONTENT_TYPES].sort());
  });

  it.each(DEFINITIONS.map((d) => [d.type, d] as const))("%s: one name for permissions, audit and search", (type, definition) => {
    expect(definition.auditEntityType).toBe(type);
    expect(definition.searchDocumentType).toBe(type);
    expect(definition.tags.one("x")).toBe(`${type}:x`);
    expect(definition.facets.length).toBeGreaterThan(0);
  });

  it.each(DEFINITIONS.map((d) => [d.type, d] as const))("%s: every writable import column fills a field of the schema", (_type, definition) => {
    // The check date is no form field: the importer sets it through the type's verify writer.
    const fields = new Set([...definition.fields, "verifiedAt"]);
    expect(definition.fields.length).toBeGreaterThan(0);
    const unknown = definition.importColumns.filter((column) => column.kind !== "readOnly").map((column) => column.field ?? column.key).filter((field) => !fields.has(field));
    expect(unknown).toEqual([]);
  });
});
