import "server-only";
import { db } from "@/lib/db/client";
import type { OrganisationKind, RegionKind } from "@/lib/db/enums";
import { publishedOnly } from "@/lib/publication";

// Public reads for the open data API (docs/architecture.md, "Open data API"): what the cached
// cards of the list pages lack — the immutable id the cursor pages by and the last change — and
// the organisations and taxonomy with their ids. Strings, not Dates: the results are cached as JSON.

export interface EntryStamp {
  id: string;
  slug: string;
  updatedAt: string;
}

export interface PublishedStamps {
  programmes: EntryStamp[];
  advisors: EntryStamp[];
  providers: EntryStamp[];
  events: EntryStamp[];
  initiatives: EntryStamp[];
  /** when this read ran: lists answer Last-Modified from it (an unpublished entry leaves no stamp) */
  readAt: string;
}

const stampSelect = { select: { id: true, slug: true, updatedAt: true }, orderBy: { id: "asc" as const } };
const stamps = (rows: { id: string; slug: string; updatedAt: Date }[]): EntryStamp[] =>
  rows.map((row) => ({ id: row.id, slug: row.slug, updatedAt: row.updatedAt.toISOString() }));

export async function listPublishedStamps(): Promise<PublishedStamps> {
  const [programmes, advisors, providers, events, initiatives] = await Promise.all([
    db.programme.findMany({ where: publishedOnly(), ...stampSelect }),
    db.advisor.findMany({ where: publishedOnly(), ...stampSelect }),
    db.provider.findMany({ where: publishedOnly(), ...stampSelect }),
    db.event.findMany({ where: publishedOnly(), ...stampSelect }),
    db.initiative.findMany({ where: publishedOnly(), ...stampSelect }),
  ]);
  return {
    programmes: stamps(programmes),
    advisors: stamps(advisors),
    providers: stamps(providers),
    events: stamps(events),
    initiatives: stamps(initiatives),
    readAt: new Date().toISOString(),
  };
}

export interface OpenOrganisation {
  id: string;
  slug: string;
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  description: string | null;
  website: string | null;
  town: string | null;
  email: string | null;
  phone: string | null;
  contactUrl: string | null;
  updatedAt: string;
}

export interface OpenTaxonomy {
  topics: { id: string; slug: string; name: string; description: string }[];
  regions: { id: string; slug: string; name: string; kind: RegionKind }[];
  organisations: OpenOrganisation[];
  readAt: string;
}

/**
 * Organisations are public only through published entries: a funding body of a published
 * programme or the institution of a published advisor (their contact is on those pages already).
 */
export async function listOpenTaxonomy(): Promise<OpenTaxonomy> {
  const [topics, regions, organisations] = await Promise.all([
    db.topic.findMany({ select: { id: true, slug: true, name: true, description: true }, orderBy: { id: "asc" } }),
    db.region.findMany({ select: { id: true, slug: true, name: true, kind: true }, orderBy: { id: "asc" } }),
    db.organisation.findMany({
      where: { OR: [{ programmes: { some: publishedOnly() } }, { advisors: { some: publishedOnly() } }] },
      select: {
        id: true,
        slug: true,
        name: true,
        shortName: true,
        kind: true,
        description: true,
        website: true,
        town: true,
        email: true,
        phone: true,
        contactUrl: true,
        updatedAt: true,
      },
      orderBy: { id: "asc" },
    }),
  ]);
  return {
    topics,
    regions,
    organisations: organisations.map((o) => ({ ...o, updatedAt: o.updatedAt.toISOString() })),
    readAt: new Date().toISOString(),
  };
}
