import { describe, expect, it } from "vitest";
import { facetData } from "@/components/search/facet-data";

describe("a filter group as the flight payload carries it", () => {
  it("has each option as value, label and count, and the checked values apart", () => {
    const group = {
      param: "gebiet",
      legend: "Gebiet",
      lang: "de" as const,
      options: [
        { value: "stadt-trier", label: "Stadt Trier", count: 48, checked: true },
        { value: "vulkaneifel", label: "Landkreis Vulkaneifel", count: 50, checked: false },
      ],
    };
    expect(facetData(group)).toEqual({
      param: "gebiet",
      legend: "Gebiet",
      lang: "de",
      options: [
        ["stadt-trier", "Stadt Trier", 48],
        ["vulkaneifel", "Landkreis Vulkaneifel", 50],
      ],
      checked: ["stadt-trier"],
    });
  });

  it("leaves out lang and checked when there is nothing to say", () => {
    const data = facetData({ param: "status", legend: "Status", options: [{ value: "offen", label: "Jetzt beantragbar", count: 43, checked: false }] });
    expect(data).toEqual({ param: "status", legend: "Status", options: [["offen", "Jetzt beantragbar", 43]] });
  });
});
