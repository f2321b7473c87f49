-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "docNo" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "SearchMatch" (
    "id" TEXT NOT NULL,
    "docNo" INTEGER NOT NULL,
    "searchVector" tsvector,
    "words" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "SearchMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchMatch_searchVector_idx" ON "SearchMatch" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SearchMatch_words_idx" ON "SearchMatch" USING GIN ("words");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_docNo_key" ON "SearchDocument"("docNo");

-- AddForeignKey
ALTER TABLE "SearchMatch" ADD CONSTRAINT "SearchMatch_id_fkey" FOREIGN KEY ("id") REFERENCES "SearchDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below (docs/search.md, "Schema"). The per-clause scans of a multi-word search only
-- need the ids of the matching rows (as "docNo": grouping thousands of them by an integer is cheaper
-- than by the text id); on "SearchDocument" a broad word's 6 600 matches (of 9 400)
-- lie on ~2 000 wide heap pages, here on ~100: both columns live out of line, so a row is an id and
-- two TOAST pointers.
ALTER TABLE "SearchMatch" SET (toast_tuple_target = 128);
ALTER TABLE "SearchMatch" ALTER COLUMN "searchVector" SET STORAGE EXTENDED;
ALTER TABLE "SearchMatch" ALTER COLUMN "words" SET STORAGE EXTENDED;

-- A row trigger copies both columns after every write (after the BEFORE trigger computed them), so
-- no writer can forget it; a deleted document takes its row along (ON DELETE CASCADE).
CREATE FUNCTION search_match_copy() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchMatch" ("id", "docNo", "searchVector", "words") VALUES (NEW."id", NEW."docNo", NEW."searchVector", NEW."words")
    ON CONFLICT ("id") DO UPDATE SET "docNo" = EXCLUDED."docNo", "searchVector" = EXCLUDED."searchVector", "words" = EXCLUDED."words";
  RETURN NULL;
END
$$;
CREATE TRIGGER search_match_insert AFTER INSERT ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION search_match_copy();
CREATE TRIGGER search_match_update AFTER UPDATE ON "SearchDocument"
  FOR EACH ROW WHEN (OLD."searchVector" IS DISTINCT FROM NEW."searchVector" OR OLD."words" IS DISTINCT FROM NEW."words"
    OR OLD."docNo" IS DISTINCT FROM NEW."docNo")
  EXECUTE FUNCTION search_match_copy();

INSERT INTO "SearchMatch" ("id", "docNo", "searchVector", "words") SELECT "id", "docNo", "searchVector", "words" FROM "SearchDocument";
