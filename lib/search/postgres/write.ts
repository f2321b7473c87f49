import type { SearchClient } from "../client";
import { stripMarkers } from "../highlight";
import { SEARCH_DOC_TYPES, type DocumentTranslation, type SearchDocument } from "../types";
import { executeSql, sql } from "./sql";

// Writes to "SearchDocument" and its vocabulary "SearchTerm". The tsvector is computed by the
// table's trigger; unchanged documents are skipped so a full reindex does not rewrite every row.

/** Rows per INSERT statement (one jsonb parameter each). */
const WRITE_BATCH = 500;
const TERM_WORD = /[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;
const MIN_TERM_LENGTH = 4;

function clean(text: string): string {
  return stripMarkers(text);
}

/** All translated text of a language, for matching; "" without a translation. */
const translatedText = (t?: DocumentTranslation) => (t ? [t.title, t.summary, t.body].filter(Boolean).map((part) => clean(part!)).join("\n\n") : "");

/** What hit cards show in each language: the translated title and summary, where there are some. */
function shownTranslations(doc: SearchDocument) {
  const shown: Record<string, { title?: string; summary?: string }> = {};
  for (const [language, t] of Object.entries(doc.translations ?? {})) {
    const parts = { ...(t?.title ? { title: clean(t.title) } : {}), ...(t?.summary ? { summary: clean(t.summary) } : {}) };
    if (Object.keys(parts).length) shown[language] = parts;
  }
  return shown;
}

function toRow(doc: SearchDocument) {
  if (!SEARCH_DOC_TYPES.includes(doc.type)) throw new Error(`Unknown search document type: ${JSON.stringify(doc.type)}`);
  const facets = Object.entries(doc.facets).flatMap(([key, values]) => [...new Set(values)].map((v) => `${key}:${v}`));
  return {
    id: doc.id,
    type: doc.type,
    entityId: doc.entityId,
    slug: doc.slug,
    title: clean(doc.title),
    summary: clean(doc.summary),
    body: clean(doc.body),
    keywords: doc.keywords.map(clean).filter(Boolean),
    facets,
    applicationStart: doc.applicationStart,
    deadline: doc.deadline,
    publishedAt: doc.publishedAt,
    textFr: translatedText(doc.translations?.fr),
    textEn: translatedText(doc.translations?.en),
    translations: shownTranslations(doc),
  };
}

/** Words of titles, summaries and keywords: what typo correction may suggest. */
export function vocabularyOf(docs: readonly SearchDocument[]): string[] {
  const words = new Set<string>();
  for (const doc of docs) {
    for (const text of [doc.title, doc.summary, ...doc.keywords]) {
      for (const word of clean(text).match(TERM_WORD) ?? []) if (word.length >= MIN_TERM_LENGTH) words.add(word);
    }
  }
  return [...words];
}

export async function writeDocuments(client: SearchClient, docs: readonly SearchDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += WRITE_BATCH) {
    const batch = docs.slice(i, i + WRITE_BATCH);
    const rows = JSON.stringify(batch.map(toRow));
    await executeSql(
      client,
      sql`INSERT INTO "SearchDocument" (id, type, "entityId", slug, title, summary, body, "textFr", "textEn", translations,
          keywords, facets, "applicationStart", deadline, "publishedAt", "updatedAt")
        SELECT x.id, x.type, x."entityId", x.slug, x.title, x.summary, x.body, x."textFr", x."textEn", x.translations,
          ARRAY(SELECT jsonb_array_elements_text(x.keywords)), ARRAY(SELECT jsonb_array_elements_text(x.facets)),
          x."applicationStart"::date, x.deadline::date, (x."publishedAt"::timestamptz AT TIME ZONE 'UTC'),
          (now() AT TIME ZONE 'UTC')
        FROM jsonb_to_recordset(${rows}::jsonb) AS x(id text, type text, "entityId" text, slug text, title text,
          summary text, body text, "textFr" text, "textEn" text, translations jsonb, keywords jsonb, facets jsonb,
          "applicationStart" text, deadline text, "publishedAt" text)
        ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, "entityId" = EXCLUDED."entityId", slug = EXCLUDED.slug,
          title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body, "textFr" = EXCLUDED."textFr",
          "textEn" = EXCLUDED."textEn", translations = EXCLUDED.translations, keywords = EXCLUDED.keywords,
          facets = EXCLUDED.facets, "applicationStart" = EXCLUDED."applicationStart", deadline = EXCLUDED.deadline,
          "publishedAt" = EXCLUDED."publishedAt", "updatedAt" = EXCLUDED."updatedAt"
        WHERE ("SearchDocument".type, "SearchDocument"."entityId", "SearchDocument".slug, "SearchDocument".title,
          "SearchDocument".summary, "SearchDocument".body, "SearchDocument"."textFr", "SearchDocument"."textEn",
          "SearchDocument".translations, "SearchDocument".keywords, "SearchDocument".facets,
          "SearchDocument"."applicationStart", "SearchDocument".deadline, "SearchDocument"."publishedAt")
          IS DISTINCT FROM (EXCLUDED.type, EXCLUDED."entityId", EXCLUDED.slug, EXCLUDED.title, EXCLUDED.summary,
          EXCLUDED.body, EXCLUDED."textFr", EXCLUDED."textEn", EXCLUDED.translations, EXCLUDED.keywords, EXCLUDED.facets,
          EXCLUDED."applicationStart", EXCLUDED.deadline, EXCLUDED."publishedAt")`,
    );
    await addTerms(client, vocabularyOf(batch));
  }
}

/** New words only; the first spelling seen is kept for display ("Meinten Sie …?"). */
async function addTerms(client: SearchClient, words: readonly string[]): Promise<void> {
  if (words.length === 0) return;
  await executeSql(
    client,
    sql`INSERT INTO "SearchTerm" (term, display)
      SELECT DISTINCT ON (search_normalize(w)) search_normalize(w), w FROM unnest(${words}::text[]) AS w
      ORDER BY search_normalize(w), w
      ON CONFLICT (term) DO NOTHING`,
  );
}

export async function deleteDocuments(client: SearchClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await executeSql(client, sql`DELETE FROM "SearchDocument" WHERE id = ANY(${[...ids]}::text[])`);
}

/** Removes every document not in `keepIds` (after a full rebuild) and the whole vocabulary if asked. */
export async function deleteDocumentsExcept(client: SearchClient, keepIds: readonly string[]): Promise<void> {
  await executeSql(client, sql`DELETE FROM "SearchDocument" WHERE NOT (id = ANY(${[...keepIds]}::text[]))`);
}

export async function deleteAllTerms(client: SearchClient): Promise<void> {
  await executeSql(client, sql`DELETE FROM "SearchTerm"`);
}

/** DELETE, not TRUNCATE: inside a reindex transaction readers keep seeing the old rows. */
export async function deleteAllDocuments(client: SearchClient): Promise<void> {
  await executeSql(client, sql`DELETE FROM "SearchDocument"`);
  await executeSql(client, sql`DELETE FROM "SearchTerm"`);
}
