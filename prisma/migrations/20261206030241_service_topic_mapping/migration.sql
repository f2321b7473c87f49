-- CreateTable
CREATE TABLE "ServiceTopicMapping" (
    "service" "ServiceCategory" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceTopicMapping_pkey" PRIMARY KEY ("service")
);

-- CreateTable
CREATE TABLE "_ServiceTopics" (
    "A" "ServiceCategory" NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ServiceTopics_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_ServiceTopics_B_index" ON "_ServiceTopics"("B");

-- AddForeignKey
ALTER TABLE "_ServiceTopics" ADD CONSTRAINT "_ServiceTopics_A_fkey" FOREIGN KEY ("A") REFERENCES "ServiceTopicMapping"("service") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ServiceTopics" ADD CONSTRAINT "_ServiceTopics_B_fkey" FOREIGN KEY ("B") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every Leistung has its row (and so its lock) from the start, still mapped to no Themenfeld.
INSERT INTO "ServiceTopicMapping" ("service", "updatedAt")
SELECT unnest(enum_range(NULL::"ServiceCategory")), CURRENT_TIMESTAMP;
