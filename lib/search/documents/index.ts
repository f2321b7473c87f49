import "server-only";
import { db } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";
import type { SearchClient } from "../client";
import type { SearchDocType, SearchDocument } from "../types";
import { SEARCH_DOC_TYPES } from "../types";
import { buildAdvisorDocuments } from "./advisors";
import { buildEventDocuments } from "./events";
import { buildProgrammeDocuments } from "./programmes";
import { buildProviderDocuments } from "./providers";
import { buildInitiativeDocuments } from "./initiatives";
import { buildNewsDocuments } from "./news";
import { loadBuildContext, type BuildContext } from "./shared";

// SearchDocuments are built from the database, published entries only (publishedOnly() in each
// builder). An id that yields no document is not (or no longer) public and must be removed.

export { documentId, parseDocumentId } from "./shared";

type Builder = (client: SearchClient, ctx: BuildContext, ids?: readonly string[], page?: { take: number; cursor?: string }) => Promise<SearchDocument[]>;

const builders: Record<SearchDocType, Builder> = {
  programme: buildProgrammeDocuments,
  advisor: buildAdvisorDocuments,
  provider: buildProviderDocuments,
  event: buildEventDocuments,
  initiative: buildInitiativeDocuments,
  news: buildNewsDocuments,
};

/** Documents for the given entity ids (all published entries of the type when omitted). */
export async function buildDocuments(type: SearchDocType, ids?: readonly string[], client: SearchClient = db): Promise<SearchDocument[]> {
  if (ids && ids.length === 0) return [];
  return builders[type](client, await loadBuildContext(client), ids);
}

export interface BuildAllOptions {
  batchSize?: number;
  types?: readonly SearchDocType[];
  client?: SearchClient;
}

/**
 * Every published entry, in batches (keyset pagination by id): memory stays flat at 100 000 rows
 * and a caller can index each batch before the next is read.
 */
export async function* buildAllDocuments(options: BuildAllOptions = {}): AsyncGenerator<SearchDocument[]> {
  const client = options.client ?? db;
  const take = options.batchSize ?? 1000;
  const ctx = await loadBuildContext(client);
  for (const type of options.types ?? SEARCH_DOC_TYPES) {
    let cursor: string | undefined;
    for (;;) {
      const batch = await builders[type](client, ctx, undefined, { take, cursor });
      if (batch.length === 0) break;
      yield batch;
      if (batch.length < take) break;
      cursor = batch[batch.length - 1]!.entityId;
    }
  }
}

/** How many documents a full build yields (for progress output). */
export async function countPublishedEntries(client: SearchClient = db): Promise<Record<SearchDocType, number>> {
  const where = publishedOnly();
  // Sequential: `client` may be a transaction, which runs one query at a time.
  return {
    programme: await client.programme.count({ where }),
    advisor: await client.advisor.count({ where }),
    provider: await client.provider.count({ where }),
    event: await client.event.count({ where }),
    initiative: await client.initiative.count({ where }),
    news: await client.newsItem.count({ where }),
  };
}
