import { describe, expect, it } from "vitest";
import { conflictValueText, optionLabels } from "@/components/forms/option-labels";

describe("conflict table values", () => {
  const labels = optionLabels({
    fundingTypes: [
      { value: "ZUSCHUSS", label: "Zuschuss" },
      { value: "DARLEHEN", label: "Darlehen" },
    ],
    kind: [{ value: "KAMMER", label: "Kammer" }],
  });

  it("names stored values as the form's options do, single values and lists", () => {
    expect(conflictValueText(["ZUSCHUSS", "DARLEHEN"], labels.fundingTypes)).toBe("Zuschuss, Darlehen");
    expect(conflictValueText("KAMMER", labels.kind)).toBe("Kammer");
  });

  it("keeps free text and values without an option as they are, and shows empty values as a dash", () => {
    expect(conflictValueText("Trier", labels.town)).toBe("Trier");
    expect(conflictValueText(["ZUSCHUSS", "NEU"], labels.fundingTypes)).toBe("Zuschuss, NEU");
    expect(conflictValueText(2026)).toBe("2026");
    for (const empty of [null, undefined, "", []]) expect(conflictValueText(empty, labels.kind)).toBe("—");
  });
});
