-- AlterTable
ALTER TABLE "AlertSubscriber" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'de';

-- AlterTable
ALTER TABLE "PendingAlert" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'de';

-- AlterTable
ALTER TABLE "ProviderSignup" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'de';
