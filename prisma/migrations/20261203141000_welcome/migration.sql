-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "welcomeDismissedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "isSample" BOOLEAN NOT NULL DEFAULT false;

-- The welcome is for organizations created from now on: one that already exists has found its way around, so it
-- does not meet a getting-started checklist after the upgrade.
UPDATE "Organization" SET "welcomeDismissedAt" = CURRENT_TIMESTAMP;
