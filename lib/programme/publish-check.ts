import type { FundingLevel } from "@/lib/db/enums";
import { isBlank, type PublishIssue } from "@/lib/content/publish-check";

// What a published programme must answer (docs/content.md, "Veröffentlichen"): how much, who,
// how to apply and where. Pure, so the import preview and tests can use it too.

/**
 * EU, federal and state programmes cover the whole Trier region by their level; only regional and
 * municipal programmes must name the areas they fund, or the region filter would guess.
 */
export const LEVELS_COVERING_REGION: readonly FundingLevel[] = ["EU", "BUND", "LAND"];

export type ProgrammePublishFields = {
  amountText: string | null;
  amountMin: number | null;
  amountMax: number | null;
  eligibility: string | null;
  howToApply: string | null;
  level: FundingLevel;
  regionIds: readonly string[];
};

export function programmePublishIssues(row: ProgrammePublishFields): PublishIssue[] {
  const issues: PublishIssue[] = [];
  if (isBlank(row.amountText) && row.amountMin === null && row.amountMax === null) issues.push({ field: "amountText", message: "publishCheck.amount" });
  if (isBlank(row.eligibility)) issues.push({ field: "eligibility", message: "publishCheck.eligibility" });
  if (isBlank(row.howToApply)) issues.push({ field: "howToApply", message: "publishCheck.howToApply" });
  if (row.regionIds.length === 0 && !LEVELS_COVERING_REGION.includes(row.level)) issues.push({ field: "regionIds", message: "publishCheck.regions" });
  return issues;
}
