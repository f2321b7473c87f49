import { describe, expect, it } from "vitest";
import { currentStep, foerderCheckHref, parseAnswers, previousStep, rawQuery, stepsFor } from "@/lib/foerder-check/answers";

const OPTIONS = { kreise: ["stadt-trier", "eifelkreis-bitburg-pruem"], projects: ["webshop", "ki", "bildung-kompetenz"] };

describe("Förder-Check answers in the URL", () => {
  it("parses the answers of the example", () => {
    const answers = parseAnswers({ wer: "handwerk", beschaeftigte: "12", wo: "eifelkreis-bitburg-pruem", was: "webshop", betrag: "bis-10000", wann: "sofort" }, OPTIONS);
    expect(answers).toEqual({ wer: "handwerk", beschaeftigte: 12, wo: "eifelkreis-bitburg-pruem", was: "webshop", betrag: "bis-10000", wann: "sofort" });
  });

  it("ignores unknown and broken values, so their step is asked again", () => {
    const answers = parseAnswers({ wer: "konzern", beschaeftigte: "12", wo: "paris", was: "<script>", betrag: "viel", wann: "gestern", x: "1" }, OPTIONS);
    expect(Object.values(answers).every((v) => v === undefined)).toBe(true);
    expect(currentStep(answers, undefined)).toBe("wer");
  });

  it("rejects negative, fractional and huge employee counts", () => {
    for (const value of ["-1", "1.5", "12abc", "99999999", ""]) {
      expect(parseAnswers({ wer: "unternehmen", beschaeftigte: value }, OPTIONS).beschaeftigte).toBeUndefined();
    }
    expect(parseAnswers({ wer: "unternehmen", beschaeftigte: "0" }, OPTIONS).beschaeftigte).toBe(0);
  });

  it("asks for employees only of companies", () => {
    expect(stepsFor({ wer: "handwerk" })).toEqual(["wer", "beschaeftigte", "wo", "was", "betrag", "wann"]);
    expect(stepsFor({ wer: "verein" })).toEqual(["wer", "wo", "was", "betrag", "wann"]);
    expect(stepsFor({})).toHaveLength(6);
    expect(parseAnswers({ wer: "verein", beschaeftigte: "12" }, OPTIONS).beschaeftigte).toBeUndefined();
  });

  it("shows the first unanswered step, a requested one, or the result", () => {
    expect(currentStep({ wer: "handwerk" }, undefined)).toBe("beschaeftigte");
    expect(currentStep({ wer: "verein", wo: "stadt-trier" }, undefined)).toBe("was");
    const done = { wer: "verein", wo: "stadt-trier", was: "ki", betrag: "unklar", wann: "unklar" } as const;
    expect(currentStep(done, undefined)).toBeNull();
    expect(currentStep(done, "wo")).toBe("wo");
    // a step this visitor does not have is not shown
    expect(currentStep(done, "beschaeftigte")).toBeNull();
    expect(previousStep(done, "wo")).toBe("wer");
    expect(previousStep({ wer: "handwerk" }, "wo")).toBe("beschaeftigte");
    expect(previousStep(done, "wer")).toBeNull();
  });

  it("writes the parameters in one canonical order", () => {
    const answers = parseAnswers({ wann: "sofort", was: "webshop", wo: "eifelkreis-bitburg-pruem", beschaeftigte: "12", wer: "handwerk", betrag: "unklar" }, OPTIONS);
    expect(foerderCheckHref(answers)).toBe("/foerder-check?wer=handwerk&beschaeftigte=12&wo=eifelkreis-bitburg-pruem&was=webshop&betrag=unklar&wann=sofort");
    expect(foerderCheckHref(answers, "wo")).toMatch(/&schritt=wo$/);
    expect(foerderCheckHref({})).toBe("/foerder-check");
    expect(rawQuery({ wer: "handwerk", x: ["1", "2"] })).toBe("wer=handwerk&x=1&x=2");
  });
});
