// The page cache's settings. Next loads the cache handler outside the app bundle, where lib/env.ts
// (TypeScript, path aliases) cannot be required; so the handler reads these two variables itself,
// validated here with the same schema lib/env.ts applies at app start (docs/conventions.md, rule 11).
const { z } = require("zod");

const emptyIsUnset = (v) => (v === "" ? undefined : v);

const cacheEnvSchema = z.object({
  // Shared page cache of all instances; unset: an in-memory cache per process (one instance).
  REDIS_URL: z.preprocess(emptyIsUnset, z.string().regex(/^rediss?:\/\/[^\s]+$/, "REDIS_URL must start with redis:// or rediss://").optional()),
  // Namespaces this installation's keys, so several (or a test run) can share one Redis.
  CACHE_KEY_PREFIX: z.preprocess(emptyIsUnset, z.string().regex(/^[\w.:-]{1,64}$/, "CACHE_KEY_PREFIX: letters, digits, . _ : - (at most 64)").default("regiontrier:")),
});

/** @param {Record<string, string | undefined>} source */
function readCacheEnv(source = process.env) {
  return cacheEnvSchema.parse(source);
}

module.exports = { cacheEnvSchema, readCacheEnv };
