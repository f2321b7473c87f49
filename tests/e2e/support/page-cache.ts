import { createClient } from "redis";

// The page cache of the servers under test: Redis under this run's key prefix (playwright.config.ts).
export const cachePrefix = process.env.E2E_CACHE_KEY_PREFIX ?? "";
const redisUrl = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/0";

const newClient = () => createClient({ url: redisUrl });

async function withRedis<T>(fn: (client: ReturnType<typeof newClient>) => Promise<T>): Promise<T> {
  const client = newClient();
  await client.connect();
  try {
    return await fn(client);
  } finally {
    client.destroy();
  }
}

/** The page-cache keys (without the prefix) whose key matches `pattern` (Redis glob, e.g. "*berater/ansicht/*"). */
export function cachedKeys(pattern: string): Promise<string[]> {
  return withRedis(async (client) => {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: `${cachePrefix}${pattern}`, COUNT: 1000 })) keys.push(...batch);
    return keys.map((key) => key.slice(cachePrefix.length)).filter((key) => !key.startsWith("__"));
  });
}

/** The stored entry of one key (as the cache handler wrote it), or null. */
export function cachedEntry(key: string): Promise<{ tags: string[]; value: { kind: string; status?: number } } | null> {
  return withRedis(async (client) => {
    const raw = await client.get(`${cachePrefix}${key}`);
    return raw ? JSON.parse(raw) : null;
  });
}

/** Deletes every key of this run's prefix. */
export function dropCache(): Promise<void> {
  return withRedis(async (client) => {
    for await (const batch of client.scanIterator({ MATCH: `${cachePrefix}*`, COUNT: 1000 })) if (batch.length > 0) await client.unlink(batch);
  });
}
