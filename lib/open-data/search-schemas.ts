import { z } from "zod";
import { SEARCH_SORT_PARAMS, SEARCH_TYPE_PARAMS } from "@/lib/search/query-params";
import { SEARCH_STATUS_FILTERS } from "@/lib/search/types";
import { languageCode, openDataRegistry, programmeStatus, textLanguages } from "./schemas";

// The answers of the older search endpoint (GET /api/v1/search, app/api/v1/search/route.ts) as
// zod schemas: the route's JSON is typed by them and the OpenAPI document describes it from them.
// Its parameters and field names are the page /suche's (German), kept for existing clients.
const typ = z.enum(SEARCH_TYPE_PARAMS).register(openDataRegistry, { id: "SearchType", description: "Verzeichnis" });
const counts = z.record(z.string(), z.number().int());

export const searchHitSchema = z.object({
  type: typ,
  slug: z.string(),
  url: z.string().describe("Pfad der Seite im Portal"),
  title: z.string(),
  summary: z.string(),
  highlightedTitle: z.string().describe("HTML-maskierter Text mit <mark> um Treffer"),
  highlightedSummary: z.string(),
  status: programmeStatus.optional().describe("nur Förderprogramme"),
  deadline: z.iso.date().nullable().optional(),
  applicationStart: z.iso.date().nullable().optional(),
  textLanguages: textLanguages("title", "summary"),
});

export const searchResultSchema = z
  .object({
    query: z.object({
      q: z.string(),
      typ: typ.nullable(),
      filters: z.record(z.string(), z.array(z.string())),
      status: z.array(z.enum(SEARCH_STATUS_FILTERS)),
      sortierung: z.enum(SEARCH_SORT_PARAMS),
      seite: z.number().int(),
      lang: languageCode.optional().describe("nur, wenn angegeben"),
    }),
    total: z.number().int(),
    countsByType: counts,
    facetCounts: z.record(z.string(), counts),
    correctedText: z.string().nullable(),
    hits: z.array(searchHitSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .register(openDataRegistry, { id: "SearchResult" });

export const searchSuggestionsSchema = z
  .object({
    suggestions: z.array(
      z.object({ type: typ, slug: z.string(), title: z.string().describe("der deutsche Titel, auch mit lang"), url: z.string(), textLanguages: textLanguages("title") }),
    ),
  })
  .register(openDataRegistry, { id: "SearchSuggestions", description: "mit vorschlaege=1" });

export type SearchResultJson = z.infer<typeof searchResultSchema>;
export type SearchSuggestionsJson = z.infer<typeof searchSuggestionsSchema>;
