// Next's cache handler (next.config.ts → cacheHandler): @fortedigital/nextjs-cache-handler with
// one Handler, our rules (page-rules.cjs) around the store:
// - REDIS_URL set: Redis ("redis-strings"), shared by all instances, so an edit on any of them
//   invalidates the page on all at once (docs/architecture.md, "Caching and freshness").
// - unset (the demo, a single instance) or during `next build`: an LRU in this process.
// Redis unreachable: every read and write fails fast (no offline queue, short timeouts), the
// package treats that as a miss, and pages are rendered from the database. It is logged once per
// outage. Tags whose revalidation failed meanwhile are revalidated again when Redis is back.
const { CacheHandler } = require("@fortedigital/nextjs-cache-handler");
const createLruHandler = require("@fortedigital/nextjs-cache-handler/local-lru").default;
const { createClient } = require("redis");
const { readCacheEnv } = require("./cache-env.cjs");
const { memoryListViews, withPageRules } = require("./page-rules.cjs");
const { redisStore } = require("./redis-store.cjs");

const MAX_LIST_VIEWS = 500;
const CONNECT_WAIT_MS = 2000;
// Data-cache entries without a revalidate time (unstable_cache) are kept a day at most.
const DEFAULT_STALE_AGE_SECONDS = 24 * 60 * 60;

function connectRedis(url) {
  const client = createClient({
    url,
    // Fail at once while disconnected instead of queueing commands until a timeout.
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_WAIT_MS, reconnectStrategy: (retries) => Math.min(250 * 2 ** retries, 10_000) },
  });
  const pendingTags = new Set();
  let down = false;
  client.on("error", (error) => {
    if (down) return;
    down = true;
    console.warn(`Page cache: Redis not reachable (${error.code ?? error.message}); pages are rendered without the shared cache until it is back.`);
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    console.info("Page cache: Redis reachable again.");
    const tags = [...pendingTags];
    pendingTags.clear();
    // Edits made during the outage could not delete their pages from Redis: do it now.
    for (const tag of tags) void handlerOf(client).revalidateTag(tag).catch(() => pendingTags.add(tag));
  });
  const connected = client.connect().catch(() => {});
  return { client, pendingTags, connected };
}

const handlers = new WeakMap();
const handlerOf = (client) => handlers.get(client);

CacheHandler.onCreation(async () => {
  const { REDIS_URL, CACHE_KEY_PREFIX } = readCacheEnv(process.env);
  const ttl = { defaultStaleAge: DEFAULT_STALE_AGE_SECONDS, estimateExpireAge: (staleAge) => staleAge * 1.5 };
  if (!REDIS_URL || process.env.NEXT_PHASE === "phase-production-build") {
    const store = createLruHandler({ maxItemsNumber: 1000, maxItemSizeBytes: 200 * 1024 * 1024 });
    return { handlers: [withPageRules(store, { listViews: memoryListViews(MAX_LIST_VIEWS) })], ttl };
  }
  const { client, pendingTags, connected } = connectRedis(REDIS_URL);
  // Give the first requests a connected cache; if Redis is down, start anyway (reads are misses).
  await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref())]);
  const { store, listViews } = redisStore(client, { keyPrefix: CACHE_KEY_PREFIX, maxListViews: MAX_LIST_VIEWS });
  const handler = withPageRules(store, { listViews, onRevalidateFailed: (tag) => pendingTags.add(tag) });
  handlers.set(client, handler);
  return { handlers: [handler], ttl };
});

module.exports = CacheHandler;
