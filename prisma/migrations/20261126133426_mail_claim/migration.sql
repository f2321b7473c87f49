-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "claimedAt" TIMESTAMP(3);
