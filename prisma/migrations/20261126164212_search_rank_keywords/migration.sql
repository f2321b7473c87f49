-- Relevance counts the keywords (topics, regions, funding body, labels: curated tags) like the
-- summary: "rankVector" becomes title (A) plus summary and keywords (B), weighted exactly as in
-- "searchVector", whose body (C) it still leaves out. lib/search/postgres/search-sql.ts
-- (relevanceSql) and memory-text.ts read it.
CREATE FUNCTION search_rank_vector(title text, summary text, keywords text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('search_de'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('search_de_prefix'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('search_de'::regconfig, coalesce(summary, '') || ' ' || coalesce(array_to_string(keywords, ' '), '')), 'B')
      || setweight(to_tsvector('search_de_prefix'::regconfig, coalesce(summary, '') || ' ' || coalesce(array_to_string(keywords, ' '), '')), 'B');

CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."summary", NEW."keywords", NEW."body");
  NEW."rankVector" := search_rank_vector(NEW."title", NEW."summary", NEW."keywords");
  NEW."titleSort" := search_normalize(NEW."title");
  RETURN NEW;
END
$$;

DROP FUNCTION search_rank_vector(text, text);

-- Recompute every row through the trigger (raises the index version, so caches start over).
UPDATE "SearchDocument" SET "title" = "title";
