import type { EventCardDTO, EventDetailDTO } from "@/lib/event/dto";
import { isPastEvent } from "@/lib/event/timing";
import { enumToSlug } from "@/lib/facets/slug";
import type { InitiativeCardDTO, InitiativeDetailDTO, MilestoneDTO } from "@/lib/initiative/dto";
import type { EventSummary, InitiativeSummary, OpenEvent, OpenInitiative } from "./activity-schemas";
import type { Stamp } from "./serialize";
import { apiLink, apiTexts, type ApiLanguage } from "./language";

// Event and initiative DTOs as API records (./activity-schemas.ts). Pure: whether an event is past
// is derived at `now`, never cached; a past event names neither its online nor its registration
// link, as its page.

const link = apiLink;
const EVENT_PATH = "/veranstaltungen";
const INITIATIVE_PATH = "/initiativen";

export function eventSummary(card: EventCardDTO, stamp: Stamp, site: string, now: Date, lang: ApiLanguage = null): EventSummary {
  const { textLanguages } = apiTexts(card, ["title", "summary"], lang);
  return { ...eventFields(card, stamp, site, now, lang), ...(textLanguages && { textLanguages }) };
}

/** A summary's fields without `textLanguages`, which the full record names for more texts. */
function eventFields(card: EventCardDTO, stamp: Stamp, site: string, now: Date, lang: ApiLanguage): Omit<EventSummary, "textLanguages"> {
  const { texts } = apiTexts(card, ["title", "summary"], lang);
  return {
    id: stamp.id,
    slug: card.slug,
    url: link(site, `${EVENT_PATH}/${card.slug}`, lang),
    title: texts.title,
    summary: texts.summary,
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

export function eventRecord(e: EventDetailDTO, card: EventCardDTO, stamp: Stamp, site: string, now: Date, lang: ApiLanguage = null): OpenEvent {
  const summary = eventFields(card, { id: stamp.id, updatedAt: e.updatedAt }, site, now, lang);
  const { texts, textLanguages } = apiTexts(e, ["title", "summary", "description"], lang);
  return {
    ...summary,
    description: texts.description,
    street: e.street,
    postalCode: e.postalCode,
    onlineUrl: summary.past ? null : e.onlineUrl,
    registrationUrl: summary.past ? null : e.registrationUrl,
    calendarUrl: link(site, `${EVENT_PATH}/${e.slug}/kalender.ics`),
    organiserDetails: { ...e.organiser },
    topicDetails: e.topics.map((t) => ({ slug: t.slug, name: t.name })),
    regionDetails: e.regions.map((r) => ({ slug: r.slug, name: r.name, kind: enumToSlug(r.kind) })),
    lastVerifiedAt: e.lastVerifiedAt,
    ...(textLanguages && { textLanguages }),
  };
}

const milestone = (m: MilestoneDTO) => ({ date: m.date, title: m.title, description: m.description, roadmapPhase: m.roadmapPhase && enumToSlug(m.roadmapPhase) });

export function initiativeSummary(card: InitiativeCardDTO, stamp: Stamp, site: string, lang: ApiLanguage = null): InitiativeSummary {
  const { textLanguages } = apiTexts(card, ["title", "summary"], lang);
  return { ...initiativeFields(card, stamp, site, lang), ...(textLanguages && { textLanguages }) };
}

function initiativeFields(card: InitiativeCardDTO, stamp: Stamp, site: string, lang: ApiLanguage): Omit<InitiativeSummary, "textLanguages"> {
  const { texts } = apiTexts(card, ["title", "summary"], lang);
  return {
    id: stamp.id,
    slug: card.slug,
    url: link(site, `${INITIATIVE_PATH}/${card.slug}`, lang),
    title: texts.title,
    summary: texts.summary,
    phase: enumToSlug(card.phase),
    responsibleBody: { slug: card.responsibleBodySlug, name: card.responsibleBodyName },
    topics: card.topicSlugs,
    regions: card.regionSlugs,
    milestones: card.milestones.map(milestone),
    updatedAt: stamp.updatedAt,
  };
}

export function initiativeRecord(i: InitiativeDetailDTO, card: InitiativeCardDTO, stamp: Stamp, site: string, lang: ApiLanguage = null): OpenInitiative {
  const contact = i.contactAdvisor;
  const { texts, textLanguages } = apiTexts(i, ["title", "summary", "description"], lang);
  const programme = (p: InitiativeDetailDTO["programmes"][number]) => {
    const title = apiTexts(p, ["title"], lang);
    return { slug: p.slug, title: title.texts.title, url: link(site, `/foerderprogramme/${p.slug}`, lang), ...(title.textLanguages && { textLanguages: title.textLanguages }) };
  };
  return {
    ...initiativeFields(card, { id: stamp.id, updatedAt: i.updatedAt }, site, lang),
    description: texts.description,
    outcomes: i.outcomes,
    responsibleBodyDetails: { ...i.responsibleBody },
    topicDetails: i.topics.map((t) => ({ slug: t.slug, name: t.name })),
    regionDetails: i.regions.map((r) => ({ slug: r.slug, name: r.name, kind: enumToSlug(r.kind) })),
    programmes: i.programmes.map(programme),
    // Field by field: the DTO also carries what only the page needs (the advisor's kind).
    contact: contact && {
      slug: contact.slug,
      name: contact.name,
      jobTitle: contact.jobTitle,
      organisationName: contact.organisationName,
      url: link(site, `/berater/${contact.slug}`, lang),
    },
    sourceLinks: i.sourceLinks.map((s) => ({ label: s.label, url: s.url })),
    lastVerifiedAt: i.lastVerifiedAt,
    ...(textLanguages && { textLanguages }),
  };
}
