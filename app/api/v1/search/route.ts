import { getTranslations } from "next-intl/server";
import { problemResponse } from "@/lib/api/problem";
import { renderHighlight } from "@/components/search/search-highlight";
import { berlinDay } from "@/lib/dates";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { MAX_QUERY_LENGTH, type RawSearchParams } from "@/lib/listing/params";
import { deriveProgrammeStatus } from "@/lib/programme/status";
import { searchCached, suggestCached } from "@/lib/search/cached-answers";
import { logSearchFailure } from "@/lib/search/page/log";
import {
  DEFAULT_SUGGESTION_LIMIT,
  MAX_VALUES_PER_FACET,
  PARAM_BY_TYPE,
  SEARCH_PAGE_SIZE,
  hitPath,
  parseSearchParams,
  toSearchQuery,
  type SearchParams,
} from "@/lib/search/query-params";
import { SEARCH_DOC_TYPES, type SearchHit, type SearchResult } from "@/lib/search/types";
import type { SearchResultJson, SearchSuggestionsJson } from "@/lib/open-data/search-schemas";
import { apiPath, parseApiLanguage, type ApiLanguage } from "@/lib/open-data/language";
import { parameterProblem } from "@/lib/open-data/parameter-problem";
import { CORS_HEADERS, preflightResponse } from "@/lib/open-data/http";

// The open search API: the same parameters as /suche, JSON out. Documented in README.md
// ("Offene Such-API"). The route runs per request (free text, today's date); the engine's answers
// are cached per query and day in the shared store and expired by content tags (cached-answers.ts).
export const dynamic = "force-dynamic";

// Open for browsers on other sites, like the rest of /api/v1 (the answers are public, no cookies).
const HEADERS = { "Cache-Control": "no-store", ...CORS_HEADERS };

export function OPTIONS(): Response {
  return preflightResponse();
}

function rawParams(url: URL): RawSearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (raw[key] ??= []).push(value);
  return raw;
}

function hitJson(hit: SearchHit, now: Date, lang: ApiLanguage): SearchResultJson["hits"][number] {
  return {
    type: PARAM_BY_TYPE[hit.type],
    slug: hit.slug,
    url: apiPath(hitPath(hit.type, hit.slug), lang),
    title: hit.title,
    summary: hit.summary,
    highlightedTitle: renderHighlight(hit.highlightedTitle),
    highlightedSummary: renderHighlight(hit.highlightedSummary),
    ...(hit.type === "programme" && {
      status: deriveProgrammeStatus(hit, now),
      deadline: hit.deadline,
      applicationStart: hit.applicationStart,
    }),
    // The engine shows the asked language's translation where there is one, else the German text.
    ...(lang && { textLanguages: { title: hit.titleLang ?? lang, summary: hit.summaryLang ?? lang } }),
  };
}

// Typed by the schemas the OpenAPI document is generated from (lib/open-data/search-schemas.ts).
function resultJson(params: SearchParams, result: SearchResult, pageSize: number, lang: ApiLanguage): SearchResultJson {
  const now = new Date();
  return {
    query: {
      q: params.q,
      typ: params.type ? PARAM_BY_TYPE[params.type] : null,
      filters: params.filters,
      status: params.statuses,
      sortierung: params.sort,
      seite: params.page,
      ...(lang && { lang }),
    },
    total: result.total,
    countsByType: Object.fromEntries(SEARCH_DOC_TYPES.map((type) => [PARAM_BY_TYPE[type], result.countsByType[type] ?? 0])),
    facetCounts: result.facetCounts,
    correctedText: result.correctedText,
    hits: result.hits.map((hit) => hitJson(hit, now, lang)),
    page: params.page,
    pageSize,
  };
}

export async function GET(request: Request) {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "search.api.errors" });
  const raw = rawParams(new URL(request.url));
  const parsed = parseSearchParams(raw, { strict: true });
  if (!parsed.ok) {
    const max = parsed.issue === "tooMany" ? MAX_VALUES_PER_FACET : MAX_QUERY_LENGTH;
    return problemResponse(400, t(parsed.issue, { field: parsed.field, max }), { code: "INVALID_PARAMETER", field: parsed.field }, HEADERS);
  }
  // `lang` is the API's own (not /suche's, which takes the page's language): the stems it searches
  // besides German and the language of the hits' texts; not given, everything is as before it existed.
  const language = parseApiLanguage(raw);
  if (!language.ok) return parameterProblem(language.problem, HEADERS);
  const lang = language.lang;
  const params = parsed.params;
  try {
    if (params.suggestions) {
      const suggestions = params.q ? await suggestCached(params.q, params.limit ?? DEFAULT_SUGGESTION_LIMIT) : [];
      // Suggestions match and show the German titles in every language: with `lang` they say so.
      const body: SearchSuggestionsJson = {
        suggestions: suggestions.map((s) => ({
          type: PARAM_BY_TYPE[s.type],
          slug: s.slug,
          title: s.title,
          url: apiPath(hitPath(s.type, s.slug), lang),
          ...(lang && { textLanguages: { title: "de" as const } }),
        })),
      };
      return Response.json(
        body,
        { headers: HEADERS },
      );
    }
    const pageSize = params.limit ?? SEARCH_PAGE_SIZE;
    const result = await searchCached(toSearchQuery(params, berlinDay(), pageSize, lang ?? DEFAULT_LOCALE));
    return Response.json(resultJson(params, result, pageSize, lang), { headers: HEADERS });
  } catch (error) {
    logSearchFailure("search API", error);
    return problemResponse(503, t("unavailable"), { code: "SEARCH_UNAVAILABLE" }, HEADERS);
  }
}
