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

/** A funding body as a programme page shows it, with its general contact. */
export interface OrganisationContactDTO extends OrganisationRefDTO {
  email: string | null;
  phone: string | null;
  contactUrl: string | null;
}
