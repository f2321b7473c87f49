-- The import's look-alike check (lib/import/lookalikes.ts) finds similar titles and names of
-- existing entries through these trigram indexes instead of comparing every row.
-- CreateIndex
CREATE INDEX "Advisor_name_idx" ON "Advisor" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Programme_title_idx" ON "Programme" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Provider_name_idx" ON "Provider" USING GIN ("name" gin_trgm_ops);
