import { isBlank, type PublishIssue } from "@/lib/content/publish-check";

// A published advisor must be reachable and say where it advises (docs/content.md).
export type AdvisorPublishFields = { email: string | null; phone: string | null; regions: readonly string[] };

export function advisorPublishIssues(row: AdvisorPublishFields): PublishIssue[] {
  const issues: PublishIssue[] = [];
  if (isBlank(row.email) && isBlank(row.phone)) issues.push({ field: "email", message: "publishCheck.contact" });
  if (row.regions.length === 0) issues.push({ field: "regions", message: "publishCheck.advisorRegions" });
  return issues;
}
