import { describe, expect, it } from "vitest";
import { advisorPublishIssues } from "@/lib/advisor/publish-check";
import { assertPublishable, isBlank, PUBLISH_INCOMPLETE } from "@/lib/content/publish-check";
import { AppError } from "@/lib/errors";
import { programmePublishIssues, type ProgrammePublishFields } from "@/lib/programme/publish-check";
import { providerPublishIssues } from "@/lib/provider/publish-check";

const complete: ProgrammePublishFields = {
  amountText: "bis zu 10.000 Euro",
  amountMin: null,
  amountMax: null,
  eligibility: "<p>KMU aus Rheinland-Pfalz</p>",
  howToApply: "<p>Online-Antrag</p>",
  level: "REGION",
  regionIds: ["r1"],
};
const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field);

describe("programme publish check", () => {
  it("passes a complete programme; a text like „kostenfrei“ or a number is an amount", () => {
    expect(programmePublishIssues(complete)).toEqual([]);
    expect(programmePublishIssues({ ...complete, amountText: "kostenfrei" })).toEqual([]);
    expect(programmePublishIssues({ ...complete, amountText: null, amountMax: 5000 })).toEqual([]);
    expect(programmePublishIssues({ ...complete, amountText: "", amountMin: 0 })).toEqual([]);
  });

  it("names every missing piece by its form field; empty rich text counts as missing", () => {
    const empty = { ...complete, amountText: "  ", eligibility: "<p> </p>", howToApply: null, regionIds: [] };
    expect(fields(programmePublishIssues(empty))).toEqual(["amountText", "eligibility", "howToApply", "regionIds"]);
    expect(programmePublishIssues(empty).map((issue) => issue.message)).toEqual([
      "publishCheck.amount",
      "publishCheck.eligibility",
      "publishCheck.howToApply",
      "publishCheck.regions",
    ]);
  });

  it("EU, federal and state programmes cover the region by their level; regional and municipal ones must name areas", () => {
    for (const level of ["EU", "BUND", "LAND"] as const) expect(programmePublishIssues({ ...complete, level, regionIds: [] })).toEqual([]);
    for (const level of ["REGION", "KOMMUNE"] as const) expect(fields(programmePublishIssues({ ...complete, level, regionIds: [] }))).toEqual(["regionIds"]);
  });
});

describe("advisor and provider publish checks", () => {
  it("an advisor needs an e-mail address or a phone number and a region", () => {
    expect(advisorPublishIssues({ email: null, phone: "0651 1", regions: ["trier"] })).toEqual([]);
    expect(fields(advisorPublishIssues({ email: "", phone: null, regions: [] }))).toEqual(["email", "regions"]);
  });

  it("a provider needs a contact and at least one service", () => {
    expect(providerPublishIssues({ email: "a@b.de", phone: null, services: ["CLOUD"] })).toEqual([]);
    expect(fields(providerPublishIssues({ email: null, phone: " ", services: [] }))).toEqual(["email", "services"]);
  });
});

describe("assertPublishable", () => {
  it("throws INVALID with the issues as field messages, and nothing for no issues", () => {
    expect(() => assertPublishable([])).not.toThrow();
    expect(isBlank("<p></p>")).toBe(true);
    try {
      assertPublishable([{ field: "email", message: "publishCheck.contact" }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toBe(PUBLISH_INCOMPLETE);
      expect((error as AppError).details.fieldErrors).toEqual({ email: ["publishCheck.contact"] });
    }
  });
});
