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

// The open search API: the same parameters as /suche, JSON out. Documented in README.md
// ("Offene Such-API"). The route runs per request (free text, today's date); the engine's answers
// are cached per query and day in the shared store and expired by content tags (cached-answers.ts).
export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store" };

function rawParams(url: URL): RawSearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (raw[key] ??= []).push(value);
  return raw;
}

function hitJson(hit: SearchHit, now: Date): SearchResultJson["hits"][number] {
  return {
    type: PARAM_BY_TYPE[hit.type],
    slug: hit.slug,
    url: hitPath(hit.type, hit.slug),
    title: hit.title,
    summary: hit.summary,
    highlightedTitle: renderHighlight(hit.highlightedTitle),
    highlightedSummary: renderHighlight(hit.highlightedSummary),
    ...(hit.type === "programme" && {
      status: deriveProgrammeStatus(hit, now),
      deadline: hit.deadline,
      applicationStart: hit.applicationStart,
    }),
  };
}

// Typed by the schemas the OpenAPI document is generated from (lib/open-data/search-schemas.ts).
function resultJson(params: SearchParams, result: SearchResult, pageSize: number): SearchResultJson {
  const now = new Date();
  return {
    query: {
      q: params.q,
      typ: params.type ? PARAM_BY_TYPE[params.type] : null,
      filters: params.filters,
      status: params.statuses,
      sortierung: params.sort,
      seite: params.page,
    },
    total: result.total,
    countsByType: Object.fromEntries(SEARCH_DOC_TYPES.map((type) => [PARAM_BY_TYPE[type], result.countsByType[type] ?? 0])),
    facetCounts: result.facetCounts,
    correctedText: result.correctedText,
    hits: result.hits.map((hit) => hitJson(hit, now)),
    page: params.page,
    pageSize,
  };
}

export async function GET(request: Request) {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "search.api.errors" });
  const parsed = parseSearchParams(rawParams(new URL(request.url)), { strict: true });
  if (!parsed.ok) {
    const max = parsed.issue === "tooMany" ? MAX_VALUES_PER_FACET : MAX_QUERY_LENGTH;
    return problemResponse(400, t(parsed.issue, { field: parsed.field, max }), { code: "INVALID_PARAMETER", field: parsed.field }, HEADERS);
  }
  const params = parsed.params;
  try {
    if (params.suggestions) {
      const suggestions = params.q ? await suggestCached(params.q, params.limit ?? DEFAULT_SUGGESTION_LIMIT) : [];
      const body: SearchSuggestionsJson = { suggestions: suggestions.map((s) => ({ type: PARAM_BY_TYPE[s.type], slug: s.slug, title: s.title, url: hitPath(s.type, s.slug) })) };
      return Response.json(
        body,
        { headers: HEADERS },
      );
    }
    const pageSize = params.limit ?? SEARCH_PAGE_SIZE;
    const result = await searchCached(toSearchQuery(params, berlinDay(), pageSize));
    return Response.json(resultJson(params, result, pageSize), { headers: HEADERS });
  } catch (error) {
    logSearchFailure("search API", error);
    return problemResponse(503, t("unavailable"), { code: "SEARCH_UNAVAILABLE" }, HEADERS);
  }
}
