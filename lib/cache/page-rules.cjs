// Our rules for the page cache, as a Handler of @fortedigital/nextjs-cache-handler (get / set /
// revalidateTag / delete) wrapped around the store that really keeps the entries (Redis or LRU):
// 1. An entry whose tags include an "expires-at:<epoch ms>" instant that has passed is a miss (and
//    is deleted), so it is rendered anew before anyone sees it. The page tags come from
//    expireRenderAt() (lib/cache/expire-render.ts); every instance reads the same clock, so at
//    midnight Europe/Berlin no instance serves a programme as open after its deadline day. Next's
//    time-based revalidation alone would serve the stale page once (stale-while-revalidate).
// 2. Only successful pages are stored. A redirect (a list URL with unknown filter values, see
//    lib/listing/resolve-list-key.ts) or a 404 (a made-up slug) is rendered per request and removes
//    any earlier entry of its key, so junk URLs cannot fill the cache.
// 3. List views (<list>/ansicht/<key>, one per filter combination; <list>/treffer/<key>, one per
//    text search) are bounded per list and route: above
//    maxListViews entries the oldest written are deleted (listViews index: Redis sorted set or
//    memory). Valid combinations are far more than anyone visits; an evicted one costs one render.
// CommonJS: Next loads the cache handler outside the bundle.
const { hasExpired } = require("./expiry-tag.cjs");

const TAGS_HEADER = "x-next-cache-tags";
// Next 16 prefixes page keys with a per-route scope ("/route-cache/APP_PAGE/<hash>/$/…"); the list
// is everything before "/ansicht/<key>" (filter views) or "/treffer/<key>" (text searches, bounded
// apart so that made-up searches cannot push the filter views out) either way.
const LIST_VIEW_KEY = /^(.*\/(?:ansicht|treffer))\/[^/]+$/;

function isStorable(value) {
  if (!value || (value.kind !== "APP_PAGE" && value.kind !== "PAGES")) return true;
  return value.status === undefined || (value.status >= 200 && value.status < 300);
}

/** The entry's tags: the package copies them from the page's tags header when it stores a page. */
function entryTags(entry) {
  if (Array.isArray(entry.tags) && entry.tags.length > 0) return entry.tags;
  const header = entry.value?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/** The list a cache key belongs to, or null for anything but a list view. */
function listOf(key) {
  return LIST_VIEW_KEY.exec(key)?.[1] ?? null;
}

/** A per-list index of list-view keys in this process (the store of the single-instance setup). */
function memoryListViews(maxListViews) {
  const lists = new Map();
  return {
    async add(list, key) {
      const keys = lists.get(list) ?? new Set();
      keys.delete(key);
      keys.add(key); // a Set keeps insertion order: the first are the oldest written
      lists.set(list, keys);
      const evicted = [...keys].slice(0, Math.max(0, keys.size - maxListViews));
      for (const old of evicted) keys.delete(old);
      return evicted;
    },
  };
}

/**
 * Wraps `store` with the three rules. `listViews.add(list, key)` records a written list view and
 * returns the keys to evict. `onRevalidateFailed(tag)` hears of tags the store could not revalidate.
 */
function withPageRules(store, { listViews, onRevalidateFailed = () => {}, now = Date.now } = {}) {
  return {
    name: `page-rules(${store.name})`,
    async get(key, meta) {
      const entry = await store.get(key, meta);
      if (entry && hasExpired(entryTags(entry), now())) {
        await store.delete?.(key);
        return null;
      }
      return entry;
    },
    async set(key, entry, ctx) {
      if (!isStorable(entry?.value)) return store.delete?.(key);
      await store.set(key, entry, ctx);
      const list = listOf(key);
      if (!list || !listViews) return;
      for (const old of await listViews.add(list, key)) await store.delete?.(old);
    },
    async revalidateTag(tag) {
      try {
        await store.revalidateTag(tag);
      } catch (error) {
        onRevalidateFailed(tag);
        throw error;
      }
    },
    async delete(key) {
      await store.delete?.(key);
    },
  };
}

module.exports = { withPageRules, memoryListViews, listOf, isStorable };
