import type { AdvisorKind, ConsultationMode } from "@/lib/db/enums";
import type { ProgrammeDays } from "@/lib/programme/status";
import type { TranslationValues } from "@/lib/content/translations";
import type { OrganisationRefDTO, RegionDTO, TopicDTO } from "@/lib/taxonomy/dto";

/** The facet-relevant projection of a published advisor (the list page filters it in memory). */
export interface AdvisorCardDTO extends TranslationValues<"jobTitle" | "summary"> {
  slug: string;
  kind: AdvisorKind;
  name: string;
  jobTitle: string | null;
  summary: string;
  organisationSlug: string;
  organisationName: string;
  topicSlugs: string[];
  /** Regions as stored: Kreise, or a broader scope such as the whole Region Trier. */
  regionSlugs: string[];
  consultationModes: ConsultationMode[];
  town: string | null;
}

/** A published programme the advisor advises on; dates only, the status is derived at render time. */
export interface AdvisorProgrammeDTO extends ProgrammeDays, TranslationValues<"title"> {
  slug: string;
  title: string;
  fundingBodyName: string;
}

export interface AdvisorDetailDTO extends TranslationValues<"jobTitle" | "summary" | "officeHours"> {
  slug: string;
  kind: AdvisorKind;
  name: string;
  jobTitle: string | null;
  summary: string;
  organisation: OrganisationRefDTO;
  topics: TopicDTO[];
  regions: RegionDTO[];
  languages: string[];
  consultationModes: ConsultationMode[];
  email: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  town: string | null;
  officeHours: string | null;
  bookingUrl: string | null;
  /** null: never checked against the source */
  lastVerifiedAt: string | null;
  updatedAt: string;
  programmes: AdvisorProgrammeDTO[];
}
