import "server-only";
import { revalidateTag } from "next/cache";

/**
 * Expires cached public pages and data carrying these tags at once (not stale-while-revalidate:
 * after an edit nobody may see the old status or text). Call it after the transaction committed.
 *
 * Outside a Next.js request (integration tests, scripts, the worker) there is no cache to expire
 * and Next throws an invariant error; that case is ignored. Code outside Next queues a
 * `cache.invalidate` job instead, which the worker hands to the app (app/api/intern/cache).
 */
export function invalidateTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (error instanceof Error && error.message.includes("static generation store missing")) return;
      throw error;
    }
  }
}
