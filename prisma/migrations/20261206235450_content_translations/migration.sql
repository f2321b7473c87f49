-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionFr" TEXT,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryFr" TEXT,
ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "titleFr" TEXT;

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "textEn" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "textFr" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- French and English stemming for translated content (issue 20): the same shape as search_de,
-- with the language's Snowball stemmer (its stop words included) after unaccent.
CREATE TEXT SEARCH CONFIGURATION search_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION search_fr
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION search_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION search_en
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH unaccent, english_stem;

-- The translated texts join the match vector (stemmed in their own language) and the words
-- (compound and prefix matches); field points stay German (titleVector, rankVector).
CREATE OR REPLACE FUNCTION search_document_set_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  short_text text := NEW."title" || ' ' || NEW."summary" || ' ' || array_to_string(NEW."keywords", ' ');
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."summary", NEW."keywords", NEW."body")
    || setweight(to_tsvector('search_fr'::regconfig, NEW."textFr"), 'B')
    || setweight(to_tsvector('search_en'::regconfig, NEW."textEn"), 'B');
  NEW."rankVector" := search_rank_vector(NEW."title", NEW."summary", NEW."keywords");
  NEW."titleSort" := search_normalize(NEW."title");
  NEW."titleVector" := to_tsvector('search_de'::regconfig, NEW."title") || to_tsvector('search_de_prefix'::regconfig, NEW."title");
  NEW."words" := search_word_list(short_text || ' ' || NEW."body" || ' ' || NEW."textFr" || ' ' || NEW."textEn");
  RETURN NEW;
END
$$;
