import { beforeEach, describe, expect, it } from "vitest";
import type { SearchClient } from "@/lib/search/client";
import { invalidateSynonymCache, loadSynonymGroups, SYNONYM_TTL_MS } from "@/lib/search/postgres/synonyms";

// A client whose synonym table answers with the current `terms` and counts the reads.
function fakeClient() {
  const state = { reads: 0, terms: [["KI", "künstliche Intelligenz"]] };
  const client = {
    synonymGroup: {
      findMany: async () => {
        state.reads += 1;
        return state.terms.map((terms) => ({ terms }));
      },
    },
  } as unknown as SearchClient;
  return { client, state };
}

describe("loadSynonymGroups", () => {
  beforeEach(() => invalidateSynonymCache());

  it("keeps the groups of an index version as long as it lasts, and reads again for a new one", async () => {
    const { client, state } = fakeClient();
    expect(await loadSynonymGroups(client, 0, "1@7")).toEqual([["ki", "künstliche intelligenz"]]);
    expect(await loadSynonymGroups(client, 10 * SYNONYM_TTL_MS, "1@7")).toEqual([["ki", "künstliche intelligenz"]]);
    expect(state.reads).toBe(1);
    state.terms = [["Webseite", "Website"]];
    expect(await loadSynonymGroups(client, 10 * SYNONYM_TTL_MS, "2@7")).toEqual([["webseite", "website"]]);
    expect(state.reads).toBe(2);
  });

  it("without a version keeps them for the TTL only", async () => {
    const { client, state } = fakeClient();
    await loadSynonymGroups(client, Date.now(), null);
    await loadSynonymGroups(client, Date.now(), null);
    expect(state.reads).toBe(1);
    await loadSynonymGroups(client, Date.now() + SYNONYM_TTL_MS + 1, null);
    expect(state.reads).toBe(2);
  });
});
