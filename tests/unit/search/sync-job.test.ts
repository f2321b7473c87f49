import { describe, expect, it } from "vitest";
import { syncSearchJob, type BuildDocuments } from "@/lib/search/sync-job";
import type { SearchDocument, SearchEngine } from "@/lib/search/types";

const published = new Set(["programme:a", "programme:b", "advisor:c"]);
const built: string[][] = [];
const buildDocuments: BuildDocuments = async (type, entityIds = []) => {
  built.push(entityIds);
  return entityIds
    .map((entityId) => `${type}:${entityId}`)
    .filter((id) => published.has(id))
    .map((id): SearchDocument => ({
      id, type, entityId: id.split(":")[1]!, slug: id, title: `T ${id}`, summary: "", body: "", keywords: [], facets: {},
      applicationStart: null, deadline: null, publishedAt: "2026-01-01T00:00:00.000Z",
    }));
};

function fakeEngine(failWith?: string) {
  const log: { op: "index" | "remove"; ids: string[] }[] = [];
  const engine: Pick<SearchEngine, "index" | "remove"> = {
    async index(docs) {
      if (failWith) throw new Error(failWith);
      log.push({ op: "index", ids: docs.map((d) => d.id) });
    },
    async remove(ids) {
      if (failWith) throw new Error(failWith);
      log.push({ op: "remove", ids });
    },
  };
  return { engine, log };
}

describe("the search.sync job", () => {
  it("rebuilds the named documents from the database now: published ones are upserted, the rest removed", async () => {
    const { engine, log } = fakeEngine();
    const outcome = await syncSearchJob(["programme:a", "programme:gone", "advisor:c", "programme:a", "nonsense"], { engine, buildDocuments });
    expect(outcome).toEqual({ upserted: 2, deleted: 1 });
    expect(log).toEqual([
      { op: "index", ids: ["programme:a"] },
      { op: "index", ids: ["advisor:c"] },
      { op: "remove", ids: ["programme:gone"] },
    ]);
  });

  it("throws for the queue's retry when the engine fails, without secrets or addresses in the message", async () => {
    const { engine } = fakeEngine("request to https://key:s3cret@search.example failed for ada@example.org");
    const failure = syncSearchJob(["programme:b"], { engine, buildDocuments });
    await expect(failure).rejects.toThrow(/^search sync failed: /);
    await expect(failure).rejects.not.toThrow(/s3cret|ada@example\.org/);
  });
});
