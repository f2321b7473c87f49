-- AlterTable
ALTER TABLE "LegalNotice" ADD COLUMN     "signLanguageCaptionsUrl" TEXT;
