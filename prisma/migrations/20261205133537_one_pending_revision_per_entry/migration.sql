-- One waiting proposal per directory entry, enforced by the database: concurrent proposals used
-- to leave several PENDING revisions for one entry. The service writes with
-- INSERT … ON CONFLICT against this partial index (lib/revision/propose.ts).
-- Hand-written: schema.prisma cannot express a partial expression index.

-- Existing duplicates: the newest pending revision per entry stays, older ones are superseded.
UPDATE "ProfileRevision" AS older
SET "status" = 'SUPERSEDED'
WHERE older."status" = 'PENDING'
  AND EXISTS (
    SELECT 1 FROM "ProfileRevision" AS newer
    WHERE newer."status" = 'PENDING'
      AND newer."id" <> older."id"
      AND (newer."advisorId" = older."advisorId" OR newer."providerId" = older."providerId")
      AND (newer."createdAt", newer."id") > (older."createdAt", older."id")
  );

-- The entry is advisorId or providerId (exactly one is set, entityType says which): one index
-- over both, so the service has one conflict target.
CREATE UNIQUE INDEX "ProfileRevision_one_pending_per_entry" ON "ProfileRevision" ("entityType", COALESCE("advisorId", "providerId")) WHERE "status" = 'PENDING';
