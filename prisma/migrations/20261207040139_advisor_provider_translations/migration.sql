-- AlterTable
ALTER TABLE "Advisor" ADD COLUMN     "jobTitleEn" TEXT,
ADD COLUMN     "jobTitleFr" TEXT,
ADD COLUMN     "officeHoursEn" TEXT,
ADD COLUMN     "officeHoursFr" TEXT,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryFr" TEXT;

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionFr" TEXT,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryFr" TEXT;
