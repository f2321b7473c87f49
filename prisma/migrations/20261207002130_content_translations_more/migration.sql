-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionFr" TEXT,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryFr" TEXT,
ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "titleFr" TEXT;

-- AlterTable
ALTER TABLE "Initiative" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionFr" TEXT,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryFr" TEXT,
ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "titleFr" TEXT;

-- AlterTable
ALTER TABLE "NewsItem" ADD COLUMN     "bodyEn" TEXT,
ADD COLUMN     "bodyFr" TEXT,
ADD COLUMN     "summaryEn" TEXT,
ADD COLUMN     "summaryFr" TEXT,
ADD COLUMN     "titleEn" TEXT,
ADD COLUMN     "titleFr" TEXT;
