-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'ADVISOR', 'PROVIDER');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "FundingLevel" AS ENUM ('EU', 'BUND', 'LAND', 'REGION', 'KOMMUNE');

-- CreateEnum
CREATE TYPE "FundingType" AS ENUM ('ZUSCHUSS', 'DARLEHEN', 'BUERGSCHAFT', 'BETEILIGUNG', 'BERATUNG', 'PREIS', 'SONSTIGE');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('KMU', 'STARTUP', 'HANDWERK', 'SOLO', 'KOMMUNE', 'SCHULE', 'HOCHSCHULE', 'VEREIN', 'LANDWIRTSCHAFT', 'PRIVATPERSON');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('KREIS', 'REGION', 'LAND', 'BUND', 'EU');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('KAMMER', 'WIRTSCHAFTSFOERDERUNG', 'FOERDERBANK', 'MINISTERIUM', 'EU_INSTITUTION', 'HOCHSCHULE', 'DIGITAL_HUB', 'NETZWERK', 'KOMMUNE');

-- CreateEnum
CREATE TYPE "AdvisorKind" AS ENUM ('PERSON', 'DESK');

-- CreateEnum
CREATE TYPE "ConsultationMode" AS ENUM ('VOR_ORT', 'BEIM_KUNDEN', 'TELEFON', 'VIDEO');

-- CreateEnum
CREATE TYPE "ServiceCategory" AS ENUM ('WEBSITE_SHOP', 'SOFTWARE', 'ERP_PROZESSE', 'CLOUD_INFRASTRUKTUR', 'IT_SICHERHEIT', 'DATEN_KI', 'ONLINE_MARKETING', 'IOT_INDUSTRIE', 'SCHULUNG', 'BERATUNG');

-- CreateEnum
CREATE TYPE "Industry" AS ENUM ('HANDWERK', 'HANDEL', 'INDUSTRIE', 'TOURISMUS_GASTRONOMIE', 'GESUNDHEIT_PFLEGE', 'LANDWIRTSCHAFT_WEINBAU', 'LOGISTIK', 'DIENSTLEISTUNG', 'OEFFENTLICHE_HAND', 'BILDUNG');

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('SOLO', 'MICRO', 'SMALL', 'MEDIUM', 'LARGE');

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "description" TEXT,
    "website" TEXT,
    "town" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "eligibility" TEXT,
    "howToApply" TEXT,
    "fundingBodyId" TEXT NOT NULL,
    "level" "FundingLevel" NOT NULL,
    "fundingTypes" "FundingType"[],
    "targetGroups" "TargetGroup"[],
    "amountText" TEXT,
    "amountMin" INTEGER,
    "amountMax" INTEGER,
    "applicationStart" DATE,
    "deadline" DATE,
    "sourceUrl" TEXT NOT NULL,
    "lastVerifiedAt" TIMESTAMP(3) NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Advisor" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "AdvisorKind" NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "summary" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "languages" TEXT[],
    "consultationModes" "ConsultationMode"[],
    "email" TEXT,
    "phone" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "town" TEXT,
    "officeHours" TEXT,
    "bookingUrl" TEXT,
    "lastVerifiedAt" TIMESTAMP(3) NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Advisor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "services" "ServiceCategory"[],
    "industries" "Industry"[],
    "certifications" TEXT[],
    "size" "CompanySize" NOT NULL,
    "foundedYear" INTEGER,
    "street" TEXT,
    "postalCode" TEXT,
    "town" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "lastVerifiedAt" TIMESTAMP(3) NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderReference" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "client" TEXT,
    "description" TEXT NOT NULL,
    "year" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProviderReference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "advisorId" TEXT,
    "providerId" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ProgrammeTopics" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ProgrammeTopics_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ProgrammeRegions" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ProgrammeRegions_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AdvisorTopics" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AdvisorTopics_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ProgrammeAdvisors" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ProgrammeAdvisors_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AdvisorRegions" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AdvisorRegions_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_slug_key" ON "Region"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE INDEX "Programme_status_deadline_idx" ON "Programme"("status", "deadline");

-- CreateIndex
CREATE INDEX "Programme_fundingBodyId_idx" ON "Programme"("fundingBodyId");

-- CreateIndex
CREATE UNIQUE INDEX "Advisor_slug_key" ON "Advisor"("slug");

-- CreateIndex
CREATE INDEX "Advisor_status_idx" ON "Advisor"("status");

-- CreateIndex
CREATE INDEX "Advisor_organisationId_idx" ON "Advisor"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_slug_key" ON "Provider"("slug");

-- CreateIndex
CREATE INDEX "Provider_status_idx" ON "Provider"("status");

-- CreateIndex
CREATE INDEX "Provider_regionId_idx" ON "Provider"("regionId");

-- CreateIndex
CREATE INDEX "ProviderReference_providerId_idx" ON "ProviderReference"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_advisorId_key" ON "User"("advisorId");

-- CreateIndex
CREATE UNIQUE INDEX "User_providerId_key" ON "User"("providerId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "_ProgrammeTopics_B_index" ON "_ProgrammeTopics"("B");

-- CreateIndex
CREATE INDEX "_ProgrammeRegions_B_index" ON "_ProgrammeRegions"("B");

-- CreateIndex
CREATE INDEX "_AdvisorTopics_B_index" ON "_AdvisorTopics"("B");

-- CreateIndex
CREATE INDEX "_ProgrammeAdvisors_B_index" ON "_ProgrammeAdvisors"("B");

-- CreateIndex
CREATE INDEX "_AdvisorRegions_B_index" ON "_AdvisorRegions"("B");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_fundingBodyId_fkey" FOREIGN KEY ("fundingBodyId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Advisor" ADD CONSTRAINT "Advisor_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderReference" ADD CONSTRAINT "ProviderReference_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "Advisor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgrammeTopics" ADD CONSTRAINT "_ProgrammeTopics_A_fkey" FOREIGN KEY ("A") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgrammeTopics" ADD CONSTRAINT "_ProgrammeTopics_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgrammeRegions" ADD CONSTRAINT "_ProgrammeRegions_A_fkey" FOREIGN KEY ("A") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgrammeRegions" ADD CONSTRAINT "_ProgrammeRegions_B_fkey" FOREIGN KEY ("B") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AdvisorTopics" ADD CONSTRAINT "_AdvisorTopics_A_fkey" FOREIGN KEY ("A") REFERENCES "Advisor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AdvisorTopics" ADD CONSTRAINT "_AdvisorTopics_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgrammeAdvisors" ADD CONSTRAINT "_ProgrammeAdvisors_A_fkey" FOREIGN KEY ("A") REFERENCES "Advisor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ProgrammeAdvisors" ADD CONSTRAINT "_ProgrammeAdvisors_B_fkey" FOREIGN KEY ("B") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AdvisorRegions" ADD CONSTRAINT "_AdvisorRegions_A_fkey" FOREIGN KEY ("A") REFERENCES "Advisor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AdvisorRegions" ADD CONSTRAINT "_AdvisorRegions_B_fkey" FOREIGN KEY ("B") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
