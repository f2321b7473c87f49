import type { FundingLevel, FundingType, TargetGroup } from "@/lib/db/enums";
import type { OrganisationRefDTO, RegionDTO, TopicDTO } from "@/lib/taxonomy/dto";
import type { ProgrammeDays } from "./status";

// DTOs carry calendar days as YYYY-MM-DD strings: they survive JSON caches unchanged and the
// status is derived from them at render time, so a cached DTO never carries a stale status.
export interface ProgrammeCardDTO extends ProgrammeDays {
  slug: string;
  title: string;
  summary: string;
  level: FundingLevel;
  fundingTypes: FundingType[];
  targetGroups: TargetGroup[];
  topicSlugs: string[];
  regionSlugs: string[];
  fundingBodyName: string;
  amountText: string | null;
  publishedAt: string;
}

export interface ProgrammeAdvisorDTO {
  slug: string;
  name: string;
  jobTitle: string | null;
  organisationName: string;
  email: string | null;
  phone: string | null;
  regionSlugs: string[];
}

export interface ProgrammeDetailDTO extends ProgrammeDays {
  slug: string;
  title: string;
  summary: string;
  description: string;
  eligibility: string | null;
  howToApply: string | null;
  level: FundingLevel;
  fundingTypes: FundingType[];
  targetGroups: TargetGroup[];
  topics: TopicDTO[];
  regions: RegionDTO[];
  fundingBody: OrganisationRefDTO;
  amountText: string | null;
  amountMin: number | null;
  amountMax: number | null;
  sourceUrl: string;
  /** null: never checked against the source */
  lastVerifiedAt: string | null;
  updatedAt: string;
  advisors: ProgrammeAdvisorDTO[];
}
