-- The trigger no longer writes "shortWords" (nothing reads it since relevance reads the in-row
-- vectors): replaced first, so no write between the two statements can fail.
CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  short_text text := NEW."title" || ' ' || NEW."summary" || ' ' || array_to_string(NEW."keywords", ' ');
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."summary", NEW."keywords", NEW."body");
  NEW."rankVector" := search_rank_vector(NEW."title", NEW."summary", NEW."keywords");
  NEW."titleSort" := search_normalize(NEW."title");
  NEW."titleVector" := to_tsvector('search_de'::regconfig, NEW."title") || to_tsvector('search_de_prefix'::regconfig, NEW."title");
  NEW."words" := search_word_list(short_text || ' ' || NEW."body");
  RETURN NEW;
END
$$;

-- AlterTable
ALTER TABLE "SearchDocument" DROP COLUMN "shortWords";

-- AlterTable
ALTER TABLE "SearchWord" ADD COLUMN     "short" BOOLEAN NOT NULL DEFAULT false;

-- A word of a title, summary or keywords is marked "short" (only such words can be in
-- "titleVector" or "rankVector"); the mark is never removed, a stale one only costs a lookup.
CREATE OR REPLACE FUNCTION search_word_collect() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" (word, short)
    SELECT x.w, bool_or(x.short) FROM (
      SELECT w, false AS short FROM changed_rows, unnest(changed_rows."words") AS w
      UNION ALL
      SELECT w, true FROM changed_rows, unnest(search_word_list(changed_rows."title" || ' ' || changed_rows."summary" || ' '
        || array_to_string(changed_rows."keywords", ' '))) AS w
    ) x GROUP BY x.w
    ON CONFLICT (word) DO UPDATE SET short = true WHERE EXCLUDED.short AND NOT "SearchWord".short;
  RETURN NULL;
END
$$;

UPDATE "SearchWord" SET short = true WHERE word IN (
  SELECT unnest(search_word_list(d."title" || ' ' || d."summary" || ' ' || array_to_string(d."keywords", ' '))) FROM "SearchDocument" d
);

-- Without fast update: a query word's LIKE lookup must not scan a pending list of thousands of
-- words until the next vacuum (a reindex inserts every word; editors' edits add a few).
ALTER INDEX "SearchWord_word_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('"SearchWord_word_idx"'::regclass);
