-- CreateTable
CREATE TABLE "SearchIndexVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "SearchIndexVersion_pkey" PRIMARY KEY ("id")
);

-- The one row the triggers raise. The PostgreSQL engine keys its result cache and in-memory facet
-- index by it (lib/search/postgres/index-version.ts).
INSERT INTO "SearchIndexVersion" (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;

-- Raised once per transaction that writes to a table searches read, before its first such
-- statement: the row lock is taken before any row lock on those tables, so writers queue on it
-- instead of deadlocking (nothing locks search rows without writing them), and readers see the
-- new version together with the data at commit. A rolled-back transaction leaves it alone. (Not a
-- deferred constraint trigger, which would raise it at commit: the schema engine's introspection
-- cannot read constraint triggers and `npm run db:migrate:check` would fail.)
CREATE FUNCTION search_index_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('search.version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE "SearchIndexVersion" SET version = version + 1 WHERE id = 1;
    PERFORM set_config('search.version_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_document_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_version_bump();
CREATE TRIGGER search_term_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchTerm"
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_version_bump();
CREATE TRIGGER synonym_group_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SynonymGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION search_index_version_bump();
