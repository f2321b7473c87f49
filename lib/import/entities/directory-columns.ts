import { COMPANY_SIZES, CONSULTATION_MODES, INDUSTRIES, SERVICE_CATEGORIES } from "@/lib/facets";
import { AdvisorKind } from "@/lib/db/enums";
import { translationColumns, type Column } from "../columns";

// Beratung and Dienstleister: the file columns in export order. The directory schemas take linked
// entries by slug (lib/advisor/schema.ts, lib/provider/schema.ts), so references resolve to slugs.

export const ADVISOR_COLUMNS: readonly Column[] = [
  { key: "slug", doc: "slug", header: "Slug", kind: "text" },
  { key: "kind", header: "Art", kind: "enum", values: Object.values(AdvisorKind), facet: "advisorKind", required: true },
  { key: "name", doc: "text", header: "Name", kind: "text", required: true },
  { key: "jobTitle", doc: "text", header: "Funktion", kind: "text" },
  { key: "summary", doc: "text", header: "Kurzbeschreibung", kind: "text", required: true },
  { key: "organisation", doc: "organisation", header: "Organisation", kind: "reference", ref: "organisation", as: "slug", required: true },
  { key: "topics", doc: "topics", header: "Themen", kind: "referenceList", ref: "topic", as: "slug" },
  { key: "programmes", doc: "programmes", header: "Förderprogramme", kind: "referenceList", ref: "programme", as: "slug" },
  { key: "regions", doc: "regions", header: "Gebiete", kind: "referenceList", ref: "region", as: "slug", required: true },
  { key: "languages", doc: "languages", header: "Sprachen", kind: "list" },
  { key: "consultationModes", header: "Beratungsformen", kind: "enumList", values: CONSULTATION_MODES, facet: "consultationMode" },
  { key: "email", doc: "email", header: "E-Mail", kind: "text" },
  { key: "phone", doc: "text", header: "Telefon", kind: "text" },
  { key: "street", doc: "text", header: "Straße", kind: "text" },
  { key: "postalCode", doc: "postalCode", header: "PLZ", kind: "text" },
  { key: "town", doc: "text", header: "Ort", kind: "text" },
  { key: "officeHours", doc: "text", header: "Sprechzeiten", kind: "text" },
  // After the last of the German texts they translate, in one block.
  ...translationColumns({ jobTitle: "Funktion", summary: "Kurzbeschreibung", officeHours: "Sprechzeiten" }),
  { key: "bookingUrl", doc: "url", header: "Terminbuchung", kind: "text" },
  { key: "verifiedAt", doc: "verifiedAt", header: "Geprüft am", kind: "date" },
  { key: "status", doc: "status", header: "Status", kind: "readOnly" },
];

export const PROVIDER_COLUMNS: readonly Column[] = [
  { key: "slug", doc: "slug", header: "Slug", kind: "text" },
  { key: "name", doc: "text", header: "Name", kind: "text", required: true },
  { key: "summary", doc: "text", header: "Kurzbeschreibung", kind: "text", required: true },
  { key: "description", doc: "longText", header: "Beschreibung", kind: "text", required: true },
  ...translationColumns({ summary: "Kurzbeschreibung", description: "Beschreibung" }, "description"),
  { key: "services", header: "Leistungen", kind: "enumList", values: SERVICE_CATEGORIES, facet: "service", required: true },
  { key: "industries", header: "Branchen", kind: "enumList", values: INDUSTRIES, facet: "industry" },
  { key: "certifications", doc: "list", header: "Zertifizierungen", kind: "list" },
  { key: "size", header: "Unternehmensgröße", kind: "enum", values: COMPANY_SIZES, facet: "companySize", required: true },
  { key: "foundedYear", doc: "year", header: "Gründungsjahr", kind: "text" },
  { key: "street", doc: "text", header: "Straße", kind: "text" },
  { key: "postalCode", doc: "postalCode", header: "PLZ", kind: "text" },
  { key: "town", doc: "text", header: "Ort", kind: "text", required: true },
  { key: "region", doc: "region", header: "Gebiet", kind: "reference", ref: "region", as: "slug", required: true },
  { key: "email", doc: "email", header: "E-Mail", kind: "text" },
  { key: "phone", doc: "text", header: "Telefon", kind: "text" },
  { key: "website", doc: "url", header: "Website", kind: "text" },
  { key: "references", doc: "references", header: "Referenzen", kind: "json" },
  { key: "verifiedAt", doc: "verifiedAt", header: "Geprüft am", kind: "date" },
  { key: "status", doc: "status", header: "Status", kind: "readOnly" },
];
