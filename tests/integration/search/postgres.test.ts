import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
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
});
