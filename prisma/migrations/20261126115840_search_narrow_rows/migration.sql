-- Hand-written: keep the rows a search reads narrow (docs/search.md, "Performance").
-- A query fetches, per matching row, only type, facets, dates, titleSort and rankVector; the wide
-- values (body, keywords, summary, the full searchVector — only its GIN index is needed) move out
-- of line into the TOAST table. At 100 000 documents this shrinks the heap that a broad query
-- touches from ~135 MB to a fraction, so it stays in shared buffers.

ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);
-- EXTERNAL: out of line, uncompressed (tsvectors compress poorly and are never read back here).
ALTER TABLE "SearchDocument" ALTER COLUMN "searchVector" SET STORAGE EXTERNAL;
-- EXTENDED (the default for text): compressed, then out of line when the row is still too wide.
ALTER TABLE "SearchDocument" ALTER COLUMN "body" SET STORAGE EXTENDED;
ALTER TABLE "SearchDocument" ALTER COLUMN "keywords" SET STORAGE EXTENDED;
ALTER TABLE "SearchDocument" ALTER COLUMN "summary" SET STORAGE EXTENDED;
-- MAIN: compressed if need be, but kept in the row (moved out only if the row cannot fit a page).
ALTER TABLE "SearchDocument" ALTER COLUMN "id" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "type" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "slug" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "title" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "titleSort" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "facets" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "rankVector" SET STORAGE MAIN;

-- Title (A) and summary (B), stemmed and unstemmed like search_document_vector: small enough to
-- stay in the row, so ranking thousands of matches reads no TOAST.
CREATE FUNCTION search_rank_vector(title text, summary text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('search_de'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('search_de_prefix'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('search_de'::regconfig, coalesce(summary, '')), 'B')
      || setweight(to_tsvector('search_de_prefix'::regconfig, coalesce(summary, '')), 'B');

CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."summary", NEW."keywords", NEW."body");
  NEW."rankVector" := search_rank_vector(NEW."title", NEW."summary");
  NEW."titleSort" := search_normalize(NEW."title");
  RETURN NEW;
END
$$;

-- The titleSort indexes (schema.prisma) replace these expression indexes.
DROP INDEX "SearchDocument_title_trgm_idx";
DROP INDEX "SearchDocument_title_prefix_idx";

-- Rewrite existing rows: fills the new columns and applies the storage settings (a reindex would too).
UPDATE "SearchDocument" SET "title" = "title";
