-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "shortWords" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "titleVector" tsvector,
ADD COLUMN     "words" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- DropTable
DROP TABLE "SearchIndexChange";

-- DropTable
DROP TABLE "SearchIndexVersion";

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SearchDocument_words_idx" ON "SearchDocument" USING GIN ("words");

-- Hand-written below (docs/search.md). The in-process search index is gone: every search is
-- answered by one SQL statement, so every instance gives the same answer at the same moment.
-- Its version counter (the tables above) and the triggers that raised it go with it.
DROP TRIGGER IF EXISTS search_document_version ON "SearchDocument";
DROP TRIGGER IF EXISTS search_term_version ON "SearchTerm";
DROP TRIGGER IF EXISTS synonym_group_version ON "SynonymGroup";
DROP FUNCTION IF EXISTS search_index_version_bump();

-- The distinct words of a text as search_de_prefix sees them: stop words dropped, unaccented,
-- lowercase, unstemmed; "IT-Sicherheitskonzept" gives "it-sicherheitskonzept", "it" and
-- "sicherheitskonzept". A query word matches a document when it matches one of these words
-- (lib/search/postgres/word-match.ts), at its start or inside it.
CREATE FUNCTION search_word_list(value text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN tsvector_to_array(to_tsvector('search_de_prefix'::regconfig, coalesce(value, '')));

CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  short_text text := NEW."title" || ' ' || NEW."summary" || ' ' || array_to_string(NEW."keywords", ' ');
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."summary", NEW."keywords", NEW."body");
  NEW."rankVector" := search_rank_vector(NEW."title", NEW."summary", NEW."keywords");
  NEW."titleSort" := search_normalize(NEW."title");
  NEW."titleVector" := to_tsvector('search_de'::regconfig, NEW."title") || to_tsvector('search_de_prefix'::regconfig, NEW."title");
  -- Space-separated with a space at either end: LIKE '% web%' is "a word starts with web".
  NEW."shortWords" := ' ' || array_to_string(search_word_list(short_text), ' ') || ' ';
  NEW."words" := search_word_list(short_text || ' ' || NEW."body");
  RETURN NEW;
END
$$;

-- New words go to the vocabulary once per statement (a reindex writes 500 rows per statement
-- sharing most words). Two triggers: a transition table serves one event only.
CREATE FUNCTION search_word_collect() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" (word)
    SELECT DISTINCT w FROM changed_rows, unnest(changed_rows."words") AS w
    ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER search_word_insert AFTER INSERT ON "SearchDocument"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect();
CREATE TRIGGER search_word_update AFTER UPDATE ON "SearchDocument"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect();

-- In the row: relevance reads the title vector and the short list of every match. The full list is only read through
-- its GIN index (&& needs no recheck), so it may live out of line.
ALTER TABLE "SearchDocument" ALTER COLUMN "shortWords" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "titleVector" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "words" SET STORAGE EXTENDED;

-- Fill the new columns of existing rows (and the vocabulary) through the triggers.
UPDATE "SearchDocument" SET "title" = "title";
