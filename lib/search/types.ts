// The one search interface every engine implements (PostgreSQL by default, Meilisearch at scale).
// Engines index only what the sync hands them: published entries. Statuses are derived from the
// dates at query time (`today`), never stored in an index.

import { STATUS_FILTER_SLUGS } from "@/lib/facets/registry";

export const SEARCH_DOC_TYPES = ["programme", "advisor", "provider", "event", "initiative", "news"] as const;
export type SearchDocType = (typeof SEARCH_DOC_TYPES)[number];

/** Status filter values, as in the programme list ("offen" includes rolling programmes). */
export const SEARCH_STATUS_FILTERS = STATUS_FILTER_SLUGS;
export type SearchStatusFilter = (typeof SEARCH_STATUS_FILTERS)[number];

/** The language whose stems a search asks besides German: the page's or the API caller's. */
export type SearchLanguage = "de" | "fr" | "en";

/** An entry's texts in French or English (issue 20); missing parts fall back to German. */
export interface DocumentTranslation {
  title: string | null;
  summary: string | null;
  /** Longer translated text (the description), matched only. */
  body: string | null;
}

export interface SearchDocument {
  /** `${type}:${entityId}`, stable across edits. */
  id: string;
  type: SearchDocType;
  entityId: string;
  slug: string;
  title: string;
  summary: string;
  /** Longer text: description, eligibility, references … (weighted lowest). */
  body: string;
  /** Short key terms weighted like the summary: organisation, town, topic and facet labels. */
  keywords: string[];
  /** Facet key (the list pages' URL parameter, e.g. "foerderart") → value slugs. */
  facets: Record<string, string[]>;
  /** Programmes only: calendar days YYYY-MM-DD (Europe/Berlin). */
  applicationStart: string | null;
  deadline: string | null;
  /** ISO instant; for "newest" sorting. */
  publishedAt: string;
  /** French and English texts, stemmed in their own language; hits show them to that language's readers. */
  translations?: Partial<Record<Exclude<SearchLanguage, "de">, DocumentTranslation>>;
}

export type SearchSort = "relevance" | "deadline" | "newest" | "title";

export interface SearchQuery {
  text: string;
  /** Restrict to these types; empty means all. */
  types: SearchDocType[];
  /** Facet key → accepted values: OR within a facet, AND across facets. */
  filters: Record<string, string[]>;
  /** Derived from applicationStart/deadline relative to `today`. */
  statuses: SearchStatusFilter[];
  sort: SearchSort;
  page: number;
  pageSize: number;
  /** Facet keys to count; counts ignore the facet's own selection (disjunctive faceting). */
  facets: string[];
  /** Today's Berlin calendar day, YYYY-MM-DD. */
  today: string;
  /** The reader's language: its stems match translated texts, hits show its translations. Default German. */
  language?: SearchLanguage;
}

export interface SearchHit {
  type: SearchDocType;
  slug: string;
  title: string;
  summary: string;
  applicationStart: string | null;
  deadline: string | null;
  /** HTML-escaped text with <mark>…</mark> around matches; safe to render as HTML. */
  highlightedTitle: string;
  highlightedSummary: string;
  /** Set when title or summary is the German original on a French or English search. */
  titleLang?: "de";
  summaryLang?: "de";
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** Matches per type (after filters other than the type restriction). */
  countsByType: Record<SearchDocType, number>;
  facetCounts: Record<string, Record<string, number>>;
  /** Set when too little matched and a typo-corrected query was used ("Meinten Sie …?"). */
  correctedText: string | null;
}

export interface Suggestion {
  type: SearchDocType;
  slug: string;
  title: string;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** Insert or replace documents by id. */
  index(documents: SearchDocument[]): Promise<void>;
  /** Remove documents by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>;
  /** Remove every document (before a full reindex). */
  clear(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Prefix suggestions for search-as-you-type. */
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
}
