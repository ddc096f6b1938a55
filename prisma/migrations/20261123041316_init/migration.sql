-- CreateEnum
CREATE TYPE "Segment" AS ENUM ('residential', 'commercial');

-- CreateEnum
CREATE TYPE "Tariff" AS ENUM ('NEM1', 'NEM2', 'NBT', 'other');

-- CreateEnum
CREATE TYPE "IncentiveKind" AS ENUM ('upfront', 'annual');

-- CreateEnum
CREATE TYPE "IncentiveBasis" AS ENUM ('fixed', 'per_kwh', 'per_watt');

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "customerName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "street" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" VARCHAR(2) NOT NULL,
    "zip" VARCHAR(10) NOT NULL,
    "utility" TEXT,
    "tariff" "Tariff" NOT NULL DEFAULT 'other',
    "segment" "Segment" NOT NULL DEFAULT 'residential',
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Option" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "pvKw" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "annualProductionKwh" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "batteryModel" TEXT,
    "batteryCapacityKwh" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "batteryPowerKw" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "batteryCount" INTEGER NOT NULL DEFAULT 0,
    "reservePercent" DOUBLE PRECISION NOT NULL DEFAULT 20,
    "solarCostCents" INTEGER NOT NULL DEFAULT 0,
    "batteryCostCents" INTEGER NOT NULL DEFAULT 0,
    "otherCostCents" INTEGER NOT NULL DEFAULT 0,
    "billSavingsYear1Cents" INTEGER NOT NULL DEFAULT 0,
    "horizonYears" INTEGER NOT NULL DEFAULT 25,
    "utilityEscalationPercent" DOUBLE PRECISION NOT NULL DEFAULT 3,
    "discountRatePercent" DOUBLE PRECISION NOT NULL DEFAULT 5,
    "degradationPercent" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "omCostYearlyCents" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Option_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnabledProgram" (
    "id" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "inputs" JSONB NOT NULL DEFAULT '{}',
    "rateVersion" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnabledProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomIncentive" (
    "id" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "IncentiveKind" NOT NULL,
    "basis" "IncentiveBasis" NOT NULL DEFAULT 'fixed',
    "amountCents" INTEGER NOT NULL,
    "capCents" INTEGER,
    "years" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomIncentive_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Project_state_idx" ON "Project"("state");

-- CreateIndex
CREATE INDEX "Project_createdAt_idx" ON "Project"("createdAt");

-- CreateIndex
CREATE INDEX "Option_projectId_idx" ON "Option"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "EnabledProgram_optionId_programId_key" ON "EnabledProgram"("optionId", "programId");

-- CreateIndex
CREATE INDEX "CustomIncentive_optionId_idx" ON "CustomIncentive"("optionId");

-- AddForeignKey
ALTER TABLE "Option" ADD CONSTRAINT "Option_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnabledProgram" ADD CONSTRAINT "EnabledProgram_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "Option"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomIncentive" ADD CONSTRAINT "CustomIncentive_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "Option"("id") ON DELETE CASCADE ON UPDATE CASCADE;
