import { describe, expect, it } from "vitest";
import { z } from "zod";
import { localizedOptionalText, localizedText, localizedTitleAndSummary, noTranslations, translatedKeys, translationFields, translationFormValues, translationLabelKeys } from "@/lib/content/translations";

const entry = { title: "Zuschuss", summary: "Kurz", titleFr: "Subvention", titleEn: "  ", summaryFr: null };

describe("content translations", () => {
  it("names a column per field and language, French first", () => {
    expect(translatedKeys(["title", "summary"])).toEqual(["titleFr", "summaryFr", "titleEn", "summaryEn"]);
    expect(noTranslations(["title"])).toEqual({ titleFr: null, titleEn: null });
    expect(translationLabelKeys(["title"])).toEqual({ titleFr: "editor.translations.fields.titleFr", titleEn: "editor.translations.fields.titleEn" });
  });

  it("shows missing translations as empty form fields", () => {
    expect(translationFormValues(entry, ["title", "summary"])).toEqual({ titleFr: "Subvention", summaryFr: "", titleEn: "  ", summaryEn: "" });
  });

  it("gives German readers the German text, unmarked", () => {
    expect(localizedText(entry, "title", "de")).toEqual({ text: "Zuschuss" });
  });

  it("gives a translation where there is one, else the German original marked lang=de", () => {
    expect(localizedText(entry, "title", "fr")).toEqual({ text: "Subvention" });
    expect(localizedText(entry, "summary", "fr")).toEqual({ text: "Kurz", lang: "de" });
    // Blank is no translation.
    expect(localizedText(entry, "title", "en")).toEqual({ text: "Zuschuss", lang: "de" });
  });

  it("gives an optional text the same way, and nothing when there is none in either language", () => {
    const advisor = { jobTitle: "Berater", jobTitleFr: "Conseiller", jobTitleEn: null, officeHours: null, officeHoursFr: "Lundi", officeHoursEn: null };
    expect(localizedOptionalText(advisor, "jobTitle", "de")).toEqual({ text: "Berater" });
    expect(localizedOptionalText(advisor, "jobTitle", "fr")).toEqual({ text: "Conseiller" });
    expect(localizedOptionalText(advisor, "jobTitle", "en")).toEqual({ text: "Berater", lang: "de" });
    expect(localizedOptionalText(advisor, "officeHours", "de")).toBeNull();
    expect(localizedOptionalText(advisor, "officeHours", "en")).toBeNull();
    expect(localizedOptionalText(advisor, "officeHours", "fr")).toEqual({ text: "Lundi" });
  });

  it("validates translations as optional texts no longer than their German field", () => {
    const schema = z.object(translationFields({ title: 10 }));
    expect(schema.parse({ titleFr: "  ", titleEn: "Grant" })).toEqual({ titleFr: null, titleEn: "Grant" });
    const result = schema.safeParse({ titleFr: "x".repeat(11) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["titleFr"], message: "validation.tooLong" });
  });

  it("gives a feed's title and summary in the reader's language, each German where untranslated", () => {
    const entry = { title: "Zuschuss", summary: "Für kleine Betriebe", titleFr: "Subvention", summaryFr: null, titleEn: null, summaryEn: "  " };
    expect(localizedTitleAndSummary(entry, "fr")).toEqual({ title: "Subvention", summary: "Für kleine Betriebe" });
    expect(localizedTitleAndSummary(entry, "en")).toEqual({ title: "Zuschuss", summary: "Für kleine Betriebe" });
    expect(localizedTitleAndSummary(entry, "de")).toEqual({ title: "Zuschuss", summary: "Für kleine Betriebe" });
  });
});
