import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { queryRows, sql } from "@/lib/search/postgres/sql";
import { runSearchContract } from "./contract";
import { baseQuery, CONTRACT_DOCUMENTS } from "./fixtures";
import { openRollbackTransaction } from "./rollback";

let rollback: (() => Promise<void>) | undefined;

runSearchContract(
  "postgres",
  async () => {
    const opened = await openRollbackTransaction();
    rollback = opened.rollback;
    return createPostgresEngine(opened.tx);
  },
  { teardown: () => rollback?.() ?? Promise.resolve() },
);

describe("PostgreSQL engine specifics", () => {
  it("reports the corrected text it searched for", async () => {
    const { tx, rollback } = await openRollbackTransaction();
    try {
      const engine = createPostgresEngine(tx);
      await engine.clear();
      await engine.index(CONTRACT_DOCUMENTS);
      const result = await engine.search({ ...baseQuery, text: "Digitalisirung im Handwerk" });
      expect(result.correctedText).toBe("Digitalisierung im Handwerk");
      expect(result.hits[0]?.slug).toBe("ct-digitalisierung");
      // Enough matches: no correction is attempted.
      expect((await engine.search({ ...baseQuery, text: "Alpha" })).correctedText).toBeNull();
      // Nothing similar enough: the empty result stands, without a suggestion.
      expect((await engine.search({ ...baseQuery, text: "Qzxvjwq" })).correctedText).toBeNull();
      // A compound the index lacks is corrected to a known word it resembles.
      expect((await engine.search({ ...baseQuery, text: "Glasfasr" })).correctedText).toBe("Glasfaser");
      // A word the search knows only from a synonym group is a correction too ("Webseite", a
      // synonym of "Website"; no document says "Webseite").
      const synonym = await engine.search({ ...baseQuery, text: "Webseiet" });
      expect(synonym.correctedText).toBe("webseite");
      expect(synonym.total).toBeGreaterThan(0);
    } finally {
      await rollback();
    }
  });

  it("shows entries matching all words but one below the full matches, only when those are few", async () => {
    const { tx, rollback } = await openRollbackTransaction();
    try {
      const engine = createPostgresEngine(tx);
      await engine.clear();
      await engine.index(CONTRACT_DOCUMENTS);
      // No entry has both words: those with one of them are shown instead of nothing.
      const partial = await engine.search({ ...baseQuery, text: "Glasfaser Vereine" });
      expect(partial.hits.map((h) => h.slug)).toEqual(expect.arrayContaining(["ct-vereine", "ct-glasfaser-titel"]));
      expect(partial.correctedText).toBeNull();
      // One entry has both: it comes first, the partial ones follow.
      await engine.index([{ ...CONTRACT_DOCUMENTS.find((d) => d.slug === "ct-vereine")!, title: "Glasfaser für Vereine", id: "programme:ct-both", entityId: "ct-both", slug: "ct-both" }]);
      const mixed = await engine.search({ ...baseQuery, text: "Vereine Glasfaser" });
      expect(mixed.hits[0]?.slug).toBe("ct-both");
      expect(mixed.total).toBeGreaterThan(1);
      // Many full matches (12 "Alpha Systemhaus" titles): an entry with one of the words is not added.
      await engine.index([{ ...CONTRACT_DOCUMENTS.find((d) => d.slug === "ct-vereine")!, title: "Systemhaus Beta", id: "programme:ct-beta", entityId: "ct-beta", slug: "ct-beta" }]);
      expect((await engine.search({ ...baseQuery, text: "Systemhaus", pageSize: 100 })).hits.map((h) => h.slug)).toContain("ct-beta");
      const many = await engine.search({ ...baseQuery, text: "Alpha Systemhaus", pageSize: 100 });
      expect(many.total).toBe(12);
      expect(many.hits.map((h) => h.slug)).not.toContain("ct-beta");
    } finally {
      await rollback();
    }
  });

  it("matches a query word inside compounds in every position", async () => {
    const { tx, rollback } = await openRollbackTransaction();
    try {
      const engine = createPostgresEngine(tx);
      await engine.clear();
      await engine.index([
        ...CONTRACT_DOCUMENTS,
        { ...CONTRACT_DOCUMENTS[0]!, id: "programme:ct-cloud", entityId: "ct-cloud", slug: "ct-cloud", title: "Digitalbonus",
          summary: "Zuschuss für Cloudlösungen und ein IT-Sicherheitskonzept.", keywords: [] },
      ]);
      for (const text of ["Cloud Sicherheit", "Sicherheit Cloud", "Sicherheitskonzept Cloudlösungen"]) {
        expect((await engine.search({ ...baseQuery, text })).hits[0]?.slug, text).toBe("ct-cloud");
      }
      // Short words only at a word's start: "loud" is no part of "Cloudlösungen" for the search.
      expect((await engine.search({ ...baseQuery, text: "loud" })).hits.map((h) => h.slug)).not.toContain("ct-cloud");
    } finally {
      await rollback();
    }
  });

  it("clamps impossible paging and rejects a malformed day", async () => {
    const { tx, rollback } = await openRollbackTransaction();
    try {
      const engine = createPostgresEngine(tx);
      await engine.clear();
      await engine.index(CONTRACT_DOCUMENTS);
      const result = await engine.search({ ...baseQuery, page: -3, pageSize: 10_000 });
      expect(result.hits).toHaveLength(CONTRACT_DOCUMENTS.length);
      expect((await engine.search({ ...baseQuery, pageSize: 0 })).hits).toHaveLength(1);
      await expect(engine.search({ ...baseQuery, today: "2030-06-15'; --" })).rejects.toThrow(/YYYY-MM-DD/);
    } finally {
      await rollback();
    }
  });

  it("runs a search outside a transaction (with its statement settings) against the shared database", async () => {
    const result = await createPostgresEngine(db).search({ ...baseQuery, text: "Förderung Handwerk", facets: ["gebiet", "status"] });
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(Object.keys(result.facetCounts).sort()).toEqual(["gebiet", "status"]);
  });

  it("marks vocabulary words of titles, summaries and keywords as short, and ranks by them", async () => {
    const { tx, rollback } = await openRollbackTransaction();
    const short = async (words: string[]) =>
      Object.fromEntries(
        (await queryRows<{ word: string; short: boolean }>(tx, sql`SELECT word, short FROM "SearchWord" WHERE word = ANY(${words}::text[])`)).map((r) => [r.word, r.short]),
      );
    try {
      const engine = createPostgresEngine(tx);
      const [first, second, third] = CONTRACT_DOCUMENTS;
      // A compound only in the body: found inside it, but it cannot earn title or summary points.
      // Three matches, so no typo correction replaces the query.
      await engine.index([
        { ...first!, title: "Quellwasserschutz im Betrieb", summary: "", keywords: [], body: "Ein Moorkranichspeicherprojekt." },
        { ...second!, title: "Ein Moorkranichspeicherprogramm", summary: "", keywords: [], body: "" },
        { ...third!, title: "Naturschutz", summary: "", keywords: ["Kranichspeicher"], body: "", deadline: null },
      ]);
      expect(await short(["quellwasserschutz", "moorkranichspeicherprojekt", "moorkranichspeicherprogramm"])).toEqual({
        quellwasserschutz: true,
        moorkranichspeicherprojekt: false,
        moorkranichspeicherprogramm: true,
      });
      // Title (second) before keywords (third) before the body alone (first), whatever their age.
      const hits = (await engine.search({ ...baseQuery, text: "Kranichspeicher" })).hits.map((h) => h.slug);
      expect(hits).toEqual([second!.slug, third!.slug, first!.slug]);
      // A later summary makes the body word short as well; the mark is never taken back.
      await engine.index([{ ...first!, title: "Quellwasserschutz im Betrieb", summary: "Ein Moorkranichspeicherprojekt.", keywords: [], body: "" }]);
      await engine.index([{ ...second!, title: "Anderes Thema", summary: "", keywords: [], body: "" }]);
      expect(await short(["moorkranichspeicherprojekt", "moorkranichspeicherprogramm"])).toEqual({
        moorkranichspeicherprojekt: true,
        moorkranichspeicherprogramm: true,
      });
    } finally {
      await rollback();
    }
  });

  it("keeps the narrow match table (SearchMatch) equal to the documents through inserts, updates and deletes", async () => {
    const { tx, rollback } = await openRollbackTransaction();
    // Rows of SearchDocument without an equal SearchMatch row, and SearchMatch rows without their document.
    const differences = async () => {
      const [row] = await queryRows<{ missing: number; stray: number }>(
        tx,
        sql`SELECT (SELECT count(*)::int FROM "SearchDocument" d LEFT JOIN "SearchMatch" s ON s.id = d.id
            WHERE s.id IS NULL OR s."docNo" <> d."docNo" OR s."searchVector" IS DISTINCT FROM d."searchVector" OR s.words IS DISTINCT FROM d.words) AS missing,
          (SELECT count(*)::int FROM "SearchMatch" s WHERE NOT EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d.id = s.id)) AS stray`,
      );
      return row;
    };
    try {
      const engine = createPostgresEngine(tx);
      await engine.clear();
      await engine.index(CONTRACT_DOCUMENTS);
      expect(await differences()).toEqual({ missing: 0, stray: 0 });
      const [first] = CONTRACT_DOCUMENTS;
      await engine.index([{ ...first!, title: "Zeppelinwerft Bodensee" }]);
      expect(await differences()).toEqual({ missing: 0, stray: 0 });
      expect((await engine.search({ ...baseQuery, text: "Zeppelinwerft Bodensee" })).hits.map((h) => h.slug)).toEqual([first!.slug]);
      await engine.remove([first!.id]);
      expect(await differences()).toEqual({ missing: 0, stray: 0 });
      expect((await engine.search({ ...baseQuery, text: "Zeppelinwerft Bodensee" })).total).toBe(0);
    } finally {
      await rollback();
    }
  });
});
