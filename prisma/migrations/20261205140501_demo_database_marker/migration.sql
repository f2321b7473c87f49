-- CreateTable
CREATE TABLE "DatabaseMarker" (
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatabaseMarker_pkey" PRIMARY KEY ("name")
);
