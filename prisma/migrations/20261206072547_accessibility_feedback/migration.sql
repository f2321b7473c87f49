-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ANSWERED');

-- CreateTable
CREATE TABLE "AccessibilityFeedback" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "pageUrl" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'NEW',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccessibilityFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessibilityFeedback_status_createdAt_idx" ON "AccessibilityFeedback"("status", "createdAt");
