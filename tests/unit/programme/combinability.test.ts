import { describe, expect, it } from "vitest";
import { Combinability } from "@/lib/db/enums";
import { COMBINABILITY_VALUES, combinabilityMessageKey } from "@/lib/programme/combinability";
import { PROGRAMME_COLUMNS } from "@/lib/import/entities/programme-columns";
import { enumLabels } from "@/lib/import/columns";
import { programmeSchema } from "@/lib/programme/schema";
import facets from "@/messages/de/facets.json";
import programmes from "@/messages/de/programmes.json";

const messages = { facets, programmes } as const;
const lookup = (key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe("combinability labels", () => {
  it("has a German label for every stored value and for 'not known'", () => {
    expect(COMBINABILITY_VALUES).toEqual(Object.values(Combinability));
    for (const value of COMBINABILITY_VALUES) expect(typeof lookup(combinabilityMessageKey(value)), value).toBe("string");
    expect(lookup(combinabilityMessageKey(null))).toMatch(/keine Angaben/);
  });

  it("labels differ, so the history and the conflict table tell the answers apart", () => {
    const labels = COMBINABILITY_VALUES.map((value) => lookup(combinabilityMessageKey(value)));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("the import column reads the same labels and slugs", () => {
    const column = PROGRAMME_COLUMNS.find((c) => c.key === "combinability");
    expect(column).toMatchObject({ kind: "enum", header: "Kombinierbarkeit" });
    expect(Object.keys(enumLabels("combinability")).sort()).toEqual([...COMBINABILITY_VALUES].sort());
  });
});

describe("programmeSchema: the detail fields", () => {
  const valid = {
    title: "Digitalbonus Test",
    summary: "Kurz",
    description: "Beschreibung",
    fundingBodyId: "org1",
    level: "LAND",
    fundingTypes: ["ZUSCHUSS"],
    targetGroups: ["KMU"],
    sourceUrl: "https://isb.rlp.de/foerderung/test.html",
  };
  const errorsOf = (input: Record<string, unknown>) => {
    const result = programmeSchema.safeParse({ ...valid, ...input });
    return result.success ? {} : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
  };

  it("parses empty fields as not given: no combinability, no contact, no successors", () => {
    expect(programmeSchema.parse({ ...valid, combinability: "", successorIds: [""], contactEmail: " " })).toMatchObject({
      combinability: null,
      combinabilityNote: null,
      legalBasisTitle: null,
      legalBasisUrl: null,
      requiredDocuments: null,
      contactEmail: null,
      successorIds: [],
    });
  });

  it("keeps the values typed", () => {
    expect(
      programmeSchema.parse({ ...valid, combinability: "EINGESCHRAENKT", legalBasisTitle: " Richtlinie X ", legalBasisUrl: "https://example.org/r.pdf", successorIds: ["p1", "p2"] }),
    ).toMatchObject({ combinability: "EINGESCHRAENKT", legalBasisTitle: "Richtlinie X", legalBasisUrl: "https://example.org/r.pdf", successorIds: ["p1", "p2"] });
  });

  it("refuses bad input with German message keys next to the field", () => {
    expect(errorsOf({ legalBasisUrl: "javascript:alert(1)", legalBasisTitle: "R" })).toEqual([["legalBasisUrl", "validation.url"]]);
    expect(errorsOf({ legalBasisUrl: "https://example.org/r.pdf" })).toEqual([["legalBasisTitle", "programmeEditor.form.validation.legalBasisTitleMissing"]]);
    expect(errorsOf({ combinability: "VIELLEICHT" })).toEqual([["combinability", "validation.invalidOption"]]);
    expect(errorsOf({ contactEmail: "keine-adresse" })).toEqual([["contactEmail", "validation.email"]]);
    expect(errorsOf({ successorIds: Array.from({ length: 21 }, (_, i) => `p${i}`) })).toEqual([["successorIds", "validation.tooMany"]]);
  });
});
