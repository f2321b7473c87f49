import { z } from "zod";
import { EventFormat, InitiativePhase, RoadmapPhase, TargetGroup } from "@/lib/db/enums";
import { enumToSlug } from "@/lib/facets/slug";
import { openDataRegistry, regionKindSlug, textLanguages } from "./schemas";

// Events and initiatives in the open data API, registered beside the directories' schemas
// (./schemas.ts) in the same registry, so the OpenAPI document and the contract tests see them.

function slugEnum(values: Record<string, string>, id: string, description: string) {
  const slugs = Object.values(values).map(enumToSlug) as [string, ...string[]];
  return z.enum(slugs).register(openDataRegistry, { id, description });
}

export const eventFormatSlug = slugEnum(EventFormat, "EventFormat", "Format: vor-ort, online oder hybrid");
export const initiativePhaseSlug = slugEnum(InitiativePhase, "InitiativePhase", "Phase der Initiative");
export const roadmapPhaseSlug = slugEnum(RoadmapPhase, "RoadmapPhase", "Phase des Fahrplans der Modellregion");
const targetGroup = z.enum(Object.values(TargetGroup).map(enumToSlug) as [string, ...string[]]);

const day = z.iso.date().describe("Kalendertag (ISO 8601, Europe/Berlin)");
const instant = z.iso.datetime().describe("Zeitpunkt (ISO 8601, UTC)");
const url = z.string().describe("absolute Adresse");
const id = z.string().describe("unveränderliche Kennung; bleibt gleich, wenn sich der Slug ändert");
const slug = z.string().describe("Teil der Adresse; kann sich ändern");
const ref = z.object({ slug, name: z.string() });
const organisationRef = ref.extend({ shortName: z.string().nullable(), website: z.string().nullable() });

const eventCore = {
  id,
  slug,
  url,
  title: z.string(),
  summary: z.string(),
  format: eventFormatSlug,
  startsAt: instant,
  endsAt: instant,
  past: z.boolean().describe("true, sobald das Ende vorbei ist (zum Zeitpunkt der Antwort)"),
  venueName: z.string().nullable(),
  town: z.string().nullable(),
  costs: z.string().nullable().describe("Freitext; null: keine Angabe"),
  organiser: ref,
  topics: z.array(z.string()).describe("Slugs der Themenfelder"),
  regions: z.array(z.string()).describe("Slugs der Gebiete"),
  targetGroups: z.array(targetGroup),
  updatedAt: instant,
  textLanguages: textLanguages("title", "summary"),
};
export const eventSummarySchema = z.object(eventCore).register(openDataRegistry, { id: "EventSummary" });
export const eventSchema = z
  .object({
    ...eventCore,
    description: z.string().describe("HTML (Absätze, Listen, Links, Überschriften), bereinigt"),
    street: z.string().nullable(),
    postalCode: z.string().nullable(),
    onlineUrl: z.string().nullable().describe("null auch, wenn die Veranstaltung vorbei ist"),
    registrationUrl: z.string().nullable().describe("null auch, wenn die Veranstaltung vorbei ist"),
    calendarUrl: url.describe("die Veranstaltung als iCalendar-Datei"),
    organiserDetails: organisationRef,
    topicDetails: z.array(ref),
    regionDetails: z.array(ref.extend({ kind: regionKindSlug })),
    lastVerifiedAt: instant.nullable(),
    textLanguages: textLanguages("title", "summary", "description"),
  })
  .register(openDataRegistry, { id: "Event" });

const milestone = z.object({ date: day, title: z.string(), description: z.string().nullable(), roadmapPhase: roadmapPhaseSlug.nullable() });

const initiativeCore = {
  id,
  slug,
  url,
  title: z.string(),
  summary: z.string(),
  phase: initiativePhaseSlug,
  responsibleBody: ref,
  topics: z.array(z.string()).describe("Slugs der Themenfelder"),
  regions: z.array(z.string()).describe("Slugs der Gebiete"),
  milestones: z.array(milestone).describe("nach Datum; Meilensteine sind immer deutsch"),
  updatedAt: instant,
  textLanguages: textLanguages("title", "summary"),
};
export const initiativeSummarySchema = z.object(initiativeCore).register(openDataRegistry, { id: "InitiativeSummary" });
export const initiativeSchema = z
  .object({
    ...initiativeCore,
    description: z.string().describe("HTML, bereinigt"),
    outcomes: z.string().nullable(),
    responsibleBodyDetails: organisationRef,
    topicDetails: z.array(ref),
    regionDetails: z.array(ref.extend({ kind: regionKindSlug })),
    programmes: z.array(z.object({ slug, title: z.string(), url, textLanguages: textLanguages("title") })).describe("veröffentlichte Förderprogramme"),
    contact: z.object({ slug, name: z.string(), jobTitle: z.string().nullable(), organisationName: z.string(), url }).nullable(),
    sourceLinks: z.array(z.object({ label: z.string(), url: z.string() })),
    lastVerifiedAt: instant.nullable(),
    textLanguages: textLanguages("title", "summary", "description"),
  })
  .register(openDataRegistry, { id: "Initiative" });

export type EventSummary = z.infer<typeof eventSummarySchema>;
export type OpenEvent = z.infer<typeof eventSchema>;
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;
export type OpenInitiative = z.infer<typeof initiativeSchema>;
