import { describe, expect, it } from "vitest";
import { withDottedPaths } from "@/lib/content/fields";
import { advisorInput, advisorUpdateInput } from "@/lib/advisor/schema";
import { providerFormToInput, providerInput } from "@/lib/provider/schema";
import { z } from "zod";

const advisor = {
  kind: "DESK",
  name: "  Digitallotsen Eifel ",
  summary: "Erste Anlaufstelle",
  organisation: "ihk-trier",
  regions: ["vulkaneifel"],
};
const provider = {
  name: "Moselbyte",
  summary: "Software",
  description: "Text",
  services: ["SOFTWARE"],
  size: "SMALL",
  town: "Trier",
  region: "stadt-trier",
};
const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("advisor schema", () => {
  it("trims, lower-cases languages, empties optional fields to null and accepts an empty slug", () => {
    const parsed = advisorInput.parse({ ...advisor, languages: "DE, fr,fr", slug: "", email: " ", postalCode: "54634" });
    expect(parsed).toMatchObject({ name: "Digitallotsen Eifel", languages: ["de", "fr"], slug: null, email: null, postalCode: "54634" });
    expect(parsed.topics).toEqual([]);
  });

  it("reports field messages as editor catalogue keys", () => {
    expect(errorsOf(advisorInput, { ...advisor, name: "", regions: [], postalCode: "5429", languages: "deutsch", bookingUrl: "javascript:alert(1)", kind: "ROBOT" })).toEqual({
      name: ["validation.required"],
      regions: ["validation.chooseOne"],
      postalCode: ["validation.postalCode"],
      languages: ["validation.languageCode"],
      bookingUrl: ["validation.url"],
      kind: ["validation.invalidOption"],
    });
    expect(errorsOf(advisorInput, { ...advisor, slug: "Nicht Gültig" })).toEqual({ slug: ["validation.slug"] });
    expect(errorsOf(advisorUpdateInput, advisor)).toHaveProperty("version");
  });
});

describe("provider schema", () => {
  it("rebuilds references from flat form fields, skipping empty fieldsets but keeping indexes for messages", () => {
    const form = providerFormToInput({ ...provider, "references.1.title": "Shop", "references.1.description": "Onlineshop", "references.3.client": "Nur Kunde" });
    const result = withDottedPaths(providerInput).safeParse(form);
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      "references.3.title": ["validation.required"],
      "references.3.description": ["validation.required"],
    });
    const ok = providerInput.parse(providerFormToInput({ ...provider, "references.1.title": "Shop", "references.1.description": "Onlineshop", "references.1.year": "2023" }));
    expect(ok.references).toEqual([{ title: "Shop", client: null, description: "Onlineshop", year: 2023 }]);
  });

  it("allows at most five references and needs at least one service", () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ title: `R${i}`, description: "x" }));
    expect(errorsOf(providerInput, { ...provider, references: six })).toEqual({ references: ["validation.tooMany"] });
    expect(errorsOf(providerInput, { ...provider, services: [] })).toEqual({ services: ["validation.chooseOne"] });
    // A year ahead or before 1800 gets the message that names the range.
    expect(errorsOf(providerInput, { ...provider, foundedYear: "12345" })).toEqual({ foundedYear: ["validation.pastYear"] });
    expect(errorsOf(providerInput, { ...provider, foundedYear: "3000" })).toEqual({ foundedYear: ["validation.pastYear"] });
    expect(errorsOf(providerInput, { ...provider, foundedYear: "1799" })).toEqual({ foundedYear: ["validation.pastYear"] });
    expect(errorsOf(providerInput, { ...provider, foundedYear: "19,5" })).toEqual({ foundedYear: ["validation.number"] });
    expect(providerInput.parse({ ...provider, foundedYear: String(new Date().getFullYear() - 1) }).foundedYear).toBe(new Date().getFullYear() - 1);
  });
});
