import "server-only";
import type { ContentType } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";

// Every content type names its public cache tags the same way: one tag for all its pages and
// lists, one per entry. The cached reads (lib/<type>/cached.ts) put them on what they cache; the
// services expire them after a write. One table, so a type can name another's tags (a programme
// page lists its advisors) without importing that type's module.
export type ContentTags = { all: string; one: (slug: string) => string };

const tagsOf = (all: string, prefix: string): ContentTags => ({ all, one: (slug) => `${prefix}:${slug}` });

export const CONTENT_TAGS: Record<ContentType, ContentTags> = {
  programme: tagsOf("programmes", "programme"),
  advisor: tagsOf("advisors", "advisor"),
  provider: tagsOf("providers", "provider"),
  event: tagsOf("events", "event"),
  initiative: tagsOf("initiatives", "initiative"),
  news: tagsOf("news", "news"),
};

/** The tags of the type's lists and of each named entry (old and new slug after a rename). */
export function entryTags(tags: ContentTags, slugs: readonly string[]): string[] {
  return [tags.all, ...[...new Set(slugs)].map((slug) => tags.one(slug))];
}

/** Expires the written entry's public pages; call only once its transaction has committed. */
export function invalidateAfterCommit<T extends { tags: string[] }>(result: T): T {
  invalidateTags(result.tags);
  return result;
}
