-- AlterTable
ALTER TABLE "MailMessage" ADD COLUMN     "unsubscribeLink" TEXT;

-- CreateTable
CREATE TABLE "PendingAlert" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSubscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "manageTokenHash" TEXT NOT NULL,
    "tokenSalt" TEXT NOT NULL,
    "lastSentDay" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentUntil" TIMESTAMP(3) NOT NULL,
    "announcedDeadlines" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PendingAlert_tokenHash_key" ON "PendingAlert"("tokenHash");

-- CreateIndex
CREATE INDEX "PendingAlert_expiresAt_idx" ON "PendingAlert"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscriber_email_key" ON "AlertSubscriber"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AlertSubscriber_manageTokenHash_key" ON "AlertSubscriber"("manageTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_subscriberId_query_key" ON "Alert"("subscriberId", "query");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "AlertSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
