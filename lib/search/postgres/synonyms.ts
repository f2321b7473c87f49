import type { SearchClient } from "../client";
import type { SynonymGroups } from "../query/clauses";

// Synonym groups change rarely (editors, issue 4) but are needed by every query: keep them in
// memory. The editing service calls invalidateSynonymCache() after a change, so this process sees
// it at once; a caller passing the index version (a trigger raises it on every change to
// "SynonymGroup") keeps the groups of that version as long as it lasts, and sees another
// process's change with its next search; other callers keep them for TTL_MS.

export const SYNONYM_TTL_MS = 60_000;

let cached: { groups: SynonymGroups; expiresAt: number; version: string | null } | null = null;
let loading: { version: string | null; groups: Promise<SynonymGroups> } | null = null;

export function invalidateSynonymCache(): void {
  cached = null;
}

export async function loadSynonymGroups(client: SearchClient, now = Date.now(), version: string | null = null): Promise<SynonymGroups> {
  // With a version, the groups stay until it changes; without one (callers in a transaction), TTL_MS.
  if (cached && (version !== null ? cached.version === version : cached.expiresAt > now)) return cached.groups;
  // One query for concurrent callers of the same version (a load started for an older version
  // may have read the groups before the change that raised it).
  if (loading?.version === version) return loading.groups;
  const current = {
    version,
    groups: client.synonymGroup.findMany({ select: { terms: true }, orderBy: { id: "asc" } }).then((rows) => {
      const groups = rows.map((row) => row.terms.map((t) => t.trim().toLowerCase()).filter(Boolean)).filter((g) => g.length > 1);
      // Read after the version was: at least as new as it, so it may stand for it.
      cached = { groups, expiresAt: Date.now() + SYNONYM_TTL_MS, version };
      return groups;
    }),
  };
  loading = current;
  void current.groups.finally(() => {
    if (loading === current) loading = null;
  }).catch(() => undefined);
  return current.groups;
}
