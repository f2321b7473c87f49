-- CreateEnum
CREATE TYPE "Combinability" AS ENUM ('KOMBINIERBAR', 'EINGESCHRAENKT', 'NICHT_KOMBINIERBAR');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "contactUrl" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "combinability" "Combinability",
ADD COLUMN     "combinabilityNote" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "legalBasisTitle" TEXT,
ADD COLUMN     "legalBasisUrl" TEXT,
ADD COLUMN     "requiredDocuments" TEXT;

-- CreateTable
CREATE TABLE "_ProgrammeSuccessors" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ProgrammeSuccessors_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_ProgrammeSuccessors_B_index" ON "_ProgrammeSuccessors"("B");

-- AddForeignKey
ALTER TABLE "_ProgrammeSuccessors" ADD CONSTRAINT "_ProgrammeSuccessors_A_fkey" FOREIGN KEY ("A") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgrammeSuccessors" ADD CONSTRAINT "_ProgrammeSuccessors_B_fkey" FOREIGN KEY ("B") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
