-- DropIndex
DROP INDEX "SearchDocument_type_title_idx";

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "rankVector" tsvector,
ADD COLUMN     "titleSort" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "SearchDocument_titleSort_idx" ON "SearchDocument"("titleSort");

-- CreateIndex
CREATE INDEX "SearchDocument_titleSort_trgm_idx" ON "SearchDocument" USING GIN ("titleSort" gin_trgm_ops);
