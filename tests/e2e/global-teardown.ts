import { cachePrefix, dropCache } from "./support/page-cache";

/** Removes this run's page cache from Redis (its entries would only expire after 1.5 h). */
export default async function globalTeardown() {
  if (!cachePrefix || process.env.E2E_BASE_URL) return;
  await dropCache().catch((error: Error) => console.warn(`Could not remove the run's page cache (${cachePrefix}*): ${error.message}`));
}
