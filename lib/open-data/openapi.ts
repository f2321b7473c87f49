import { z } from "zod";
import { FACETS, INDEXED_FACET_PARAMS, facetIdsOf, registrySlugs } from "@/lib/facets/registry";
import { MAX_PAGE, MAX_QUERY_LENGTH } from "@/lib/listing/params";
import { MAX_LIMIT as SEARCH_MAX_LIMIT, SEARCH_SORT_PARAMS, SEARCH_TYPE_PARAMS } from "@/lib/search/query-params";
import { SEARCH_STATUS_FILTERS } from "@/lib/search/types";
import { EVENT_PERIOD_PARAM, EVENT_PERIODS, pagingParamsSchema } from "./params";
import { API_LANGUAGES, LANG_PARAM } from "./language";
import { eventSchema, eventSummarySchema, initiativeSchema, initiativeSummarySchema } from "./activity-schemas";
// Registers the search endpoint's schemas (SearchResult, SearchSuggestions) in openDataRegistry.
import "./search-schemas";
import {
  advisorSchema,
  advisorSummarySchema,
  openDataRegistry,
  organisationSchema,
  pageSchema,
  programmeSchema,
  programmeSummarySchema,
  providerSchema,
  providerSummarySchema,
  regionSchema,
  topicSchema,
} from "./schemas";
import type { Resource } from "./resources";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers are typed by
// (./schemas.ts, ./params.ts) with zod's own JSON Schema output (draft 2020-12 is OpenAPI 3.1's
// schema dialect, so no converter package sits between them). Linted in the unit tests
// (@redocly/openapi-core) and checked against real answers in tests/integration/open-data.

type Described = {
  list: z.ZodType;
  item: z.ZodType;
  name: string;
  tag: string;
  summary: string;
  facets?: "programme" | "advisor" | "provider" | "event" | "initiative";
  /** list parameters beyond paging and facets */
  extra?: object[];
};

const eventPeriodParameter = {
  name: EVENT_PERIOD_PARAM,
  in: "query",
  required: false,
  description: "kommend (Standard, wie /veranstaltungen): noch nicht beendete; vergangen (wie /veranstaltungen/archiv): beendete; alle",
  schema: { type: "string", enum: Object.keys(EVENT_PERIODS), default: "kommend" },
};

/** `lang` on every endpoint (./language.ts). */
const langParameter = {
  name: LANG_PARAM,
  in: "query",
  required: false,
  description:
    "Sprache: de (Standard), fr oder en. Mit lang kommen Titel, Kurzbeschreibung und Beschreibung von Förderprogrammen, Veranstaltungen und Initiativen (auch verlinkter), Funktion, Kurzbeschreibung und Sprechzeiten von Beratenden sowie Kurzbeschreibung und Beschreibung von Dienstleistern in dieser Sprache, wo es eine Übersetzung gibt, sonst im deutschen Original; `textLanguages` nennt für jeden dieser Texte seine Sprache (ein fehlender Text keine), `url` führt zur Seite in dieser Sprache. Namen (Personen, Organisationen, Themenfelder, Gebiete) und Texte ohne Übersetzung (Voraussetzungen, Meilensteine …) bleiben deutsch. Ohne lang ist die Antwort wie bisher (deutsch, ohne `textLanguages`). Andere Werte: 400.",
  schema: { type: "string", enum: [...API_LANGUAGES], default: "de" },
};

const RESOURCE_DOCS: Record<Resource, Described> = {
  programmes: { list: pageSchema(programmeSummarySchema, "Programme"), item: programmeSchema, name: "Programme", tag: "Förderprogramme", summary: "Förderprogramme", facets: "programme" },
  advisors: { list: pageSchema(advisorSummarySchema, "Advisor"), item: advisorSchema, name: "Advisor", tag: "Beratung", summary: "Beraterinnen, Berater und Beratungsstellen", facets: "advisor" },
  providers: { list: pageSchema(providerSummarySchema, "Provider"), item: providerSchema, name: "Provider", tag: "Dienstleister", summary: "Digital-Dienstleister", facets: "provider" },
  events: {
    list: pageSchema(eventSummarySchema, "Event"),
    item: eventSchema,
    name: "Event",
    tag: "Veranstaltungen",
    summary: "Veranstaltungen",
    facets: "event",
    extra: [eventPeriodParameter],
  },
  initiatives: { list: pageSchema(initiativeSummarySchema, "Initiative"), item: initiativeSchema, name: "Initiative", tag: "Initiativen", summary: "Initiativen der Modellregion", facets: "initiative" },
  organisations: { list: pageSchema(organisationSchema, "Organisation"), item: organisationSchema, name: "Organisation", tag: "Organisationen", summary: "Fördergeber und Beratungseinrichtungen" },
  topics: { list: pageSchema(topicSchema, "Topic"), item: topicSchema, name: "Topic", tag: "Themenfelder", summary: "Themenfelder" },
  regions: { list: pageSchema(regionSchema, "Region"), item: regionSchema, name: "Region", tag: "Gebiete", summary: "Gebiete (Kreise, Region, Land, Bund, EU)" },
};

/** A component or parameter schema lives inside the document: no dialect or id of its own. */
function withoutSchemaKeys(schema: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const DATA_FACET_HINT: Record<string, string> = { topics: "/api/v1/topics", kreise: "/api/v1/regions (Art kreis)", organisations: "/api/v1/organisations" };

function facetParameters(type: NonNullable<Described["facets"]>) {
  return facetIdsOf(type).map((id) => {
    const spec = FACETS[id];
    const slugs = registrySlugs(id);
    const source = spec.values.kind === "data" ? spec.values.source : null;
    return {
      name: spec.param,
      in: "query",
      required: false,
      description: `Filter wie auf der öffentlichen Liste; mehrfach angeben für „oder“.${source ? ` Werte: Slugs aus ${DATA_FACET_HINT[source]}.` : ""}`,
      style: "form",
      explode: true,
      schema: { type: "array", items: slugs ? { type: "string", enum: [...slugs] } : { type: "string" } },
    };
  });
}

function pagingParameters() {
  return Object.entries(pagingParamsSchema.shape).map(([name, schema]) => {
    const json = withoutSchemaKeys(z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" }));
    return { name, in: "query", required: false, description: String(json.description ?? name), schema: json };
  });
}

const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers && { headers }),
  content: { "application/problem+json": { schema: ref("Problem") } },
});

const validatorHeaders = {
  ETag: { description: "Kennzeichen dieser Fassung (für If-None-Match)", schema: { type: "string" } },
  "Last-Modified": { description: "letzte mögliche Änderung (für If-Modified-Since)", schema: { type: "string" } },
  "RateLimit-Limit": { description: "erlaubte Anfragen je Minute", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "davon in dieser Minute übrig", schema: { type: "integer" } },
};

const commonResponses = {
  "304": { description: "Nicht geändert (If-None-Match oder If-Modified-Since)", headers: { ETag: validatorHeaders.ETag } },
  "429": problem("Zu viele Anfragen", { "Retry-After": { description: "Sekunden bis zur nächsten erlaubten Anfrage", schema: { type: "integer" } } }),
  "503": problem("Vorübergehend nicht verfügbar"),
};

const conditionalParameters = [
  { name: "If-None-Match", in: "header", required: false, description: "ETag einer früheren Antwort", schema: { type: "string" } },
  { name: "If-Modified-Since", in: "header", required: false, description: "Last-Modified einer früheren Antwort", schema: { type: "string" } },
];

function paths() {
  return Object.fromEntries(
    (Object.entries(RESOURCE_DOCS) as [Resource, Described][]).flatMap(([resource, doc]) => [
      [
        `/api/v1/${resource}`,
        {
          get: {
            operationId: `list${doc.name}s`,
            summary: `${doc.summary}: Liste`,
            description: "Veröffentlichte Einträge, seitenweise in fester Reihenfolge (nach id). Neue oder geänderte Einträge während des Blätterns verschieben nichts: jeder Eintrag erscheint genau einmal.",
            tags: [doc.tag],
            parameters: [...pagingParameters(), ...(doc.facets ? facetParameters(doc.facets) : []), ...(doc.extra ?? []), langParameter, ...conditionalParameters],
            responses: {
              "200": {
                description: "Eine Seite",
                headers: { ...validatorHeaders, Link: { description: 'rel="next": die nächste Seite', schema: { type: "string" } } },
                content: { "application/json": { schema: ref(`${doc.name}Page`) } },
              },
              "400": problem("Ungültiger Parameter (Feld `field`)"),
              ...commonResponses,
            },
          },
        },
      ],
      [
        `/api/v1/${resource}/{slug}`,
        {
          get: {
            operationId: `get${doc.name}`,
            summary: `${doc.summary}: ein Eintrag`,
            tags: [doc.tag],
            parameters: [{ name: "slug", in: "path", required: true, description: "Slug des Eintrags", schema: { type: "string" } }, langParameter, ...conditionalParameters],
            responses: {
              "200": { description: "Der Eintrag", headers: validatorHeaders, content: { "application/json": { schema: ref(doc.name) } } },
              "400": problem("Ungültiger Parameter lang (Feld `field`)"),
              "404": problem("Kein veröffentlichter Eintrag mit diesem Slug"),
              ...commonResponses,
            },
          },
        },
      ],
    ]),
  );
}

/** GET /api/v1/search: the page /suche's parameters (German), answered uncached and unlimited. */
function searchPath() {
  const query = (name: string, description: string, schema: object) => ({ name, in: "query", required: false, description, schema });
  const list = (items: object) => ({ type: "array", items });
  return {
    "/api/v1/search": {
      get: {
        operationId: "search",
        summary: "Suche über alle drei Verzeichnisse",
        description: "Dieselbe Suche wie /suche (Relevanz, Tippfehler, Synonyme). Facetten nur zusammen mit typ.",
        tags: ["Suche"],
        parameters: [
          query("q", "Suchtext", { type: "string", maxLength: MAX_QUERY_LENGTH }),
          query("typ", "Verzeichnis", { type: "string", enum: [...SEARCH_TYPE_PARAMS] }),
          ...INDEXED_FACET_PARAMS.map((param) => ({ ...query(param, "Facette wie auf den Listen (nur mit typ), mehrfach für „oder“", list({ type: "string" })), style: "form", explode: true })),
          { ...query("status", "nur mit typ=foerderprogramme", list({ type: "string", enum: [...SEARCH_STATUS_FILTERS] })), style: "form", explode: true },
          query("sortierung", "Reihenfolge", { type: "string", enum: [...SEARCH_SORT_PARAMS] }),
          query("seite", "Seite", { type: "integer", minimum: 1, maximum: MAX_PAGE }),
          query("limit", "Treffer je Seite", { type: "integer", minimum: 1, maximum: SEARCH_MAX_LIMIT }),
          query("vorschlaege", "1: Vorschläge beim Tippen statt Treffern", { type: "string", enum: ["0", "1"] }),
          {
            ...langParameter,
            description:
              "Sprache: de (Standard), fr oder en. Die Suche findet dann auch Wörter der Übersetzungen (französische bzw. englische Wortstämme); Treffer zeigen Titel und Kurzbeschreibung in dieser Sprache, wo es eine Übersetzung gibt, sonst deutsch, `textLanguages` nennt die Sprache jedes Textes, `url` die Seite in dieser Sprache. Vorschläge (vorschlaege=1) nennen die deutschen Titel. Ohne lang wie bisher. Andere Werte: 400.",
          },
        ],
        responses: {
          "200": {
            description: "Treffer (oder Vorschläge mit vorschlaege=1)",
            content: { "application/json": { schema: { oneOf: [ref("SearchResult"), ref("SearchSuggestions")] } } },
          },
          "400": problem("Ungültiger Parameter (Feld `field`)"),
          "503": problem("Suche vorübergehend nicht verfügbar"),
        },
      },
    },
  };
}

function componentSchemas(): Record<string, unknown> {
  // Every schema registered in ./schemas.ts (pageSchema registers when RESOURCE_DOCS is built).
  const { schemas } = z.toJSONSchema(openDataRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [id, withoutSchemaKeys(schema)]),
  );
}

export interface OpenApiInfo {
  siteUrl: string;
  publisher: string;
  contactEmail: string;
}

export function buildOpenApiDocument({ siteUrl, publisher, contactEmail }: OpenApiInfo) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Digitale Region Trier – Offene Daten",
      version: "1.0.0",
      description:
        "Förderprogramme, Beratung, Digital-Dienstleister, Veranstaltungen und Initiativen der Region Trier als offene Daten. Nur veröffentlichte Einträge; Kontaktdaten nur, soweit der Eintrag sie veröffentlicht. Beschreibung für Menschen: /daten.",
      contact: { name: publisher, email: contactEmail, url: new URL("/daten", siteUrl).toString() },
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: siteUrl, description: "dieses Portal" }],
    security: [],
    tags: [...Object.values(RESOURCE_DOCS).map((doc) => ({ name: doc.tag, description: doc.summary })), { name: "Suche", description: "Volltextsuche" }],
    paths: { ...paths(), ...searchPath() },
    components: { schemas: componentSchemas() },
  };
}
