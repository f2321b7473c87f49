-- CreateEnum
CREATE TYPE "LogoChange" AS ENUM ('SET', 'REMOVE');

-- AlterTable
ALTER TABLE "ProfileRevision" ADD COLUMN     "logoChange" "LogoChange",
ADD COLUMN     "logoHeight" INTEGER,
ADD COLUMN     "logoKey" TEXT,
ADD COLUMN     "logoWidth" INTEGER;

-- CreateIndex
CREATE INDEX "ProfileRevision_logoKey_idx" ON "ProfileRevision"("logoKey");
