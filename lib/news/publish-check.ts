import type { PublishIssue } from "@/lib/content/publish-check";

// A published news item belongs to at least one Themenfeld: the list's Themenfeld filter, the
// per-topic feed and the Themenfeld pages find it there (docs/content.md, "Aktuelles").
export type NewsPublishFields = { topics: readonly string[] };

export function newsPublishIssues(row: NewsPublishFields): PublishIssue[] {
  return row.topics.length === 0 ? [{ field: "topics", message: "publishCheck.newsTopics" }] : [];
}
