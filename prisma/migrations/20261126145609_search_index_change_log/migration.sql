-- CreateTable
CREATE TABLE "SearchIndexChange" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "SearchIndexChange_pkey" PRIMARY KEY ("id")
);

-- The trigger of search_index_version now inserts a row here instead of raising the counter row:
-- inserts never wait for each other, so a long writing transaction (an import) no longer holds a
-- lock every other writer of the index needs, and no deadlock can form around it. Still once per
-- transaction, before its first write to the search tables, so the row becomes visible with the
-- data at commit and a rollback leaves nothing behind. Version = SearchIndexVersion.version +
-- count(*) of this table, i.e. the number of committed writing transactions: it grows with every
-- commit, in whatever order transactions commit.
CREATE OR REPLACE FUNCTION search_index_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('search.version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    INSERT INTO "SearchIndexChange" DEFAULT VALUES;
    PERFORM set_config('search.version_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END
$$;
