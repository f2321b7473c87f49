import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import advisors from "@/messages/de/advisors.json";
import programmes from "@/messages/de/programmes.json";
import providers from "@/messages/de/providers.json";
import { areaCoverage } from "@/lib/taxonomy/kreise";

const t = createTranslator({ locale: "de", messages: { programmes, providers, advisors } });

const KREISE = [
  { slug: "stadt-trier", name: "Stadt Trier" },
  { slug: "trier-saarburg", name: "Landkreis Trier-Saarburg" },
  { slug: "bernkastel-wittlich", name: "Landkreis Bernkastel-Wittlich" },
  { slug: "eifelkreis-bitburg-pruem", name: "Eifelkreis Bitburg-Prüm" },
  { slug: "vulkaneifel", name: "Landkreis Vulkaneifel" },
];

describe("the countdown text", () => {
  it("says today, tomorrow and N days in German plural forms", () => {
    expect(t("programmes.status.endsIn", { days: 0 })).toBe("Endet heute");
    expect(t("programmes.status.endsIn", { days: 1 })).toBe("Endet morgen");
    expect(t("programmes.status.endsIn", { days: 6 })).toBe("Endet in 6 Tagen");
    expect(t("programmes.status.endsIn", { days: 14 })).toBe("Endet in 14 Tagen");
  });

  it("counts the services a provider card leaves out", () => {
    expect(t("providers.card.moreServices", { count: 1 })).toBe("und 1 weitere");
    expect(t("providers.card.moreServices", { count: 4 })).toBe("und 4 weitere");
  });
});

describe("areaCoverage", () => {
  it("calls a programme for a wider area the whole region", () => {
    expect(areaCoverage(["region-trier"], KREISE)).toEqual({ wholeRegion: true, kreisNames: KREISE.map((k) => k.name) });
    expect(areaCoverage([], KREISE, "LAND").wholeRegion).toBe(true);
  });

  it("names the Kreise an entry serves, in display order", () => {
    expect(areaCoverage(["vulkaneifel", "stadt-trier"], KREISE)).toEqual({
      wholeRegion: false,
      kreisNames: ["Stadt Trier", "Landkreis Vulkaneifel"],
    });
  });

  it("names nothing for a Kommune programme without regions", () => {
    expect(areaCoverage([], KREISE, "KOMMUNE")).toEqual({ wholeRegion: false, kreisNames: [] });
  });
});
