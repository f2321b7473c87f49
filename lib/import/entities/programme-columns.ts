import { FUNDING_LEVELS, FUNDING_TYPES, TARGET_GROUPS } from "@/lib/facets";
import { COMBINABILITY_VALUES } from "@/lib/programme/combinability";
import type { Column } from "../columns";

/** Förderprogramme: the file columns in export order. `field` is the name in lib/programme/schema.ts. */
export const PROGRAMME_COLUMNS: readonly Column[] = [
  { key: "slug", doc: "slug", header: "Slug", kind: "text" },
  { key: "title", doc: "text", header: "Titel", kind: "text", required: true },
  { key: "summary", doc: "text", header: "Kurzbeschreibung", kind: "text", required: true },
  { key: "description", doc: "longText", header: "Beschreibung", kind: "text", required: true },
  { key: "eligibility", doc: "longText", header: "Voraussetzungen", kind: "text" },
  { key: "howToApply", doc: "longText", header: "Antragstellung", kind: "text" },
  { key: "fundingBody", doc: "organisation", header: "Fördergeber", kind: "reference", ref: "organisation", field: "fundingBodyId", required: true },
  { key: "level", header: "Ebene", kind: "enum", values: FUNDING_LEVELS, facet: "fundingLevel", required: true },
  { key: "fundingTypes", header: "Förderarten", kind: "enumList", values: FUNDING_TYPES, facet: "fundingType", required: true },
  { key: "targetGroups", header: "Zielgruppen", kind: "enumList", values: TARGET_GROUPS, facet: "targetGroup", required: true },
  { key: "topics", doc: "topics", header: "Themen", kind: "referenceList", ref: "topic", field: "topicIds" },
  { key: "regions", doc: "regions", header: "Gebiete", kind: "referenceList", ref: "region", field: "regionIds" },
  { key: "advisors", doc: "advisors", header: "Beratung", kind: "referenceList", ref: "advisor", field: "advisorIds" },
  { key: "amountText", doc: "text", header: "Betrag", kind: "text" },
  { key: "amountMin", doc: "int", header: "Mindestbetrag", kind: "text" },
  { key: "amountMax", doc: "int", header: "Höchstbetrag", kind: "text" },
  { key: "applicationStart", doc: "date", header: "Antragsbeginn", kind: "date" },
  { key: "deadline", doc: "date", header: "Frist", kind: "date" },
  { key: "maxEmployees", doc: "count", header: "Höchstens Beschäftigte", kind: "text" },
  { key: "applyBeforeProjectStart", doc: "yesNo", header: "Antrag vor Projektbeginn", kind: "text" },
  { key: "sourceUrl", doc: "url", header: "Quelle", kind: "text", required: true },
  { key: "requiredDocuments", doc: "longText", header: "Unterlagen", kind: "text" },
  { key: "legalBasisTitle", doc: "text", header: "Rechtsgrundlage", kind: "text" },
  { key: "legalBasisUrl", doc: "url", header: "Rechtsgrundlage (Link)", kind: "text" },
  { key: "combinability", header: "Kombinierbarkeit", kind: "enum", values: COMBINABILITY_VALUES, facet: "combinability" },
  { key: "combinabilityNote", doc: "text", header: "Kombinierbarkeit (Erläuterung)", kind: "text" },
  { key: "contactName", doc: "text", header: "Ansprechstelle", kind: "text" },
  { key: "contactEmail", doc: "email", header: "Ansprechstelle E-Mail", kind: "text" },
  { key: "contactPhone", doc: "text", header: "Ansprechstelle Telefon", kind: "text" },
  { key: "successors", doc: "programmes", header: "Nachfolger/Alternativen", kind: "referenceList", ref: "programme", field: "successorIds" },
  { key: "verifiedAt", doc: "verifiedAt", header: "Geprüft am", kind: "date" },
  { key: "status", doc: "status", header: "Status", kind: "readOnly" },
];
