import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchLanguage } from "@/lib/search/types";
import { relevanceQuery } from "./relevance-cases";

// Translated content is found by the reader's language's stems (issue 20): the demo seed carries
// French and English texts for "bafa-unternehmensberatung" (prisma/seed/data/programme-translations.ts),
// an advisor and a provider (directory-translations.ts)
// whose words appear there in another form than the query's ("subventionne" / "subventionner").

const engine = createPostgresEngine(db);
const today = berlinDay();
const search = (text: string, language: SearchLanguage) => engine.search({ ...relevanceQuery(text, today), types: ["programme"], pageSize: 50, language });

describe("search in translated content", () => {
  // German searches of the same word find the entry neither by stems nor by word (a typo correction
  // may turn the unknown word into another one, which is then no match of the translation either).
  const germanMiss = async (text: string) => {
    const result = await search(text, "de");
    return result.correctedText !== null || !result.hits.some((hit) => hit.slug === "bafa-unternehmensberatung");
  };

  it("finds French words by their French stems on a French search only", async () => {
    // "subventionner" is in no text; "subventionne" is, with the same French stem "subvention".
    const result = await search("subventionner", "fr");
    expect(result.correctedText).toBeNull();
    expect(result.hits.map((hit) => hit.slug)).toContain("bafa-unternehmensberatung");
    expect(await germanMiss("subventionner")).toBe(true);
  });

  it("finds English words by their English stems on an English search only", async () => {
    // "subsidising" is in no text; "subsidises" is (stem "subsidis").
    const result = await search("subsidising", "en");
    expect(result.correctedText).toBeNull();
    expect(result.hits.map((hit) => hit.slug)).toContain("bafa-unternehmensberatung");
    expect(await germanMiss("subsidising")).toBe(true);
  });

  it("shows a French reader the French title, highlighted, and marks untranslated hits as German", async () => {
    const { hits } = await search("numérisation", "fr");
    const translated = hits.find((hit) => hit.slug === "isb-digiboost");
    expect(translated).toMatchObject({ title: "DigiBoost – subvention à la numérisation des petites entreprises" });
    expect(translated?.titleLang).toBeUndefined();
    expect(translated?.highlightedTitle).toContain("<mark>numérisation</mark>");
    const { hits: german } = await search("Digitalisierung", "fr");
    const untranslated = german.find((hit) => hit.slug !== "isb-digiboost" && hit.slug !== "bafa-unternehmensberatung");
    expect(untranslated).toMatchObject({ titleLang: "de", summaryLang: "de" });
  });

  it("finds translated advisor and provider profiles by their stems and shows their summaries; names stay German", async () => {
    const find = async (type: "advisor" | "provider", text: string, language: SearchLanguage, slug: string) => {
      const result = await engine.search({ ...relevanceQuery(text, today), types: [type], pageSize: 50, language });
      return result.correctedText === null ? result.hits.find((hit) => hit.slug === slug) : undefined;
    };
    // prisma/seed/data/directory-translations.ts: "accompagne" and "forecasts" are there, the queries'
    // forms are in no text. (A German search may find "accompagner" too: its German stem is the French one.)
    const advisor = await find("advisor", "accompagner", "fr", "sophie-reuter");
    expect(advisor).toMatchObject({ title: "Sophie Reuter", titleLang: "de", summary: expect.stringMatching(/^Accompagne les entreprises/) });
    expect(advisor).not.toHaveProperty("summaryLang");

    const provider = await find("provider", "forecasting", "en", "porta-data-analytics");
    expect(provider).toMatchObject({ title: "Porta Data Analytics GmbH", titleLang: "de", summary: expect.stringMatching(/^Data analysis and AI prototypes/) });
    expect(provider).not.toHaveProperty("summaryLang");
    expect(await find("provider", "forecasting", "de", "porta-data-analytics")).toBeUndefined();
  });

  it("leaves German searches as they were: German titles, no language marks", async () => {
    const { hits } = await search("DigiBoost", "de");
    expect(hits[0]).toMatchObject({ slug: "isb-digiboost", title: "DigiBoost – Digitalisierungszuschuss für kleine Unternehmen" });
    expect(hits[0]).not.toHaveProperty("titleLang");
  });
});
