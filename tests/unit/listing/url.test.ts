import { describe, expect, it } from "vitest";
import { hrefWith, hrefWithout } from "@/lib/listing/url";

describe("hrefWith", () => {
  it("returns the bare path without parameters", () => {
    expect(hrefWith("/berater", {}, {})).toBe("/berater");
  });

  it("keeps repeated parameters and replaces changed ones", () => {
    expect(hrefWith("/berater", { thema: ["a", "b"], seite: "2" }, { seite: "3" })).toBe("/berater?thema=a&thema=b&seite=3");
  });

  it("removes parameters set to undefined or empty", () => {
    expect(hrefWith("/berater", { q: "", seite: "2", gebiet: "vulkaneifel" }, { seite: undefined })).toBe("/berater?gebiet=vulkaneifel");
  });

  it("encodes values", () => {
    expect(hrefWith("/dienstleister", { q: "IT & Web ü" }, {})).toBe("/dienstleister?q=IT+%26+Web+%C3%BC");
  });
});

describe("hrefWithout", () => {
  it("removes one value of a repeated parameter and resets the page", () => {
    expect(hrefWithout("/berater", { thema: ["a", "b"], seite: "4", q: "ihk" }, "thema", "a")).toBe("/berater?thema=b&q=ihk");
  });

  it("removes a single-valued parameter entirely", () => {
    expect(hrefWithout("/dienstleister", { leistung: "software" }, "leistung", "software")).toBe("/dienstleister");
  });

  it("leaves the list untouched (except the page) when the value is not selected", () => {
    expect(hrefWithout("/dienstleister", { leistung: "software" }, "leistung", "schulung")).toBe("/dienstleister?leistung=software");
  });
});
