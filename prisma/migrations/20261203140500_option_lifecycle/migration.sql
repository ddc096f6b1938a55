-- AlterTable
ALTER TABLE "Option" ADD COLUMN     "batteryReplacementCents" INTEGER,
ADD COLUMN     "batteryWarrantyYears" INTEGER,
ADD COLUMN     "billTodayMonthlyCents" INTEGER,
ADD COLUMN     "inverterReplacementCents" INTEGER,
ADD COLUMN     "inverterWarrantyYears" INTEGER,
ADD COLUMN     "omEscalationPercent" DOUBLE PRECISION NOT NULL DEFAULT 0;
