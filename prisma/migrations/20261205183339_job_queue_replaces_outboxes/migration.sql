-- Issue 12: the job queue (pg-boss, schema "pgboss", installed by the app and the worker) replaces
-- the claim column of the mail outbox and the Meilisearch outbox table. With SEARCH_ENGINE=meilisearch
-- run `npm run search:reindex` after deploying: rows still pending in SearchOutbox are dropped here.

-- AlterTable
ALTER TABLE "MailMessage" DROP COLUMN "claimedAt";

-- DropTable
DROP TABLE "SearchOutbox";

-- DropEnum
DROP TYPE "SearchOutboxOperation";
