import type {
  AdvisorKind,
  Combinability,
  CompanySize,
  ConsultationMode,
  FundingLevel,
  FundingType,
  Industry,
  OrganisationKind,
  PublicationStatus,
  RegionKind,
  Role,
  ServiceCategory,
  TargetGroup,
} from "@/lib/db/enums";

export type RegionSlug =
  | "stadt-trier"
  | "trier-saarburg"
  | "bernkastel-wittlich"
  | "eifelkreis-bitburg-pruem"
  | "vulkaneifel"
  | "region-trier"
  | "rheinland-pfalz"
  | "deutschland"
  | "eu";

export type KreisSlug = Extract<
  RegionSlug,
  "stadt-trier" | "trier-saarburg" | "bernkastel-wittlich" | "eifelkreis-bitburg-pruem" | "vulkaneifel"
>;

export type TopicSlug =
  | "infrastruktur-technologie"
  | "digitaler-wandel-wirtschaft"
  | "bildung-kompetenz"
  | "digitale-verwaltung"
  | "ki-innovation"
  | "innovation-forschung"
  | "gesundheit"
  | "nachhaltigkeit-teilhabe";

export interface RegionSeed {
  slug: RegionSlug;
  name: string;
  kind: RegionKind;
  sortOrder: number;
}

export interface TopicSeed {
  slug: TopicSlug;
  name: string;
  description: string;
  /** the Themenfeld page's text: plain language, paragraphs separated by a blank line */
  pageText: string;
  sortOrder: number;
}

export interface OrganisationSeed {
  slug: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  description: string;
  website?: string;
  town: string;
}

/**
 * Application window in days relative to the Berlin day the seed runs (negative = past),
 * so the mix of open, rolling, upcoming and closed programmes never goes stale.
 */
export interface RelativeSchedule {
  start: number | null;
  deadline: number | null;
}

export interface ProgrammeSeed {
  slug?: string;
  title: string;
  summary: string;
  description: string;
  eligibility: string;
  howToApply: string;
  fundingBody: string;
  level: FundingLevel;
  fundingTypes: FundingType[];
  targetGroups: TargetGroup[];
  topics: TopicSlug[];
  regions: RegionSlug[];
  amountText: string;
  amountMin?: number;
  amountMax?: number;
  /** "bis … Beschäftigte" (issue 15): only where the texts above name the limit */
  maxEmployees?: number;
  /** "Antrag vor Projektbeginn stellen": only where the texts above say so */
  applyBeforeProjectStart?: boolean;
  schedule: RelativeSchedule;
  sourceUrl: string;
  verifiedDaysAgo: number;
  status?: PublicationStatus;
  advisors: string[];
}

/**
 * What a programme page answers besides the basics (issue 14), by programme slug: documents,
 * legal basis, combinability, the programme's own contact and what replaces it once closed.
 * Demo phone numbers use a 0000 block and e-mail addresses an .example domain, as for advisors.
 */
export interface ProgrammeDetailsSeed {
  legalBasis?: { title: string; url?: string };
  /** one line each; stored as a rich-text list */
  documents: string[];
  combinability: Combinability | null;
  combinabilityNote?: string;
  contact?: { name: string; email?: string; phone?: string };
  /** slugs of successors or alternatives */
  successors?: string[];
}

/** An organisation's general contact, by organisation slug (the same demo rules). */
export interface OrganisationContactSeed {
  email?: string;
  phone?: string;
  contactUrl?: string;
}

export interface AdvisorSeed {
  slug?: string;
  kind: AdvisorKind;
  name: string;
  jobTitle?: string;
  summary: string;
  organisation: string;
  topics: TopicSlug[];
  regions: RegionSlug[];
  languages: string[];
  consultationModes: ConsultationMode[];
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  town: string;
  officeHours?: string;
  bookingUrl?: string;
  verifiedDaysAgo: number;
  status?: PublicationStatus;
}

export interface ProviderReferenceSeed {
  title: string;
  client?: string;
  description: string;
  year?: number;
}

export interface ProviderSeed {
  slug?: string;
  name: string;
  /** Host name without TLD: e-mail kontakt@<domain>.example, website https://<domain>.example */
  domain: string;
  summary: string;
  description: string;
  services: ServiceCategory[];
  industries: Industry[];
  certifications: string[];
  size: CompanySize;
  foundedYear?: number;
  street: string;
  town: string;
  phoneExtension: string;
  references: ProviderReferenceSeed[];
  verifiedDaysAgo: number;
  status?: PublicationStatus;
}

export interface DemoLogin {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** Slug of the advisor or provider profile the account manages. */
  advisor?: string;
  provider?: string;
}
