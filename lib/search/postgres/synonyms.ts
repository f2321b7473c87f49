import type { SearchClient } from "../client";
import type { SynonymGroups } from "../query/clauses";

// Synonym groups change rarely (editors, issue 4) but are needed by every query: keep them in
// memory for a short time. The editing service calls invalidateSynonymCache() after a change, so
// this process sees it at once and other processes within TTL_MS.

export const SYNONYM_TTL_MS = 60_000;

let cached: { groups: SynonymGroups; expiresAt: number } | null = null;
let loading: Promise<SynonymGroups> | null = null;

export function invalidateSynonymCache(): void {
  cached = null;
}

export async function loadSynonymGroups(client: SearchClient, now = Date.now()): Promise<SynonymGroups> {
  if (cached && cached.expiresAt > now) return cached.groups;
  // One query for concurrent callers after expiry.
  loading ??= client.synonymGroup
    .findMany({ select: { terms: true }, orderBy: { id: "asc" } })
    .then((rows) => {
      const groups = rows.map((row) => row.terms.map((t) => t.trim().toLowerCase()).filter(Boolean)).filter((g) => g.length > 1);
      cached = { groups, expiresAt: Date.now() + SYNONYM_TTL_MS };
      return groups;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}
