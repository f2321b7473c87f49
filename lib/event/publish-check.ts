import { isBlank, type PublishIssue } from "@/lib/content/publish-check";
import type { EventFormat } from "@/lib/db/enums";
import { hasVenue, isOnline } from "./schema";

// A published event must say who runs it, when, where or how to join, and for which Kreise
// (docs/content.md). The form asks for most of it already; this also guards imported rows.
export type EventPublishFields = {
  organiser: string | null;
  format: EventFormat;
  venueName: string | null;
  town: string | null;
  onlineUrl: string | null;
  startsAt: string | null;
  endsAt: string | null;
  regions: readonly string[];
};

export function eventPublishIssues(row: EventPublishFields): PublishIssue[] {
  const issues: PublishIssue[] = [];
  if (isBlank(row.organiser)) issues.push({ field: "organiser", message: "eventEditor.publishCheck.organiser" });
  if (isBlank(row.startsAt) || isBlank(row.endsAt) || row.endsAt! < row.startsAt!) {
    issues.push({ field: "startsAt", message: "eventEditor.publishCheck.dates" });
  }
  if (hasVenue(row.format) && (isBlank(row.venueName) || isBlank(row.town))) issues.push({ field: "venueName", message: "eventEditor.publishCheck.venue" });
  if (isOnline(row.format) && isBlank(row.onlineUrl)) issues.push({ field: "onlineUrl", message: "eventEditor.publishCheck.onlineUrl" });
  if (row.regions.length === 0) issues.push({ field: "regions", message: "eventEditor.publishCheck.regions" });
  return issues;
}
