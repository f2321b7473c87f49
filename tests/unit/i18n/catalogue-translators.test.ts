import { describe, expect, it } from "vitest";
import { catalogueTranslators, fullKeyCatalogueTranslators } from "@/lib/i18n/catalogue-translators";
import deMail from "@/messages/de/mail.json";
import enMail from "@/messages/en/mail.json";
import frMail from "@/messages/fr/mail.json";

const de = { greeting: "Hallo {name},", unit: { count: "{count, plural, one {# Eintrag} other {# Einträge}}" } };
const fr = { greeting: "Bonjour {name},", unit: { count: "{count, plural, one {# entrée} other {# entrées}}" } };
const en = { greeting: "Hello {name},", unit: { count: "{count, plural, one {# entry} other {# entries}}" } };

describe("catalogueTranslators", () => {
  const texts = catalogueTranslators("sample", { de, fr, en });

  it("gives each locale a translator over its own catalogue, keys relative to the namespace", () => {
    expect(texts.fr("greeting", { name: "Claire" })).toBe("Bonjour Claire,");
    expect(texts.de("greeting", { name: "Jana" })).toBe("Hallo Jana,");
    expect(texts.en("unit.count", { count: 1 })).toBe("1 entry");
  });

  it("formats with the locale's own rules", () => {
    expect(texts.fr("unit.count", { count: 0 })).toBe("0 entrée");
    expect(texts.de("unit.count", { count: 0 })).toBe("0 Einträge");
  });

  it("reads the real catalogue files", () => {
    const mail = catalogueTranslators("mail", { de: deMail, fr: frMail, en: enMail });
    expect(mail.fr("greeting", { name: "Claire" })).toBe(frMail.greeting.replace("{name}", "Claire"));
    expect(mail.fr("greetingAnonymous")).toBe(frMail.greetingAnonymous);
  });

  it("refuses unknown locales and keys at compile time (npm run typecheck checks these lines)", () => {
    // @ts-expect-error: no Italian catalogue
    expect(texts.it).toBeUndefined();
    // @ts-expect-error: a key the German catalogue does not have
    expect(texts.fr.has("farewell")).toBe(false);
    // @ts-expect-error: the French catalogue lacks a key of the German one
    catalogueTranslators("sample", { de, fr: { greeting: "Bonjour {name}," }, en });
    // @ts-expect-error: a catalogue for a locale the portal does not serve
    catalogueTranslators("sample", { de, fr, en, it: de });
  });
});

describe("fullKeyCatalogueTranslators", () => {
  it("takes keys that start with the namespace", () => {
    const texts = fullKeyCatalogueTranslators("sample", { de, fr, en });
    expect(texts.fr("sample.greeting", { name: "Claire" })).toBe("Bonjour Claire,");
    // @ts-expect-error: the key must name the namespace
    expect(texts.fr.has("greeting")).toBe(false);
  });
});
