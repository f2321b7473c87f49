import "server-only";
import { invalidateTags } from "@/lib/cache/invalidate";
import { ADVISOR_TAGS } from "./cached";

// The cache tags the public advisor reads use (lib/advisor/cached.ts). Programme detail pages
// list their advisors and carry the "advisors" tag, so they are covered by ADVISOR_TAGS.all.
export function advisorTags(slugs: readonly string[]): string[] {
  return [ADVISOR_TAGS.all, ...[...new Set(slugs)].map((slug) => ADVISOR_TAGS.one(slug))];
}

/** Expires the written entry's public pages; call only once its transaction has committed. */
export function invalidateAfterCommit<T extends { tags: string[] }>(result: T): T {
  invalidateTags(result.tags);
  return result;
}
