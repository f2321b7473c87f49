import type { PublishIssue } from "@/lib/content/publish-check";

// A published initiative says where it happens, in which Themenfeld, and where its information
// comes from (docs/content.md, "Initiativen").
export type InitiativePublishFields = { regions: readonly string[]; topics: readonly string[]; sourceLinks: readonly unknown[] };

export function initiativePublishIssues(row: InitiativePublishFields): PublishIssue[] {
  const issues: PublishIssue[] = [];
  if (row.regions.length === 0) issues.push({ field: "regions", message: "publishCheck.initiativeRegions" });
  if (row.topics.length === 0) issues.push({ field: "topics", message: "publishCheck.initiativeTopics" });
  if (row.sourceLinks.length === 0) issues.push({ field: "sourceLinks", message: "publishCheck.initiativeSources" });
  return issues;
}
