import "server-only";
import { env } from "@/lib/env";
import { internalToken } from "./internal-token";

export const appInternalUrl = () => env.APP_INTERNAL_URL ?? `http://127.0.0.1:${env.PORT}`;

/**
 * The handler of `cache.invalidate`: asks the app to expire these tags. An app that is down or
 * answers with an error makes the job fail, and the queue tries again with backoff.
 */
export async function requestCacheInvalidation(tags: string[], fetcher: typeof fetch = fetch): Promise<void> {
  const response = await fetcher(`${appInternalUrl()}/api/intern/cache`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${internalToken()}` },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`the app answered ${response.status} to the cache invalidation`);
}
