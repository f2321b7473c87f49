-- CreateEnum
CREATE TYPE "NewsKind" AS ENUM ('MELDUNG', 'FORTSCHRITT');

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "NewsKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "newsDate" DATE,
    "roadmapPhase" "RoadmapPhase",
    "lastVerifiedAt" TIMESTAMP(3),
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_NewsItemEvents" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NewsItemEvents_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NewsItemInitiatives" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NewsItemInitiatives_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NewsItemTopics" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NewsItemTopics_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NewsItemProgrammes" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NewsItemProgrammes_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsItem_slug_key" ON "NewsItem"("slug");

-- CreateIndex
CREATE INDEX "NewsItem_status_newsDate_idx" ON "NewsItem"("status", "newsDate");

-- CreateIndex
CREATE INDEX "NewsItem_title_idx" ON "NewsItem" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "_NewsItemEvents_B_index" ON "_NewsItemEvents"("B");

-- CreateIndex
CREATE INDEX "_NewsItemInitiatives_B_index" ON "_NewsItemInitiatives"("B");

-- CreateIndex
CREATE INDEX "_NewsItemTopics_B_index" ON "_NewsItemTopics"("B");

-- CreateIndex
CREATE INDEX "_NewsItemProgrammes_B_index" ON "_NewsItemProgrammes"("B");

-- AddForeignKey
ALTER TABLE "_NewsItemEvents" ADD CONSTRAINT "_NewsItemEvents_A_fkey" FOREIGN KEY ("A") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsItemEvents" ADD CONSTRAINT "_NewsItemEvents_B_fkey" FOREIGN KEY ("B") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsItemInitiatives" ADD CONSTRAINT "_NewsItemInitiatives_A_fkey" FOREIGN KEY ("A") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsItemInitiatives" ADD CONSTRAINT "_NewsItemInitiatives_B_fkey" FOREIGN KEY ("B") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsItemTopics" ADD CONSTRAINT "_NewsItemTopics_A_fkey" FOREIGN KEY ("A") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsItemTopics" ADD CONSTRAINT "_NewsItemTopics_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsItemProgrammes" ADD CONSTRAINT "_NewsItemProgrammes_A_fkey" FOREIGN KEY ("A") REFERENCES "NewsItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsItemProgrammes" ADD CONSTRAINT "_NewsItemProgrammes_B_fkey" FOREIGN KEY ("B") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
