import type { AdvisorKind, Combinability, FundingLevel, FundingType, TargetGroup } from "@/lib/db/enums";
import type { OrganisationContactDTO, RegionDTO, TopicDTO } from "@/lib/taxonomy/dto";
import type { TranslationValues } from "@/lib/content/translations";
import type { ProgrammeDays } from "./status";

// DTOs carry calendar days as YYYY-MM-DD strings: they survive JSON caches unchanged and the
// status is derived from them at render time, so a cached DTO never carries a stale status.
export interface ProgrammeCardDTO extends ProgrammeDays, TranslationValues<"title" | "summary"> {
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
  /** euros; the Förder-Check compares them with the visitor's budget (lib/foerder-check) */
  amountMin: number | null;
  amountMax: number | null;
  /** "bis … Beschäftigte"; null: no limit stated (the Förder-Check excludes larger companies) */
  maxEmployees: number | null;
  /** "Antrag vor Projektbeginn stellen"; null: not stated */
  applyBeforeProjectStart: boolean | null;
  publishedAt: string;
}

export interface ProgrammeAdvisorDTO extends TranslationValues<"jobTitle"> {
  slug: string;
  name: string;
  /** a person's name, or an advisory desk's German name */
  kind: AdvisorKind;
  jobTitle: string | null;
  organisationName: string;
  email: string | null;
  phone: string | null;
  regionSlugs: string[];
}

/** Another programme linked from a detail page, with the days its status is derived from and its title's translations. */
export interface ProgrammeLinkDTO extends ProgrammeDays, TranslationValues<"title"> {
  slug: string;
  title: string;
}

export interface ProgrammeDetailDTO extends ProgrammeDays, TranslationValues<"title" | "summary" | "description"> {
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
  fundingBody: OrganisationContactDTO;
  amountText: string | null;
  amountMin: number | null;
  amountMax: number | null;
  maxEmployees: number | null;
  applyBeforeProjectStart: boolean | null;
  sourceUrl: string;
  legalBasisTitle: string | null;
  legalBasisUrl: string | null;
  /** rich text, sanitized on save and on render */
  requiredDocuments: string | null;
  /** null: not known */
  combinability: Combinability | null;
  combinabilityNote: string | null;
  /** this programme's contact at the funding body; each empty field falls back to the body's own */
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** "Nachfolger / Alternativen", published ones only */
  successors: ProgrammeLinkDTO[];
  /** null: never checked against the source */
  lastVerifiedAt: string | null;
  updatedAt: string;
  advisors: ProgrammeAdvisorDTO[];
}
