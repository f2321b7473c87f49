-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "pageText" TEXT;
