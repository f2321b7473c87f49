import { EVENT_FORMATS, TARGET_GROUPS } from "@/lib/facets";
import { translationColumns, type Column } from "../columns";

// Veranstaltungen: the file columns in export order. The event schema takes linked entries by slug
// (lib/event/schema.ts); times are Berlin wall-clock values "YYYY-MM-DD HH:MM".
export const EVENT_COLUMNS: readonly Column[] = [
  { key: "slug", doc: "slug", header: "Slug", kind: "text" },
  { key: "title", doc: "text", header: "Titel", kind: "text", required: true },
  { key: "summary", doc: "text", header: "Kurzbeschreibung", kind: "text", required: true },
  { key: "description", doc: "longText", header: "Beschreibung", kind: "text", required: true },
  ...translationColumns({ title: "Titel", summary: "Kurzbeschreibung", description: "Beschreibung" }, "description"),
  { key: "organiser", doc: "organisation", header: "Veranstalter", kind: "reference", ref: "organisation", as: "slug", required: true },
  { key: "format", header: "Format", kind: "enum", values: EVENT_FORMATS, facet: "eventFormat", required: true },
  { key: "venueName", doc: "text", header: "Veranstaltungsort", kind: "text" },
  { key: "street", doc: "text", header: "Straße", kind: "text" },
  { key: "postalCode", doc: "postalCode", header: "PLZ", kind: "text" },
  { key: "town", doc: "text", header: "Ort", kind: "text" },
  { key: "onlineUrl", doc: "url", header: "Online-Link", kind: "text" },
  { key: "startsAt", doc: "dateTime", header: "Beginn", kind: "text", required: true },
  { key: "endsAt", doc: "dateTime", header: "Ende", kind: "text", required: true },
  { key: "costs", doc: "text", header: "Kosten", kind: "text" },
  { key: "registrationUrl", doc: "url", header: "Anmeldung", kind: "text" },
  { key: "targetGroups", header: "Zielgruppen", kind: "enumList", values: TARGET_GROUPS, facet: "targetGroup" },
  { key: "topics", doc: "topics", header: "Themen", kind: "referenceList", ref: "topic", as: "slug" },
  { key: "regions", doc: "regions", header: "Gebiete", kind: "referenceList", ref: "region", as: "slug", required: true },
  { key: "verifiedAt", doc: "verifiedAt", header: "Geprüft am", kind: "date" },
  { key: "status", doc: "status", header: "Status", kind: "readOnly" },
];
