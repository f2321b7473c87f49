import { describe, expect, it } from "vitest";
import { z } from "zod";
import { programmeSchema, programmeUpdateSchema } from "@/lib/programme/schema";

const valid = {
  title: "Digitalbonus Test",
  summary: "Kurz",
  description: "Beschreibung",
  fundingBodyId: "org1",
  level: "LAND",
  fundingTypes: ["", "ZUSCHUSS"],
  targetGroups: ["", "KMU"],
  topicIds: [""],
  regionIds: "",
  advisorIds: ["", "a1", "a2"],
  sourceUrl: "https://isb.rlp.de/x",
};

const errorsOf = (input: Record<string, unknown>) => {
  const result = programmeSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("programmeSchema", () => {
  it("parses form values: empty checkbox markers dropped, empties null, German dates and numbers", () => {
    const parsed = programmeSchema.parse({ ...valid, amountMin: "5.000", amountMax: "20000", applicationStart: "01.02.2027", deadline: "2027-03-31", slug: " Mein-Programm " });
    expect(parsed).toMatchObject({
      slug: "mein-programm",
      fundingTypes: ["ZUSCHUSS"],
      targetGroups: ["KMU"],
      topicIds: [],
      regionIds: [],
      advisorIds: ["a1", "a2"],
      amountMin: 5000,
      amountMax: 20000,
      applicationStart: "2027-02-01",
      deadline: "2027-03-31",
      eligibility: null,
      amountText: null,
    });
    expect(programmeSchema.parse(valid).slug).toBeNull();
  });

  it("answers bad input with editor catalogue keys", () => {
    expect(errorsOf({ ...valid, title: "  " }).title).toEqual(["validation.required"]);
    expect(errorsOf({ ...valid, sourceUrl: "javascript:alert(1)" }).sourceUrl).toEqual(["validation.url"]);
    expect(errorsOf({ ...valid, sourceUrl: "isb.rlp.de" }).sourceUrl).toEqual(["validation.url"]);
    expect(errorsOf({ ...valid, applicationStart: "2027-05-01", deadline: "2027-04-30" }).deadline).toEqual(["validation.endBeforeStart"]);
    expect(errorsOf({ ...valid, amountMin: "5000", amountMax: "100" }).amountMax).toEqual(["validation.amountRange"]);
    expect(errorsOf({ ...valid, slug: "Ä b" }).slug).toEqual(["validation.slug"]);
    expect(errorsOf({ ...valid, level: "GALAXIS" }).level).toEqual(["validation.invalidOption"]);
    expect(errorsOf({ ...valid, fundingTypes: [""] }).fundingTypes).toEqual(["validation.chooseOne"]);
    expect(errorsOf({ ...valid, deadline: "31.02.2027" }).deadline).toEqual(["validation.date"]);
    expect(errorsOf({ ...valid, amountMin: "viel" }).amountMin).toEqual(["validation.number"]);
  });

  it("accepts equal start and deadline and equal amounts", () => {
    expect(errorsOf({ ...valid, applicationStart: "2027-05-01", deadline: "2027-05-01", amountMin: "1", amountMax: "1" })).toEqual({});
  });

  it("requires the version for updates", () => {
    expect(programmeUpdateSchema.safeParse(valid).success).toBe(false);
    expect(programmeUpdateSchema.parse({ ...valid, version: "3" }).version).toBe(3);
  });
});
