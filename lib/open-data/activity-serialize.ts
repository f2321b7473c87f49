import type { EventCardDTO, EventDetailDTO } from "@/lib/event/dto";
import { isPastEvent } from "@/lib/event/timing";
import { enumToSlug } from "@/lib/facets/slug";
import type { InitiativeCardDTO, InitiativeDetailDTO, MilestoneDTO } from "@/lib/initiative/dto";
import type { EventSummary, InitiativeSummary, OpenEvent, OpenInitiative } from "./activity-schemas";
import type { Stamp } from "./serialize";

// Event and initiative DTOs as API records (./activity-schemas.ts). Pure: whether an event is past
// is derived at `now`, never cached; a past event names neither its online nor its registration
// link, as its page.

const link = (site: string, path: string) => new URL(path, site).toString();
const EVENT_PATH = "/veranstaltungen";
const INITIATIVE_PATH = "/initiativen";

export function eventSummary(card: EventCardDTO, stamp: Stamp, site: string, now: Date): EventSummary {
  return {
    id: stamp.id,
    slug: card.slug,
    url: link(site, `${EVENT_PATH}/${card.slug}`),
    title: card.title,
    summary: card.summary,
    format: enumToSlug(card.format),
    startsAt: card.startsAt,
    endsAt: card.endsAt,
    past: isPastEvent(card, now),
    venueName: card.venueName,
    town: card.town,
    costs: card.costs,
    organiser: { slug: card.organiserSlug, name: card.organiserName },
    topics: card.topicSlugs,
    regions: card.regionSlugs,
    targetGroups: card.targetGroups.map(enumToSlug),
    updatedAt: stamp.updatedAt,
  };
}

export function eventRecord(e: EventDetailDTO, card: EventCardDTO, stamp: Stamp, site: string, now: Date): OpenEvent {
  const summary = eventSummary(card, { id: stamp.id, updatedAt: e.updatedAt }, site, now);
  return {
    ...summary,
    description: e.description,
    street: e.street,
    postalCode: e.postalCode,
    onlineUrl: summary.past ? null : e.onlineUrl,
    registrationUrl: summary.past ? null : e.registrationUrl,
    calendarUrl: link(site, `${EVENT_PATH}/${e.slug}/kalender.ics`),
    organiserDetails: { ...e.organiser },
    topicDetails: e.topics.map((t) => ({ slug: t.slug, name: t.name })),
    regionDetails: e.regions.map((r) => ({ slug: r.slug, name: r.name, kind: enumToSlug(r.kind) })),
    lastVerifiedAt: e.lastVerifiedAt,
  };
}

const milestone = (m: MilestoneDTO) => ({ date: m.date, title: m.title, description: m.description, roadmapPhase: m.roadmapPhase && enumToSlug(m.roadmapPhase) });

export function initiativeSummary(card: InitiativeCardDTO, stamp: Stamp, site: string): InitiativeSummary {
  return {
    id: stamp.id,
    slug: card.slug,
    url: link(site, `${INITIATIVE_PATH}/${card.slug}`),
    title: card.title,
    summary: card.summary,
    phase: enumToSlug(card.phase),
    responsibleBody: { slug: card.responsibleBodySlug, name: card.responsibleBodyName },
    topics: card.topicSlugs,
    regions: card.regionSlugs,
    milestones: card.milestones.map(milestone),
    updatedAt: stamp.updatedAt,
  };
}

export function initiativeRecord(i: InitiativeDetailDTO, card: InitiativeCardDTO, stamp: Stamp, site: string): OpenInitiative {
  const contact = i.contactAdvisor;
  return {
    ...initiativeSummary(card, { id: stamp.id, updatedAt: i.updatedAt }, site),
    description: i.description,
    outcomes: i.outcomes,
    responsibleBodyDetails: { ...i.responsibleBody },
    topicDetails: i.topics.map((t) => ({ slug: t.slug, name: t.name })),
    regionDetails: i.regions.map((r) => ({ slug: r.slug, name: r.name, kind: enumToSlug(r.kind) })),
    programmes: i.programmes.map((p) => ({ slug: p.slug, title: p.title, url: link(site, `/foerderprogramme/${p.slug}`) })),
    contact: contact && { ...contact, url: link(site, `/berater/${contact.slug}`) },
    sourceLinks: i.sourceLinks.map((s) => ({ label: s.label, url: s.url })),
    lastVerifiedAt: i.lastVerifiedAt,
  };
}
