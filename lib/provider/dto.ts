import type { TranslationValues } from "@/lib/content/translations";
import type { CompanySize, Industry, ServiceCategory } from "@/lib/db/enums";
import type { LogoDTO } from "@/lib/media/dto";
import type { RegionDTO } from "@/lib/taxonomy/dto";

/** The facet-relevant projection of a published provider (the list page filters it in memory). */
export interface ProviderCardDTO extends TranslationValues<"summary"> {
  slug: string;
  name: string;
  summary: string;
  services: ServiceCategory[];
  industries: Industry[];
  size: CompanySize;
  town: string;
  /** The Kreis of the provider's seat. */
  regionSlug: string;
  regionName: string;
  publishedAt: string;
  logo: LogoDTO | null;
}

export interface ProviderReferenceDTO {
  title: string;
  client: string | null;
  description: string;
  year: number | null;
}

export interface ProviderDetailDTO extends TranslationValues<"summary" | "description"> {
  slug: string;
  name: string;
  summary: string;
  description: string;
  services: ServiceCategory[];
  industries: Industry[];
  certifications: string[];
  size: CompanySize;
  foundedYear: number | null;
  street: string | null;
  postalCode: string | null;
  town: string;
  region: RegionDTO;
  email: string | null;
  phone: string | null;
  website: string | null;
  references: ProviderReferenceDTO[];
  logo: LogoDTO | null;
  /** null: never checked against the source */
  lastVerifiedAt: string | null;
  updatedAt: string;
}
