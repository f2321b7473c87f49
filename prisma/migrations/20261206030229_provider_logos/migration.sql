-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "logoHeight" INTEGER,
ADD COLUMN     "logoKey" TEXT,
ADD COLUMN     "logoWidth" INTEGER;

-- CreateTable
CREATE TABLE "StoredMedia" (
    "key" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredMedia_pkey" PRIMARY KEY ("key")
);
