-- NULL means "never checked against the source": an import that does not say when its data
-- was checked must not claim a check (lib/import/commit.ts).
-- AlterTable
ALTER TABLE "Advisor" ALTER COLUMN "lastVerifiedAt" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Programme" ALTER COLUMN "lastVerifiedAt" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Provider" ALTER COLUMN "lastVerifiedAt" DROP NOT NULL;
