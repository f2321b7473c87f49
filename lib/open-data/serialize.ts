import { enumToSlug } from "@/lib/facets/slug";
import type { AdvisorCardDTO, AdvisorDetailDTO } from "@/lib/advisor/dto";
import { variantUrl } from "@/lib/media/keys";
import { variantWidths } from "@/lib/media/limits";
import type { ProgrammeCardDTO, ProgrammeDetailDTO, ProgrammeLinkDTO } from "@/lib/programme/dto";
import { deriveProgrammeStatus } from "@/lib/programme/status";
import type { ProviderCardDTO, ProviderDetailDTO } from "@/lib/provider/dto";
import type { OpenOrganisation, OpenTaxonomy } from "./queries";
import { apiLink, apiOptionalTexts, apiTexts, type ApiLanguage } from "./language";
import type { Advisor, AdvisorSummary, Organisation, Programme, ProgrammeSummary, Provider, ProviderSummary, Region, Topic } from "./schemas";

// The cached DTOs of the public pages as API records (./schemas.ts). Pure: the status is derived
// from the dates at `now` with the function the pages use, never read from a cache.

export interface Stamp {
  id: string;
  updatedAt: string;
}

const slugs = (values: readonly string[]) => values.map(enumToSlug);
const link = apiLink;

export const PUBLIC_PATHS = { programme: "/foerderprogramme", advisor: "/berater", provider: "/dienstleister", topic: "/foerderprogramme?thema=" } as const;

export function programmeSummary(card: ProgrammeCardDTO, stamp: Stamp, site: string, now: Date, lang: ApiLanguage = null): ProgrammeSummary {
  const { textLanguages } = apiTexts(card, ["title", "summary"], lang);
  return { ...programmeFields(card, stamp, site, now, lang), ...(textLanguages && { textLanguages }) };
}

/** A summary's fields without `textLanguages`, which the full record names for more texts. */
function programmeFields(card: ProgrammeCardDTO, stamp: Stamp, site: string, now: Date, lang: ApiLanguage): Omit<ProgrammeSummary, "textLanguages"> {
  const { texts } = apiTexts(card, ["title", "summary"], lang);
  return {
    id: stamp.id,
    slug: card.slug,
    url: link(site, `${PUBLIC_PATHS.programme}/${card.slug}`, lang),
    title: texts.title,
    summary: texts.summary,
    status: deriveProgrammeStatus(card, now),
    level: enumToSlug(card.level),
    fundingTypes: slugs(card.fundingTypes),
    targetGroups: slugs(card.targetGroups),
    topics: card.topicSlugs,
    regions: card.regionSlugs,
    fundingBodyName: card.fundingBodyName,
    amountText: card.amountText,
    amountMin: card.amountMin,
    amountMax: card.amountMax,
    applicationStart: card.applicationStart,
    deadline: card.deadline,
    publishedAt: card.publishedAt,
    updatedAt: stamp.updatedAt,
  };
}

/** A linked programme with its status (a successor, an advisor's programme), titled in `lang` when asked. */
function programmeLink(p: ProgrammeLinkDTO, site: string, now: Date, lang: ApiLanguage) {
  const { texts, textLanguages } = apiTexts(p, ["title"], lang);
  return {
    slug: p.slug,
    title: texts.title,
    status: deriveProgrammeStatus(p, now),
    url: link(site, `${PUBLIC_PATHS.programme}/${p.slug}`, lang),
    ...(textLanguages && { textLanguages }),
  };
}

export function programmeRecord(p: ProgrammeDetailDTO, card: ProgrammeCardDTO, stamp: Stamp, site: string, now: Date, lang: ApiLanguage = null): Programme {
  const { texts, textLanguages } = apiTexts(p, ["title", "summary", "description"], lang);
  return {
    ...programmeFields(card, { id: stamp.id, updatedAt: p.updatedAt }, site, now, lang),
    description: texts.description,
    eligibility: p.eligibility,
    howToApply: p.howToApply,
    requiredDocuments: p.requiredDocuments,
    sourceUrl: p.sourceUrl,
    legalBasis: { title: p.legalBasisTitle, url: p.legalBasisUrl },
    combinability: p.combinability && enumToSlug(p.combinability),
    combinabilityNote: p.combinabilityNote,
    contact: { name: p.contactName, email: p.contactEmail, phone: p.contactPhone },
    fundingBody: { ...p.fundingBody },
    topicDetails: p.topics.map((t) => ({ slug: t.slug, name: t.name })),
    regionDetails: p.regions.map((r) => ({ slug: r.slug, name: r.name, kind: enumToSlug(r.kind) })),
    successors: p.successors.map((s) => programmeLink(s, site, now, lang)),
    advisors: p.advisors.map((a) => ({ slug: a.slug, name: a.name, organisationName: a.organisationName, url: link(site, `${PUBLIC_PATHS.advisor}/${a.slug}`, lang) })),
    lastVerifiedAt: p.lastVerifiedAt,
    ...(textLanguages && { textLanguages }),
  };
}

export function advisorSummary(card: AdvisorCardDTO, stamp: Stamp, site: string, lang: ApiLanguage = null): AdvisorSummary {
  const required = apiTexts(card, ["summary"], lang);
  const optional = apiOptionalTexts(card, ["jobTitle"], lang);
  return {
    id: stamp.id,
    slug: card.slug,
    url: link(site, `${PUBLIC_PATHS.advisor}/${card.slug}`, lang),
    kind: enumToSlug(card.kind),
    name: card.name,
    jobTitle: optional.texts.jobTitle,
    summary: required.texts.summary,
    ...(required.textLanguages && { textLanguages: { ...required.textLanguages, ...optional.textLanguages } }),
    organisation: { slug: card.organisationSlug, name: card.organisationName },
    topics: card.topicSlugs,
    regions: card.regionSlugs,
    consultationModes: slugs(card.consultationModes),
    town: card.town,
    updatedAt: stamp.updatedAt,
  };
}

export function advisorRecord(a: AdvisorDetailDTO, card: AdvisorCardDTO, stamp: Stamp, site: string, now: Date, lang: ApiLanguage = null): Advisor {
  const summary = advisorSummary(card, { id: stamp.id, updatedAt: a.updatedAt }, site, lang);
  const officeHours = apiOptionalTexts(a, ["officeHours"], lang);
  return {
    ...summary,
    ...(summary.textLanguages && { textLanguages: { ...summary.textLanguages, ...officeHours.textLanguages } }),
    languages: a.languages,
    email: a.email,
    phone: a.phone,
    street: a.street,
    postalCode: a.postalCode,
    officeHours: officeHours.texts.officeHours,
    bookingUrl: a.bookingUrl,
    programmes: a.programmes.map((p) => programmeLink(p, site, now, lang)),
    lastVerifiedAt: a.lastVerifiedAt,
  };
}

export function providerSummary(card: ProviderCardDTO, stamp: Stamp, site: string, lang: ApiLanguage = null): ProviderSummary {
  const { texts, textLanguages } = apiTexts(card, ["summary"], lang);
  return {
    id: stamp.id,
    slug: card.slug,
    url: link(site, `${PUBLIC_PATHS.provider}/${card.slug}`, lang),
    name: card.name,
    summary: texts.summary,
    ...(textLanguages && { textLanguages }),
    services: slugs(card.services),
    industries: slugs(card.industries),
    size: enumToSlug(card.size),
    town: card.town,
    region: card.regionSlug,
    publishedAt: card.publishedAt,
    updatedAt: stamp.updatedAt,
  };
}

export function providerRecord(p: ProviderDetailDTO, card: ProviderCardDTO, stamp: Stamp, site: string, lang: ApiLanguage = null): Provider {
  const widths = p.logo ? variantWidths(p.logo.width) : [];
  const { texts, textLanguages } = apiTexts(p, ["summary", "description"], lang);
  return {
    ...providerSummary(card, { id: stamp.id, updatedAt: p.updatedAt }, site, lang),
    // undefined without lang: JSON leaves the key out, so the answer is as before the parameter
    textLanguages,
    description: texts.description,
    certifications: p.certifications,
    foundedYear: p.foundedYear,
    street: p.street,
    postalCode: p.postalCode,
    email: p.email,
    phone: p.phone,
    website: p.website,
    logoUrl: p.logo ? link(site, variantUrl(p.logo.hash, widths[widths.length - 1]!)) : null,
    references: p.references.map((r) => ({ ...r })),
    lastVerifiedAt: p.lastVerifiedAt,
  };
}

export function organisationRecord(o: OpenOrganisation): Organisation {
  return { ...o, kind: enumToSlug(o.kind) };
}

export function topicRecord(t: OpenTaxonomy["topics"][number], site: string, lang: ApiLanguage = null): Topic {
  return { ...t, url: link(site, `${PUBLIC_PATHS.topic}${t.slug}`, lang) };
}

export function regionRecord(r: OpenTaxonomy["regions"][number]): Region {
  return { ...r, kind: enumToSlug(r.kind) };
}
