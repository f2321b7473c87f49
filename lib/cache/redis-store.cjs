// The shared page cache: @fortedigital/nextjs-cache-handler's "redis-strings" handler (entries as
// Redis strings with key TTLs; tags in a shared hash, so revalidateTag on any instance deletes the
// entries for all of them), plus the per-list index of list views as one sorted set per list.
const createRedisHandler = require("@fortedigital/nextjs-cache-handler/redis-strings").default;

// A Redis that hangs must not hang the page: after this the store counts as failed (a miss).
const TIMEOUT_MS = 1000;
// The index only needs to outlive the list views it names (page TTL: revalidate × 1.5).
const LIST_INDEX_TTL_SECONDS = 24 * 60 * 60;

function redisListViews(client, keyPrefix, maxListViews) {
  const redis = () => client.withAbortSignal(AbortSignal.timeout(TIMEOUT_MS));
  return {
    async add(list, key) {
      const index = `${keyPrefix}__listViews__:${list}`;
      await redis().zAdd(index, { score: Date.now(), value: key });
      await redis().expire(index, LIST_INDEX_TTL_SECONDS);
      const excess = (await redis().zCard(index)) - maxListViews;
      if (excess <= 0) return [];
      const evicted = await redis().zRange(index, 0, excess - 1);
      if (evicted.length > 0) await redis().zRem(index, evicted);
      return evicted;
    },
  };
}

/** The store and list index for a connected (or reconnecting) node-redis client. */
function redisStore(client, { keyPrefix, maxListViews }) {
  return {
    store: createRedisHandler({
      client,
      keyPrefix,
      timeoutMs: TIMEOUT_MS,
      // SET …, then EXPIREAT: every entry ends by its lifespan, so Redis never fills with old pages.
      keyExpirationStrategy: "EXPIREAT",
    }),
    listViews: redisListViews(client, keyPrefix, maxListViews),
  };
}

module.exports = { redisStore, redisListViews, TIMEOUT_MS };
