-- CreateTable
CREATE TABLE "LegalNotice" (
    "id" TEXT NOT NULL DEFAULT 'site',
    "organisationName" TEXT NOT NULL,
    "legalForm" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "town" TEXT NOT NULL,
    "representedBy" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "registerCourt" TEXT NOT NULL,
    "registerNumber" TEXT NOT NULL,
    "vatId" TEXT,
    "responsibleName" TEXT NOT NULL,
    "responsibleAddress" TEXT NOT NULL,
    "signLanguageVideoUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalNotice_pkey" PRIMARY KEY ("id")
);
