-- AlterTable
ALTER TABLE "SynonymGroup" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
