import { beforeAll, describe, expect, it } from "vitest";
import { loadAdvisorState } from "@/lib/advisor/editor-state";
import { getPublishedAdvisorBySlug, listPublishedAdvisorCardsBySlugs } from "@/lib/advisor/queries";
import { advisorInput } from "@/lib/advisor/schema";
import { createAdvisor, transitionAdvisor, updateAdvisor } from "@/lib/advisor/service";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { serializeCsv } from "@/lib/import/csv";
import { getImporter } from "@/lib/import/entities";
import { startImport, validateImport } from "@/lib/import/service";
import { loadProviderState } from "@/lib/provider/editor-state";
import { getPublishedProviderBySlug, listPublishedProviderCardsBySlugs } from "@/lib/provider/queries";
import { providerInput } from "@/lib/provider/schema";
import { createProvider, transitionProvider, updateProvider } from "@/lib/provider/service";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchDocType, SearchLanguage } from "@/lib/search/types";
import { relevanceQuery } from "../search/relevance-cases";
import { actorFor, advisorFormInput, auditRows, EDITOR, expectAppError, providerFormInput, uniqueWord } from "./helpers";

// Issue 20 for the directories: an advisor's job title, summary and office hours and a provider's
// summary and description carry French and English versions like programmes and events do —
// parsed, sanitized (the description), audited, locked, imported and exported — and the public
// reads and the search give them to French and English readers. Names are not translated.
let editor: Actor;

beforeAll(async () => {
  editor = await actorFor(EDITOR);
});

const search = (type: SearchDocType, text: string, language: SearchLanguage) =>
  createPostgresEngine(db).search({ ...relevanceQuery(text, new Date().toISOString().slice(0, 10)), types: [type], language });

type Changes = Record<string, { before: unknown; after: unknown }>;
const lastChanges = async (type: string, id: string) => (await auditRows(type, id)).at(-1)!.changes as Changes;

/** Exports one entry and imports `rows` (header first) for it; the file's other columns are not there. */
async function importRows(type: "advisor" | "provider", rows: string[][]) {
  const { jobId, report } = await validateImport(editor, type, { bytes: new TextEncoder().encode(serializeCsv(rows, ";")), name: `${type}.csv` });
  expect(report).toMatchObject({ fileErrors: [], rowErrors: [], created: 0, updated: 1 });
  expect(await (await startImport(editor, jobId))()).toMatchObject({ ok: true });
}

async function exported(type: "advisor" | "provider", q: string) {
  const records = [];
  for await (const batch of getImporter(type)!.exportBatches(editor, new URLSearchParams({ q }), 10)) records.push(...batch);
  return records;
}

describe("advisor translations", () => {
  it("are optional, and no longer than the German field", () => {
    const { jobTitleFr, summaryEn, officeHoursFr } = advisorInput.shape;
    expect([jobTitleFr.parse(""), summaryEn.parse("  "), officeHoursFr.parse(" Lundi ")]).toEqual([null, null, "Lundi"]);
    expect(jobTitleFr.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("validation.tooLong");
    expect(officeHoursFr.safeParse("x".repeat(501)).error?.issues[0]?.message).toBe("validation.tooLong");
  });

  it("are saved, audited, locked, found in their language, exported, and kept by an import without their columns", async () => {
    const word = uniqueWord("conseil");
    const name = `Übersetzungsberatung ${uniqueWord("b")}`;
    const created = await createAdvisor(editor, advisorFormInput(name, { jobTitleFr: "Conseillère numérique", summaryFr: `Conseil ${word} pour les artisans`, officeHoursEn: "Mondays 9 to 12" }));
    const saved = (await db.$transaction((tx) => loadAdvisorState(tx, created.id)))!;
    expect(saved).toMatchObject({ jobTitleFr: "Conseillère numérique", summaryFr: `Conseil ${word} pour les artisans`, officeHoursEn: "Mondays 9 to 12", summaryEn: null });

    const base = { ...advisorFormInput(name, { slug: saved.slug }), jobTitleFr: saved.jobTitleFr, summaryFr: saved.summaryFr, officeHoursEn: saved.officeHoursEn, version: 1 };
    await updateAdvisor(editor, created.id, { ...base, jobTitleEn: "Digital adviser" });
    const changes = await lastChanges("advisor", created.id);
    expect(changes.jobTitleEn).toEqual({ before: null, after: "Digital adviser" });
    expect(changes).not.toHaveProperty("summaryFr");
    const conflict = await expectAppError(updateAdvisor(editor, created.id, { ...base, jobTitleEn: "Other" }), "CONFLICT");
    expect(conflict.details).toMatchObject({ current: { changes: { jobTitleEn: { mine: "Other", theirs: "Digital adviser" } } } });

    await transitionAdvisor(editor, created.id, "submit", 2);
    await transitionAdvisor(editor, created.id, "publish", 3);
    expect(await getPublishedAdvisorBySlug(created.slug)).toMatchObject({ jobTitleFr: "Conseillère numérique", jobTitleEn: "Digital adviser", officeHoursEn: "Mondays 9 to 12", officeHoursFr: null });
    expect((await listPublishedAdvisorCardsBySlugs([created.slug]))[0]).toMatchObject({ jobTitleEn: "Digital adviser", summaryFr: `Conseil ${word} pour les artisans`, summaryEn: null });

    // A French search shows the French summary; the name has no translation (the page decides how to mark it).
    const french = await search("advisor", word, "fr");
    expect(french.hits.map((hit) => [hit.slug, hit.title, hit.summary, hit.titleLang, hit.summaryLang])).toEqual([
      [created.slug, name, `Conseil ${word} pour les artisans`, "de", undefined],
    ]);
    const english = await search("advisor", name.split(" ")[1]!, "en");
    expect(english.hits.find((hit) => hit.slug === created.slug)).toMatchObject({ titleLang: "de", summaryLang: "de" });

    expect((await exported("advisor", created.slug))[0]).toMatchObject({ jobTitleFr: "Conseillère numérique", jobTitleEn: "Digital adviser", summaryEn: "", officeHoursEn: "Mondays 9 to 12" });
    // A file without the translation columns changes the German text only …
    await importRows("advisor", [["Slug", "Kurzbeschreibung"], [created.slug, `Neu: Beratung zur ${name}`]]);
    expect(await db.advisor.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      summary: `Neu: Beratung zur ${name}`,
      summaryFr: `Conseil ${word} pour les artisans`,
      jobTitleEn: "Digital adviser",
      officeHoursEn: "Mondays 9 to 12",
    });
    // … and one with them writes them, by their German headers.
    await importRows("advisor", [["Slug", "Sprechzeiten (Französisch)", "Funktion (Englisch)"], [created.slug, "Le lundi de 9 h à 12 h", ""]]);
    expect(await db.advisor.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ officeHoursFr: "Le lundi de 9 h à 12 h", jobTitleEn: null, jobTitleFr: "Conseillère numérique" });
  });
});

describe("provider translations", () => {
  it("are saved with the description sanitized like the German one, audited, found in their language, exported and imported", async () => {
    const word = uniqueWord("webshop");
    const name = `${uniqueWord("Lingua")} GmbH`;
    const created = await createProvider(
      editor,
      providerFormInput(name, { summaryEn: `Accessible ${word} websites`, descriptionFr: '<p>Sites <a href="javascript:alert(1)">accessibles</a></p><script>alert(1)</script>' }),
    );
    const saved = (await db.$transaction((tx) => loadProviderState(tx, created.id)))!;
    expect(saved).toMatchObject({ summaryEn: `Accessible ${word} websites`, descriptionFr: "<p>Sites <a>accessibles</a></p>", summaryFr: null, descriptionEn: null });
    // The audit row holds the stored (sanitized) text, as for the German description.
    expect((await auditRows("provider", created.id))[0]!.changes).toMatchObject({ descriptionFr: { before: null, after: "<p>Sites <a>accessibles</a></p>" } });

    const base = { ...providerFormInput(name, { slug: saved.slug }), summaryEn: saved.summaryEn, descriptionFr: saved.descriptionFr, version: 1 };
    await updateProvider(editor, created.id, { ...base, descriptionEn: "<p>Accessible websites.</p>" });
    expect((await lastChanges("provider", created.id)).descriptionEn).toEqual({ before: null, after: "<p>Accessible websites.</p>" });

    await transitionProvider(editor, created.id, "submit", 2);
    await transitionProvider(editor, created.id, "publish", 3);
    expect(await getPublishedProviderBySlug(created.slug)).toMatchObject({ summaryEn: `Accessible ${word} websites`, descriptionEn: "<p>Accessible websites.</p>" });
    expect((await listPublishedProviderCardsBySlugs([created.slug]))[0]).toMatchObject({ summaryEn: `Accessible ${word} websites`, summaryFr: null });

    const english = await search("provider", word, "en");
    expect(english.hits.map((hit) => [hit.slug, hit.title, hit.summary, hit.titleLang, hit.summaryLang])).toEqual([[created.slug, name, `Accessible ${word} websites`, "de", undefined]]);

    expect((await exported("provider", created.slug))[0]).toMatchObject({ summaryEn: `Accessible ${word} websites`, summaryFr: "", descriptionFr: "<p>Sites <a>accessibles</a></p>" });
    await importRows("provider", [["Slug", "Kurzbeschreibung"], [created.slug, `Neu: Webseiten für ${name}`]]);
    expect(await db.provider.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ summaryEn: `Accessible ${word} websites`, descriptionEn: "<p>Accessible websites.</p>" });
    await importRows("provider", [["Slug", "Beschreibung (Englisch)"], [created.slug, "<p>New <script>x</script>text</p>"]]);
    expect(await db.provider.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ descriptionEn: "<p>New text</p>", descriptionFr: "<p>Sites <a>accessibles</a></p>" });
  });

  it("refuse a translation longer than the German field may be", () => {
    const { summaryFr, descriptionEn } = providerInput.shape;
    expect(summaryFr.safeParse("x".repeat(1001)).error?.issues[0]?.message).toBe("validation.tooLong");
    expect(descriptionEn.safeParse("x".repeat(20_000)).success).toBe(true);
  });
});
