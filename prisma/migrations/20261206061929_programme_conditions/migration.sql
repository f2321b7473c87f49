-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "applyBeforeProjectStart" BOOLEAN,
ADD COLUMN     "maxEmployees" INTEGER;
