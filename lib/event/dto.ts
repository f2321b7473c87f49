import type { EventFormat, TargetGroup } from "@/lib/db/enums";
import type { TranslationValues } from "@/lib/content/translations";
import type { OrganisationRefDTO, RegionDTO, TopicDTO } from "@/lib/taxonomy/dto";

/** The facet-relevant projection of a published event (the list pages filter it in memory). */
export interface EventCardDTO extends TranslationValues<"title" | "summary"> {
  id: string;
  slug: string;
  title: string;
  summary: string;
  format: EventFormat;
  venueName: string | null;
  town: string | null;
  /** ISO instants; whether the event is past is derived from endsAt at render time */
  startsAt: string;
  endsAt: string;
  costs: string | null;
  organiserSlug: string;
  organiserName: string;
  topicSlugs: string[];
  /** Regions as stored: Kreise, or a broader scope such as the whole Region Trier. */
  regionSlugs: string[];
  targetGroups: TargetGroup[];
  /** ISO instant of the last change: the calendar files' DTSTAMP */
  updatedAt: string;
}

export interface EventDetailDTO extends TranslationValues<"title" | "summary" | "description"> {
  id: string;
  slug: string;
  title: string;
  summary: string;
  /** rich text, sanitized on save and on render */
  description: string;
  organiser: OrganisationRefDTO;
  format: EventFormat;
  venueName: string | null;
  street: string | null;
  postalCode: string | null;
  town: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  costs: string | null;
  registrationUrl: string | null;
  targetGroups: TargetGroup[];
  topics: TopicDTO[];
  regions: RegionDTO[];
  /** null: never checked against the source */
  lastVerifiedAt: string | null;
  updatedAt: string;
}
