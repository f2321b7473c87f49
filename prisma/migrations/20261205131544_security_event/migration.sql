-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "actorKey" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "outcome" TEXT NOT NULL,
    "permission" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "clientIp" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SecurityEvent_lastAt_idx" ON "SecurityEvent"("lastAt");

-- CreateIndex
CREATE UNIQUE INDEX "SecurityEvent_actorKey_outcome_permission_action_minute_key" ON "SecurityEvent"("actorKey", "outcome", "permission", "action", "minute");
