import { isBlank, type PublishIssue } from "@/lib/content/publish-check";

// A published provider must be reachable and say what it offers (docs/content.md).
export type ProviderPublishFields = { email: string | null; phone: string | null; services: readonly string[] };

export function providerPublishIssues(row: ProviderPublishFields): PublishIssue[] {
  const issues: PublishIssue[] = [];
  if (isBlank(row.email) && isBlank(row.phone)) issues.push({ field: "email", message: "publishCheck.contact" });
  if (row.services.length === 0) issues.push({ field: "services", message: "publishCheck.services" });
  return issues;
}
