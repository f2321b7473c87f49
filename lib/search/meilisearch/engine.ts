import { Meilisearch, type EnqueuedTaskPromise } from "meilisearch";
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult, Suggestion } from "@/lib/search/types";
import { PRIMARY_KEY, documentKey, toMeiliDocument } from "./documents";
import { planSearch, planSegmentHits, queryText, readResults, toHit } from "./search";
import { DEFAULT_FACET_KEYS, DEFAULT_SYNONYM_GROUPS, buildIndexSettings, synonymsFromGroups } from "./settings";

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Index uid; default "search". Tests use their own. */
  indexName?: string;
  /** Facet keys that may be filtered and counted (the allow-list); default: the list pages' parameters. */
  facetKeys?: readonly string[];
  /** How long a write waits for Meilisearch to finish its task; default 60 s. */
  taskTimeoutMs?: number;
}

export interface MeilisearchEngine extends SearchEngine {
  readonly name: "meilisearch";
  readonly indexName: string;
  /** Creates the index if missing and applies the settings; runs once before the first write. */
  setup(): Promise<void>;
  /** Replaces the synonyms with these groups (the editors' SynonymGroup rows). */
  updateSynonyms(groups: readonly (readonly string[])[]): Promise<void>;
}

const BATCH = 1000;

export function createMeilisearchEngine(options: MeilisearchEngineOptions): MeilisearchEngine {
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey });
  const indexName = options.indexName ?? "search";
  const facetKeys = new Set(options.facetKeys ?? DEFAULT_FACET_KEYS);
  const index = client.index(indexName);
  const waitOptions = { timeout: options.taskTimeoutMs ?? 60_000, interval: 50 };

  // Writes resolve only once Meilisearch has applied them, and a failed task throws, so a
  // search.sync job completes only when the index really changed.
  async function run(task: EnqueuedTaskPromise, what: string, tolerate?: string) {
    const done = await task.waitTask(waitOptions);
    if (done.status === "succeeded" || (tolerate && done.error?.code === tolerate)) return;
    throw new Error(`Meilisearch ${what} ${done.status}: ${done.error?.code ?? ""} ${done.error?.message ?? ""}`.trim());
  }

  let ready: Promise<void> | null = null;
  function setup(): Promise<void> {
    ready ??= (async () => {
      await run(client.createIndex(indexName, { primaryKey: PRIMARY_KEY }), "index creation", "index_already_exists");
      // Without `synonyms`: they belong to the editors and are pushed by updateSynonyms. An index
      // that has none yet gets the defaults.
      const settings = buildIndexSettings([...facetKeys]);
      delete settings.synonyms;
      await run(index.updateSettings(settings), "settings update");
      const current = await index.getSynonyms();
      if (!current || Object.keys(current).length === 0) await updateSynonyms(DEFAULT_SYNONYM_GROUPS);
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  async function updateSynonyms(groups: readonly (readonly string[])[]) {
    await run(index.updateSynonyms(synonymsFromGroups(groups)), "synonyms update");
  }

  return {
    name: "meilisearch",
    indexName,
    setup,
    updateSynonyms,

    async index(documents: SearchDocument[]) {
      if (documents.length === 0) return;
      await setup();
      const rows = documents.map((doc) => toMeiliDocument(doc, facetKeys));
      for (let i = 0; i < rows.length; i += BATCH) {
        // addDocuments replaces whole documents (updateDocuments would merge stale fields).
        await run(index.addDocuments(rows.slice(i, i + BATCH), { primaryKey: PRIMARY_KEY }), "document upsert");
      }
    },

    async remove(ids: string[]) {
      if (ids.length === 0) return;
      await setup();
      const keys = ids.map(documentKey);
      for (let i = 0; i < keys.length; i += BATCH) {
        await run(index.deleteDocuments(keys.slice(i, i + BATCH)), "document deletion");
      }
    },

    async clear() {
      await setup();
      await run(index.deleteAllDocuments(), "clear");
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      const plan = planSearch(query, indexName, facetKeys);
      const { results } = await client.multiSearch({ queries: plan.queries });
      const { result, segmentSizes } = readResults(plan, results, query);
      if (plan.segments) {
        const queries = planSegmentHits(plan, segmentSizes, query, indexName);
        if (queries.length > 0) {
          const page = await client.multiSearch({ queries });
          result.hits = page.results.flatMap((response) => response.hits.map((hit) => toHit(hit, query.language)));
        }
      }
      return result;
    },

    async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
      const q = queryText(prefix);
      if (!q || limit <= 0) return [];
      // Meilisearch matches the last query word as a prefix, which is search-as-you-type.
      const response = await index.search(q, {
        limit,
        attributesToRetrieve: ["type", "slug", "title"],
        attributesToSearchOn: ["title", "keywords", "folded"],
        locales: ["deu"],
      });
      return response.hits.map((hit) => ({ type: hit.type, slug: hit.slug, title: hit.title }));
    },
  };
}
