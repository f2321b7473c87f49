-- Hand-written: text search configurations, normalization functions and the generated tsvector
-- of "SearchDocument" (design: docs/search.md). Needs pg_trgm and unaccent (20261126104711).

-- German stop words are checked on the word as written (the list contains "für", "über"), before
-- unaccent folds it; ACCEPT = false passes every other word on to the next dictionary.
CREATE TEXT SEARCH DICTIONARY search_german_stop (TEMPLATE = simple, STOPWORDS = german, ACCEPT = false);

-- search_de: stop words → unaccent (ä→a, ß→ss, é→e) → German Snowball stem. Used on both sides:
-- documents and queries, and by ts_headline on the original text, so highlights match.
CREATE TEXT SEARCH CONFIGURATION search_de (COPY = german);
ALTER TEXT SEARCH CONFIGURATION search_de
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH search_german_stop, unaccent, german_stem;

-- search_de_prefix: the same without stemming. Prefix queries ("digitalisieru:*") must match whole
-- words; stems are often shorter than what has been typed ("digitalisier").
CREATE TEXT SEARCH CONFIGURATION search_de_prefix (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION search_de_prefix
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
  WITH search_german_stop, unaccent, simple;

-- unaccent(text) is only STABLE (it looks its dictionary up by search_path); the two-argument form
-- with a fixed dictionary is safe to declare IMMUTABLE, which expression indexes require.
CREATE FUNCTION search_normalize(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));

-- Title A; summary and keywords B; body C. Title, summary and keywords also contribute unstemmed
-- words (same weights) so that search-as-you-type prefixes match. array_to_string is only STABLE,
-- hence the IMMUTABLE wrapper.
CREATE FUNCTION search_document_vector(title text, summary text, keywords text[], body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('search_de'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('search_de_prefix'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('search_de'::regconfig, coalesce(summary, '') || ' ' || coalesce(array_to_string(keywords, ' '), '')), 'B')
      || setweight(to_tsvector('search_de_prefix'::regconfig, coalesce(summary, '') || ' ' || coalesce(array_to_string(keywords, ' '), '')), 'B')
      || setweight(to_tsvector('search_de'::regconfig, coalesce(body, '')), 'C');

-- schema.prisma declares "searchVector" as Unsupported("tsvector")? with a GIN index. A trigger
-- (not a generated column: the schema engine reads its expression as a column default and reports
-- drift) computes it on every write, so no writer can forget or falsify it.
CREATE FUNCTION search_document_set_vector() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := search_document_vector(NEW."title", NEW."summary", NEW."keywords", NEW."body");
  RETURN NEW;
END
$$;
CREATE TRIGGER search_document_vector_trigger
  BEFORE INSERT OR UPDATE ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION search_document_set_vector();

-- Suggestions: trigram GIN for "word inside the title" and similarity; btree for 1–2 letter prefixes
-- (trigrams need three characters). The database collation is C, so plain btree serves LIKE 'x%'.
CREATE INDEX "SearchDocument_title_trgm_idx" ON "SearchDocument" USING GIN (search_normalize("title") gin_trgm_ops);
CREATE INDEX "SearchDocument_title_prefix_idx" ON "SearchDocument" (search_normalize("title") text_pattern_ops);
