import { z } from "zod";
import {
  AdvisorKind,
  Combinability,
  CompanySize,
  ConsultationMode,
  FundingLevel,
  FundingType,
  Industry,
  OrganisationKind,
  RegionKind,
  ServiceCategory,
  TargetGroup,
} from "@/lib/db/enums";
import { enumToSlug } from "@/lib/facets/slug";
import { PROGRAMME_STATUSES } from "@/lib/programme/status";
import { LOCALES } from "@/lib/i18n/config";

// The open data API's answers as zod schemas: the handlers' serializers are typed by them, the
// OpenAPI document (./openapi.ts) is generated from them and the contract tests validate real
// answers against that document. Fields are English camelCase; enum values are the same lowercase
// slugs the public list URLs filter by (ZUSCHUSS → zuschuss), stable because they derive from the
// enum names in schema.prisma, not from labels.
export const openDataRegistry = z.registry<{ id: string; description?: string }>();

function slugEnum(values: Record<string, string>, id: string, description: string) {
  const slugs = Object.values(values).map(enumToSlug) as [string, ...string[]];
  return z.enum(slugs).register(openDataRegistry, { id, description });
}

export const fundingLevelSlug = slugEnum(FundingLevel, "FundingLevel", "Fördergeber-Ebene");
export const fundingTypeSlug = slugEnum(FundingType, "FundingType", "Förderart");
export const targetGroupSlug = slugEnum(TargetGroup, "TargetGroup", "Zielgruppe");
export const combinabilitySlug = slugEnum(Combinability, "Combinability", "Kombinierbarkeit mit anderen Förderungen");
export const regionKindSlug = slugEnum(RegionKind, "RegionKind", "Art des Gebiets");
export const organisationKindSlug = slugEnum(OrganisationKind, "OrganisationKind", "Art der Organisation");
export const advisorKindSlug = slugEnum(AdvisorKind, "AdvisorKind", "person: eine Beraterin oder ein Berater; desk: eine Beratungsstelle");
export const consultationModeSlug = slugEnum(ConsultationMode, "ConsultationMode", "Beratungsform");
export const serviceSlug = slugEnum(ServiceCategory, "Service", "Leistung eines Dienstleisters");
export const industrySlug = slugEnum(Industry, "Industry", "Branche");
export const companySizeSlug = slugEnum(CompanySize, "CompanySize", "Unternehmensgröße");
export const programmeStatus = z.enum(PROGRAMME_STATUSES).register(openDataRegistry, {
  id: "ProgrammeStatus",
  description:
    "Abgeleitet aus den Daten (Europe/Berlin): open = Antrag möglich bis zur Frist (einschließlich des Fristtags), rolling = laufend ohne Frist, upcoming = Antragsstart in der Zukunft, closed = Frist abgelaufen",
});

export const languageCode = z.enum(LOCALES).register(openDataRegistry, { id: "Language", description: "Sprache eines Textes: de (Original), fr oder en" });

/**
 * Only with `lang` (./language.ts): the language of each translatable text of an entry, the asked
 * one where the entry has a translation, else de (the German original).
 */
export function textLanguages<F extends string>(...fields: [F, ...F[]]) {
  return languagesOf<F, never>(fields, []);
}

/** textLanguages with texts an entry may lack (`optional`): a missing text names no language. */
export function optionalTextLanguages<F extends string, O extends string>(fields: [F, ...F[]], optional: [O, ...O[]]) {
  return languagesOf(fields, optional);
}

function languagesOf<F extends string, O extends string>(fields: readonly F[], optional: readonly O[]) {
  return z
    .object({
      ...(Object.fromEntries(fields.map((field) => [field, languageCode])) as Record<F, typeof languageCode>),
      ...(Object.fromEntries(optional.map((field) => [field, languageCode.optional()])) as Record<O, z.ZodOptional<typeof languageCode>>),
    })
    .optional()
    .describe("Nur mit dem Parameter lang: in welcher Sprache jeder dieser Texte steht – die angefragte, wo es eine Übersetzung gibt, sonst de (das deutsche Original)");
}

const day = z.iso.date().describe("Kalendertag (ISO 8601, Europe/Berlin)");
const instant = z.iso.datetime().describe("Zeitpunkt (ISO 8601, UTC)");
const url = z.string().describe("absolute oder portal-relative Adresse");
const id = z.string().describe("unveränderliche Kennung; bleibt gleich, wenn sich der Slug ändert");
const slug = z.string().describe("Teil der Adresse; kann sich ändern");

export const topicSchema = z.object({ id, slug, name: z.string(), description: z.string(), url }).register(openDataRegistry, { id: "Topic" });
export const regionSchema = z.object({ id, slug, name: z.string(), kind: regionKindSlug }).register(openDataRegistry, { id: "Region" });
const ref = z.object({ slug, name: z.string() });

export const organisationSchema = z
  .object({
    id,
    slug,
    name: z.string(),
    shortName: z.string().nullable(),
    kind: organisationKindSlug,
    description: z.string().nullable(),
    website: z.string().nullable(),
    town: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    contactUrl: z.string().nullable(),
    updatedAt: instant,
  })
  .register(openDataRegistry, { id: "Organisation", description: "Fördergeber oder Beratungseinrichtung veröffentlichter Einträge" });

/** A linked programme (a successor, an advisor's), with its status at the time of the answer. */
const programmeLink = z.object({ slug, title: z.string(), status: programmeStatus, url, textLanguages: textLanguages("title") });

const programmeCore = {
  id,
  slug,
  url,
  title: z.string(),
  summary: z.string(),
  status: programmeStatus,
  level: fundingLevelSlug,
  fundingTypes: z.array(fundingTypeSlug),
  targetGroups: z.array(targetGroupSlug),
  topics: z.array(z.string()).describe("Slugs der Themenfelder"),
  regions: z.array(z.string()).describe("Slugs der Gebiete"),
  fundingBodyName: z.string(),
  amountText: z.string().nullable(),
  amountMin: z.number().int().nullable().describe("Euro"),
  amountMax: z.number().int().nullable().describe("Euro"),
  applicationStart: day.nullable(),
  deadline: day.nullable().describe("null: laufend, ohne Frist"),
  publishedAt: instant,
  updatedAt: instant,
  textLanguages: textLanguages("title", "summary"),
};
export const programmeSummarySchema = z.object(programmeCore).register(openDataRegistry, { id: "ProgrammeSummary" });

export const programmeSchema = z
  .object({
    ...programmeCore,
    description: z.string().describe("HTML (Absätze, Listen, Links, Überschriften), bereinigt"),
    eligibility: z.string().nullable(),
    howToApply: z.string().nullable(),
    requiredDocuments: z.string().nullable(),
    sourceUrl: z.string(),
    legalBasis: z.object({ title: z.string().nullable(), url: z.string().nullable() }),
    combinability: combinabilitySlug.nullable(),
    combinabilityNote: z.string().nullable(),
    contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }).describe("Ansprechpartner beim Fördergeber, soweit veröffentlicht"),
    fundingBody: z.object({
      slug,
      name: z.string(),
      shortName: z.string().nullable(),
      website: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      contactUrl: z.string().nullable(),
    }),
    topicDetails: z.array(ref),
    regionDetails: z.array(ref.extend({ kind: regionKindSlug })),
    successors: z.array(programmeLink),
    advisors: z.array(ref.extend({ organisationName: z.string(), url })),
    lastVerifiedAt: instant.nullable(),
    textLanguages: textLanguages("title", "summary", "description"),
  })
  .register(openDataRegistry, { id: "Programme" });

const advisorCore = {
  id,
  slug,
  url,
  kind: advisorKindSlug,
  name: z.string(),
  jobTitle: z.string().nullable(),
  summary: z.string(),
  textLanguages: optionalTextLanguages(["summary"], ["jobTitle"]),
  organisation: ref,
  topics: z.array(z.string()).describe("Slugs der Themenfelder"),
  regions: z.array(z.string()).describe("Slugs der Gebiete"),
  consultationModes: z.array(consultationModeSlug),
  town: z.string().nullable(),
  updatedAt: instant,
};
export const advisorSummarySchema = z.object(advisorCore).register(openDataRegistry, { id: "AdvisorSummary" });
export const advisorSchema = z
  .object({
    ...advisorCore,
    languages: z.array(z.string()).describe("ISO 639-1"),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    officeHours: z.string().nullable(),
    bookingUrl: z.string().nullable(),
    programmes: z.array(programmeLink),
    textLanguages: optionalTextLanguages(["summary"], ["jobTitle", "officeHours"]),
    lastVerifiedAt: instant.nullable(),
  })
  .register(openDataRegistry, { id: "Advisor" });

const providerCore = {
  id,
  slug,
  url,
  name: z.string(),
  summary: z.string(),
  textLanguages: textLanguages("summary"),
  services: z.array(serviceSlug),
  industries: z.array(industrySlug),
  size: companySizeSlug,
  town: z.string(),
  region: z.string().describe("Slug des Kreises des Sitzes"),
  publishedAt: instant,
  updatedAt: instant,
};
export const providerSummarySchema = z.object(providerCore).register(openDataRegistry, { id: "ProviderSummary" });
export const providerSchema = z
  .object({
    ...providerCore,
    description: z.string(),
    textLanguages: textLanguages("summary", "description"),
    certifications: z.array(z.string()),
    foundedYear: z.number().int().nullable(),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    logoUrl: z.string().nullable(),
    references: z.array(z.object({ title: z.string(), client: z.string().nullable(), description: z.string(), year: z.number().int().nullable() })),
    lastVerifiedAt: instant.nullable(),
  })
  .register(openDataRegistry, { id: "Provider" });

/** One page of a list: `nextCursor` is null on the last page. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      limit: z.number().int(),
      nextCursor: z.string().nullable().describe("an `cursor` übergeben für die nächste Seite; null auf der letzten"),
      next: z.string().nullable().describe("Adresse der nächsten Seite"),
    })
    .register(openDataRegistry, { id: `${name}Page` });
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    field: z.string().optional(),
  })
  .register(openDataRegistry, { id: "Problem", description: "RFC 9457 (application/problem+json)" });

export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type AdvisorSummary = z.infer<typeof advisorSummarySchema>;
export type Advisor = z.infer<typeof advisorSchema>;
export type ProviderSummary = z.infer<typeof providerSummarySchema>;
export type Provider = z.infer<typeof providerSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Region = z.infer<typeof regionSchema>;
