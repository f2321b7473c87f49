// Keyset pagination for the open data API (docs/architecture.md, "Open data API"). Every list is
// ordered by the entries' immutable primary key, and a cursor says "after this id": an entry that
// existed when paging began is seen exactly once however others are added, edited, renamed or
// re-sorted meanwhile; one added during paging is seen at most once. An offset would skip or repeat
// an entry whenever one before it appears or goes. The cursor is opaque (base64url JSON with a
// version), so the order can change in a later version without breaking clients that only pass it on.

const VERSION = 1;

export function encodeCursor(afterId: string): string {
  return Buffer.from(JSON.stringify({ v: VERSION, after: afterId })).toString("base64url");
}

/** The id a cursor points after, or null when the text is no cursor of this API. */
export function decodeCursor(cursor: string): string | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof value !== "object" || value === null) return null;
    const { v, after } = value as { v?: unknown; after?: unknown };
    return v === VERSION && typeof after === "string" && after.length > 0 && after.length <= 64 ? after : null;
  } catch {
    return null;
  }
}

/** Byte order, the same as PostgreSQL's "C" collation and independent of locale. */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The entries after `afterId` in id order, at most `limit`, and the cursor of the next page. */
export function keysetPage<T extends { id: string }>(entries: readonly T[], afterId: string | null, limit: number) {
  const rest = entries.filter((entry) => afterId === null || compareIds(entry.id, afterId) > 0).sort((a, b) => compareIds(a.id, b.id));
  const items = rest.slice(0, limit);
  const nextCursor = rest.length > limit ? encodeCursor(items[items.length - 1]!.id) : null;
  return { items, nextCursor };
}
