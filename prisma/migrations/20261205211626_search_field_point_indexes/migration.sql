-- CreateIndex
CREATE INDEX "SearchDocument_titleVector_idx" ON "SearchDocument" USING GIN ("titleVector");

-- CreateIndex
CREATE INDEX "SearchDocument_rankVector_idx" ON "SearchDocument" USING GIN ("rankVector");
