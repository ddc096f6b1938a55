-- AlterTable
ALTER TABLE "CustomIncentive" ADD COLUMN     "requiresProgramId" TEXT;

-- AlterTable
ALTER TABLE "Option" ADD COLUMN     "batteryFadePercent" DOUBLE PRECISION NOT NULL DEFAULT 3;
