import type { AdvisorKind, InitiativePhase, RoadmapPhase } from "@/lib/db/enums";
import type { TranslationValues } from "@/lib/content/translations";
import type { OrganisationRefDTO, RegionDTO, TopicDTO } from "@/lib/taxonomy/dto";

/** A milestone as pages show it; whether it is reached is derived from the date at render time. */
export interface MilestoneDTO {
  /** calendar day in Europe/Berlin, YYYY-MM-DD */
  date: string;
  title: string;
  description: string | null;
  roadmapPhase: RoadmapPhase | null;
}

/** The facet-relevant projection of a published initiative (the list filters it in memory). */
export interface InitiativeCardDTO extends TranslationValues<"title" | "summary"> {
  slug: string;
  title: string;
  summary: string;
  phase: InitiativePhase;
  responsibleBodySlug: string;
  responsibleBodyName: string;
  /** Regions as stored: Kreise or a wider area (the list's Gebiet filter maps them to Kreise). */
  regionSlugs: string[];
  regionNames: string[];
  topicSlugs: string[];
  /** in date order */
  milestones: MilestoneDTO[];
}

export interface InitiativeProgrammeDTO extends TranslationValues<"title"> {
  slug: string;
  title: string;
}

export interface InitiativeContactDTO extends TranslationValues<"jobTitle"> {
  slug: string;
  name: string;
  /** a person's name, or an advisory desk's German name */
  kind: AdvisorKind;
  jobTitle: string | null;
  organisationName: string;
}

export interface InitiativeDetailDTO extends TranslationValues<"title" | "summary" | "description"> {
  slug: string;
  title: string;
  summary: string;
  description: string;
  phase: InitiativePhase;
  responsibleBody: OrganisationRefDTO;
  regions: RegionDTO[];
  topics: TopicDTO[];
  /** published programmes only */
  programmes: InitiativeProgrammeDTO[];
  /** null when none is named or the advisor entry is not published */
  contactAdvisor: InitiativeContactDTO | null;
  outcomes: string | null;
  milestones: MilestoneDTO[];
  sourceLinks: { label: string; url: string }[];
  /** null: never checked against the source */
  lastVerifiedAt: string | null;
  updatedAt: string;
}

/** A milestone on the Modellregion's roadmap, with the initiative it belongs to (its title translated too). */
export interface RoadmapMilestoneDTO extends MilestoneDTO, TranslationValues<"initiativeTitle"> {
  roadmapPhase: RoadmapPhase;
  initiativeSlug: string;
  initiativeTitle: string;
}

/** One phase of the roadmap and its milestones in date order (every phase present, maybe empty). */
export interface RoadmapPhaseDTO {
  phase: RoadmapPhase;
  milestones: RoadmapMilestoneDTO[];
}
