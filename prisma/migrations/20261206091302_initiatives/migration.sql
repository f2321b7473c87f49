-- CreateEnum
CREATE TYPE "InitiativePhase" AS ENUM ('GEPLANT', 'PILOT', 'UMSETZUNG', 'ABGESCHLOSSEN');

-- CreateEnum
CREATE TYPE "RoadmapPhase" AS ENUM ('VORBEREITUNG', 'PLANUNG', 'PILOTIERUNG', 'IMPLEMENTIERUNG', 'OPTIMIERUNG');

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "responsibleBodyId" TEXT NOT NULL,
    "phase" "InitiativePhase" NOT NULL,
    "contactAdvisorId" TEXT,
    "outcomes" TEXT,
    "lastVerifiedAt" TIMESTAMP(3),
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeMilestone" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "roadmapPhase" "RoadmapPhase",
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativeMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeSourceLink" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativeSourceLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_InitiativeRegions" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InitiativeRegions_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InitiativeTopics" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InitiativeTopics_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InitiativeProgrammes" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InitiativeProgrammes_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE INDEX "Initiative_status_idx" ON "Initiative"("status");

-- CreateIndex
CREATE INDEX "Initiative_responsibleBodyId_idx" ON "Initiative"("responsibleBodyId");

-- CreateIndex
CREATE INDEX "Initiative_title_idx" ON "Initiative" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "InitiativeMilestone_initiativeId_idx" ON "InitiativeMilestone"("initiativeId");

-- CreateIndex
CREATE INDEX "InitiativeMilestone_roadmapPhase_idx" ON "InitiativeMilestone"("roadmapPhase");

-- CreateIndex
CREATE INDEX "InitiativeSourceLink_initiativeId_idx" ON "InitiativeSourceLink"("initiativeId");

-- CreateIndex
CREATE INDEX "_InitiativeRegions_B_index" ON "_InitiativeRegions"("B");

-- CreateIndex
CREATE INDEX "_InitiativeTopics_B_index" ON "_InitiativeTopics"("B");

-- CreateIndex
CREATE INDEX "_InitiativeProgrammes_B_index" ON "_InitiativeProgrammes"("B");

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_responsibleBodyId_fkey" FOREIGN KEY ("responsibleBodyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_contactAdvisorId_fkey" FOREIGN KEY ("contactAdvisorId") REFERENCES "Advisor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeMilestone" ADD CONSTRAINT "InitiativeMilestone_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeSourceLink" ADD CONSTRAINT "InitiativeSourceLink_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeRegions" ADD CONSTRAINT "_InitiativeRegions_A_fkey" FOREIGN KEY ("A") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeRegions" ADD CONSTRAINT "_InitiativeRegions_B_fkey" FOREIGN KEY ("B") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeTopics" ADD CONSTRAINT "_InitiativeTopics_A_fkey" FOREIGN KEY ("A") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeTopics" ADD CONSTRAINT "_InitiativeTopics_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeProgrammes" ADD CONSTRAINT "_InitiativeProgrammes_A_fkey" FOREIGN KEY ("A") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InitiativeProgrammes" ADD CONSTRAINT "_InitiativeProgrammes_B_fkey" FOREIGN KEY ("B") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
