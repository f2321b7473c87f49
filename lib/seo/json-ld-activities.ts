import type { Event, Offer, Project, WithContext } from "schema-dts";
import { localizedText } from "@/lib/content/translations";
import { berlinIsoWithOffset } from "@/lib/dates";
import type { EventDetailDTO } from "@/lib/event/dto";
import { hasVenue } from "@/lib/event/schema";
import type { InitiativeDetailDTO } from "@/lib/initiative/dto";
import type { OrganisationRefDTO } from "@/lib/taxonomy/dto";
import { CONTEXT, area, defined, postalAddress } from "./json-ld";
import type { PageAddress } from "./site-url";

// Events and initiatives (lib/seo/json-ld.ts has the directory types). Same rule: only what the
// page shows, so a past event's page (no online link, no registration link) describes neither.

const ATTENDANCE = {
  VOR_ORT: "https://schema.org/OfflineEventAttendanceMode",
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
} as const;

function organisation(body: OrganisationRefDTO) {
  return defined({ "@type": "Organization" as const, name: body.name, alternateName: body.shortName ?? undefined, url: body.website ?? undefined });
}

const FREE = /^(kostenlos|kostenfrei|gebührenfrei|gratis|frei|0([,.]00?)?\s*(€|eur|euro)?)$/i;
const PRICE = /^(\d{1,6})(?:[,.](\d{1,2}))?\s*(€|eur|euro)(?!\p{L})/iu;

/**
 * Costs are free text ("kostenfrei", "45 € inkl. Verpflegung"). A price goes in only when the text
 * is exactly free or starts with an amount in euros; otherwise the offer carries the text alone.
 */
export function costsOffer(costs: string | null, registrationUrl: string | null): Offer | undefined {
  const text = costs?.trim();
  if (!text) return undefined;
  const amount = FREE.test(text) ? "0" : PRICE.exec(text)?.slice(1, 3).filter(Boolean).join(".");
  return defined({
    "@type": "Offer" as const,
    description: text,
    price: amount,
    priceCurrency: amount === undefined ? undefined : "EUR",
    url: registrationUrl ?? undefined,
  });
}

function eventLocation(event: EventDetailDTO, past: boolean) {
  const place = hasVenue(event.format)
    ? defined({ "@type": "Place" as const, name: event.venueName ?? event.town ?? undefined, address: postalAddress(event, event.regions[0]?.name) })
    : undefined;
  const online = event.format === "VOR_ORT" ? undefined : defined({ "@type": "VirtualLocation" as const, url: past ? undefined : (event.onlineUrl ?? undefined) });
  const locations = [place, online].filter((location) => location !== undefined);
  return locations.length === 1 ? locations[0] : locations;
}

/**
 * An event with local start and end times (Europe/Berlin offsets), how to attend, the organiser
 * and, when its costs are known, an offer. Events carry no cancellation state, so they are
 * "EventScheduled"; a cancelled event is unpublished and leaves the page.
 */
export function eventJsonLd(event: EventDetailDTO, page: PageAddress, past: boolean): WithContext<Event> {
  const name = localizedText(event, "title", page.locale);
  return defined({
    "@context": CONTEXT,
    "@type": "Event" as const,
    "@id": page.id,
    url: page.url,
    name: name.text,
    description: localizedText(event, "summary", page.locale).text,
    inLanguage: name.lang ?? page.locale,
    startDate: berlinIsoWithOffset(new Date(event.startsAt)),
    endDate: berlinIsoWithOffset(new Date(event.endsAt)),
    eventAttendanceMode: ATTENDANCE[event.format],
    eventStatus: "https://schema.org/EventScheduled" as const,
    location: eventLocation(event, past),
    organizer: organisation(event.organiser),
    offers: costsOffer(event.costs, past ? null : event.registrationUrl),
    about: event.topics.map((topic) => topic.name),
  }) as WithContext<Event>;
}

/**
 * An initiative is a schema.org Project: "an enterprise planned to achieve a particular aim", a
 * kind of Organization. That gives it the responsible body as parentOrganization, its Kreise as
 * areaServed and the programmes it draws on as funding (Grant). CreativeWork would describe a
 * document about the initiative, not the undertaking; ResearchProject is too narrow.
 */
export function initiativeJsonLd(initiative: InitiativeDetailDTO, page: PageAddress, programmeUrl: (slug: string) => string): WithContext<Project> {
  return defined({
    "@context": CONTEXT,
    "@type": "Project" as const,
    "@id": page.id,
    url: page.url,
    name: localizedText(initiative, "title", page.locale).text,
    description: localizedText(initiative, "summary", page.locale).text,
    parentOrganization: organisation(initiative.responsibleBody),
    areaServed: initiative.regions.map(area),
    knowsAbout: initiative.topics.map((topic) => topic.name),
    funding: initiative.programmes.map((programme) => ({ "@type": "MonetaryGrant" as const, name: programme.title, url: programmeUrl(programme.slug) })),
    subjectOf: initiative.sourceLinks.map((link) => ({ "@type": "WebPage" as const, name: link.label, url: link.url })),
  }) as WithContext<Project>;
}
