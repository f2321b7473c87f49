import type { RegionKind } from "@/lib/db/enums";

export interface TopicDTO {
  slug: string;
  name: string;
  description: string;
}

export interface RegionDTO {
  slug: string;
  name: string;
  kind: RegionKind;
}

export interface OrganisationRefDTO {
  slug: string;
  name: string;
  shortName: string | null;
  website: string | null;
}
