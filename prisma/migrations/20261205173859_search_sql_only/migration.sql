-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "allWords" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "shortWords" TEXT NOT NULL DEFAULT '';

-- DropTable
DROP TABLE "SearchIndexChange";

-- DropTable
DROP TABLE "SearchIndexVersion";

-- CreateIndex
CREATE INDEX "SearchDocument_allWords_trgm_idx" ON "SearchDocument" USING GIN ("allWords" gin_trgm_ops);

-- Hand-written below (docs/search.md). The in-process search index is gone: every search is
-- answered by one SQL statement, so every instance gives the same answer at the same moment.
-- Its version counter (the tables above) and the triggers that raised it go with it.
DROP TRIGGER IF EXISTS search_document_version ON "SearchDocument";
DROP TRIGGER IF EXISTS search_term_version ON "SearchTerm";
DROP TRIGGER IF EXISTS synonym_group_version ON "SynonymGroup";
DROP FUNCTION IF EXISTS search_index_version_bump();

-- The distinct words of a text as search_de_prefix sees them (stop words dropped, unaccented,
-- lowercase, unstemmed; "IT-Sicherheitskonzept" gives "it-sicherheitskonzept", "it" and
-- "sicherheitskonzept"), space-separated with a leading and a trailing space, so that
-- LIKE '% cloud%' means "a word starts with cloud" and LIKE '%sicherheit%' "a word contains it".
CREATE FUNCTION search_word_list(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ' ' || array_to_string(tsvector_to_array(to_tsvector('search_de_prefix'::regconfig, coalesce(value, ''))), ' ') || ' ';

CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."summary", NEW."keywords", NEW."body");
  NEW."rankVector" := search_rank_vector(NEW."title", NEW."summary", NEW."keywords");
  NEW."titleSort" := search_normalize(NEW."title");
  NEW."shortWords" := search_word_list(NEW."title" || ' ' || NEW."summary" || ' ' || array_to_string(NEW."keywords", ' '));
  NEW."allWords" := search_word_list(NEW."title" || ' ' || NEW."summary" || ' ' || array_to_string(NEW."keywords", ' ') || ' ' || NEW."body");
  RETURN NEW;
END
$$;

-- Both lists stay in the row (compressed if need be): relevance reads shortWords for every match,
-- and the trigram index's recheck reads allWords; out of line each would cost a TOAST lookup.
ALTER TABLE "SearchDocument" ALTER COLUMN "shortWords" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" ALTER COLUMN "allWords" SET STORAGE MAIN;

-- Fill the new columns of existing rows through the trigger.
UPDATE "SearchDocument" SET "title" = "title";
