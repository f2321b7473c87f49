import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { advisorDefinition } from "@/lib/advisor/definition";
import { FIELD_LABEL_TABLES, fieldLabelOf } from "@/lib/content/field-label-tables";
import { labelTexts, WORKFLOW_FIELD_LABELS } from "@/lib/content/field-labels";
import type { ContentDefinition } from "@/lib/content/types";
import { programmeDefinition } from "@/lib/programme/definition";
import { providerDefinition } from "@/lib/provider/definition";

// Issue 14, item 7: every field a user can meet has a German label from its type's one table.
const DEFINITIONS: ContentDefinition[] = [programmeDefinition, advisorDefinition, providerDefinition];
const MESSAGES: Record<string, unknown> = Object.fromEntries(
  readdirSync("messages/de").map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(`messages/de/${file}`, "utf8"))]),
);
// An identifier shows as camelCase or as an English word the catalogue would never use alone.
const looksLikeIdentifier = (text: string) => /^[a-z]+[A-Z]\w*$/.test(text) || /^[a-z]+$/.test(text);

describe("field labels", () => {
  it.each(DEFINITIONS.map((d) => [d.type, d] as const))("%s: every field and workflow column has a German label", (type, definition) => {
    expect(definition.fieldLabels).toBe(FIELD_LABEL_TABLES[definition.type]);
    const texts = labelTexts(MESSAGES, definition.fieldLabels);
    const fields = [...definition.fields, ...Object.keys(WORKFLOW_FIELD_LABELS)];
    expect(fields.filter((field) => !texts[field])).toEqual([]);
    expect(fields.filter((field) => looksLikeIdentifier(texts[field]!))).toEqual([]);
    expect(texts.slug, type).toBe("Webadresse");
  });

  it("names the fields of audit rows by the entity's table, the general labels for other entities", () => {
    expect(fieldLabelOf(MESSAGES, "programme", "topicIds")).toBe("Themenfelder");
    expect(fieldLabelOf(MESSAGES, "programme", "sourceUrl")).toBe("Quelle (offizielle Seite des Programms)");
    expect(fieldLabelOf(MESSAGES, "advisor", "regions")).toBe("Zuständige Gebiete");
    expect(fieldLabelOf(MESSAGES, "provider", "lastVerifiedAt")).toBe("Zuletzt geprüft");
    expect(fieldLabelOf(MESSAGES, "organisation", "shortName")).toBe("Kurzname");
    expect(fieldLabelOf(MESSAGES, "programme", "noSuchField")).toBeNull();
  });
});
