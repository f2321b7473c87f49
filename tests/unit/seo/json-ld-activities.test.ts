import { describe, expect, it } from "vitest";
import type { EventDetailDTO } from "@/lib/event/dto";
import type { InitiativeDetailDTO } from "@/lib/initiative/dto";
import { costsOffer, eventJsonLd, initiativeJsonLd } from "@/lib/seo/json-ld-activities";
import { berlinIsoWithOffset } from "@/lib/dates";

/** A German page: its address is also the entry's identity. */
const german = (url: string) => ({ id: url, url, locale: "de" as const });

const trier = { slug: "trier", name: "Trier", kind: "KREIS" as const };
const url = "https://portal.example/veranstaltungen/ki-werkstatt";

const event: EventDetailDTO = {
  id: "e1",
  slug: "ki-werkstatt",
  title: "KI-Werkstatt",
  summary: "Praxisabend zu KI im Handwerk",
  description: "<p>Text</p>",
  organiser: { slug: "hwk", name: "Handwerkskammer Trier", shortName: "HWK", website: "https://hwk-trier.de" },
  format: "VOR_ORT",
  venueName: "Tufa",
  street: "Wechselstraße 4",
  postalCode: "54290",
  town: "Trier",
  onlineUrl: null,
  startsAt: "2026-11-20T17:00:00.000Z",
  endsAt: "2026-11-20T19:30:00.000Z",
  costs: "kostenfrei",
  registrationUrl: "https://hwk-trier.de/anmeldung",
  targetGroups: ["KMU"],
  topics: [{ slug: "ki", name: "Künstliche Intelligenz", description: "" }],
  regions: [trier],
  lastVerifiedAt: null,
  updatedAt: "2026-11-01T10:00:00.000Z",
};

describe("berlinIsoWithOffset", () => {
  it("writes Berlin local time with +01:00 in winter and +02:00 in summer", () => {
    expect(berlinIsoWithOffset(new Date("2026-11-20T17:00:00.000Z"))).toBe("2026-11-20T18:00:00+01:00");
    expect(berlinIsoWithOffset(new Date("2026-07-01T08:30:00.000Z"))).toBe("2026-07-01T10:30:00+02:00");
    expect(berlinIsoWithOffset(new Date("2026-03-29T01:00:00.000Z"))).toBe("2026-03-29T03:00:00+02:00");
  });
});

describe("eventJsonLd", () => {
  it("on a French page: the French page's address, the French texts where translated, the German entry as identity", () => {
    const page = { id: url, url: url.replace("portal.example/", "portal.example/fr/"), locale: "fr" as const };
    expect(eventJsonLd({ ...event, titleFr: "Atelier IA" }, page, false)).toMatchObject({
      "@id": url,
      url: page.url,
      name: "Atelier IA",
      // no French summary: the German one, and the event is described as French (its name is)
      description: "Praxisabend zu KI im Handwerk",
      inLanguage: "fr",
    });
    expect(eventJsonLd(event, page, false)).toMatchObject({ name: "KI-Werkstatt", inLanguage: "de" });
  });

  it("describes an event on site with Berlin times, its place, organiser and a free offer", () => {
    expect(eventJsonLd(event, german(url), false)).toEqual({
      "@context": "https://schema.org",
      "@type": "Event",
      "@id": url,
      url,
      name: "KI-Werkstatt",
      description: "Praxisabend zu KI im Handwerk",
      inLanguage: "de",
      startDate: "2026-11-20T18:00:00+01:00",
      endDate: "2026-11-20T20:30:00+01:00",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: {
        "@type": "Place",
        name: "Tufa",
        address: { "@type": "PostalAddress", streetAddress: "Wechselstraße 4", postalCode: "54290", addressLocality: "Trier", addressRegion: "Trier", addressCountry: "DE" },
      },
      organizer: { "@type": "Organization", name: "Handwerkskammer Trier", alternateName: "HWK", url: "https://hwk-trier.de" },
      offers: { "@type": "Offer", description: "kostenfrei", price: "0", priceCurrency: "EUR", url: "https://hwk-trier.de/anmeldung" },
      about: ["Künstliche Intelligenz"],
    });
  });

  it("gives an online event a virtual location and no offer when its costs are unknown", () => {
    const data = eventJsonLd({ ...event, format: "ONLINE", venueName: null, street: null, postalCode: null, town: null, onlineUrl: "https://meet.example/ki", costs: null }, german(url), false);
    expect(data).toMatchObject({ eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode", location: { "@type": "VirtualLocation", url: "https://meet.example/ki" } });
    expect(data).not.toHaveProperty("offers");
  });

  it("gives a hybrid event both locations; a past one names neither its online link nor its registration", () => {
    const hybrid = { ...event, format: "HYBRID" as const, onlineUrl: "https://meet.example/ki" };
    expect(eventJsonLd(hybrid, german(url), false)).toMatchObject({
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      location: [{ "@type": "Place" }, { "@type": "VirtualLocation", url: "https://meet.example/ki" }],
    });
    const past = eventJsonLd(hybrid, german(url), true) as unknown as Record<string, unknown>;
    expect(JSON.stringify(past)).not.toContain("meet.example");
    expect(JSON.stringify(past)).not.toContain("anmeldung");
  });
});

describe("costsOffer", () => {
  it("prices free and euro amounts and keeps any other text as a description", () => {
    expect(costsOffer("Kostenlos", null)).toMatchObject({ price: "0", priceCurrency: "EUR" });
    expect(costsOffer("45,50 € inkl. Verpflegung", null)).toMatchObject({ price: "45.50", priceCurrency: "EUR", description: "45,50 € inkl. Verpflegung" });
    expect(costsOffer("120 EUR", null)).toMatchObject({ price: "120" });
    expect(costsOffer("Mitglieder frei, sonst 20 €", null)).toEqual({ "@type": "Offer", description: "Mitglieder frei, sonst 20 €" });
    expect(costsOffer("  ", "https://x.example")).toBeUndefined();
    expect(costsOffer(null, "https://x.example")).toBeUndefined();
  });
});

describe("initiativeJsonLd", () => {
  const initiative: InitiativeDetailDTO = {
    slug: "glasfaser",
    title: "Glasfaser für alle",
    summary: "Ausbau in der Eifel",
    description: "<p>Text</p>",
    phase: "UMSETZUNG",
    responsibleBody: { slug: "kv", name: "Kreisverwaltung Trier-Saarburg", shortName: null, website: null },
    regions: [trier],
    topics: [{ slug: "breitband", name: "Breitband", description: "" }],
    programmes: [{ slug: "gigabit", title: "Gigabitförderung" }],
    contactAdvisor: null,
    outcomes: null,
    milestones: [],
    sourceLinks: [{ label: "Pressemitteilung", url: "https://kv.example/presse" }],
    lastVerifiedAt: null,
    updatedAt: "2026-11-01T10:00:00.000Z",
  };

  it("describes a Project run by the responsible body, funded by its programmes, with its sources", () => {
    expect(initiativeJsonLd(initiative, german("https://portal.example/initiativen/glasfaser"), (slug) => `https://portal.example/foerderprogramme/${slug}`)).toEqual({
      "@context": "https://schema.org",
      "@type": "Project",
      "@id": "https://portal.example/initiativen/glasfaser",
      url: "https://portal.example/initiativen/glasfaser",
      name: "Glasfaser für alle",
      description: "Ausbau in der Eifel",
      parentOrganization: { "@type": "Organization", name: "Kreisverwaltung Trier-Saarburg" },
      areaServed: [{ "@type": "AdministrativeArea", name: "Trier" }],
      knowsAbout: ["Breitband"],
      funding: [{ "@type": "MonetaryGrant", name: "Gigabitförderung", url: "https://portal.example/foerderprogramme/gigabit" }],
      subjectOf: [{ "@type": "WebPage", name: "Pressemitteilung", url: "https://kv.example/presse" }],
    });
  });
});
