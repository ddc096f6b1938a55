-- CreateTable
CREATE TABLE "PriceList" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "solarCentsPerWatt" INTEGER NOT NULL,
    "batteryUnitCents" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatteryPrice" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "unitCents" INTEGER NOT NULL,

    CONSTRAINT "BatteryPrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceAdder" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "isDefaultOn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriceAdder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomBatteryModel" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "manufacturer" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "usableKwh" DOUBLE PRECISION NOT NULL,
    "continuousKw" DOUBLE PRECISION NOT NULL,
    "roundTripEfficiencyPercent" DOUBLE PRECISION NOT NULL,
    "warrantyYears" INTEGER NOT NULL,
    "datasheetUrl" TEXT,
    "unitCents" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomBatteryModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PriceList_organizationId_key" ON "PriceList"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "BatteryPrice_organizationId_catalogId_key" ON "BatteryPrice"("organizationId", "catalogId");

-- CreateIndex
CREATE INDEX "PriceAdder_organizationId_idx" ON "PriceAdder"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomBatteryModel_organizationId_manufacturer_model_key" ON "CustomBatteryModel"("organizationId", "manufacturer", "model");

-- AddForeignKey
ALTER TABLE "PriceList" ADD CONSTRAINT "PriceList_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BatteryPrice" ADD CONSTRAINT "BatteryPrice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriceAdder" ADD CONSTRAINT "PriceAdder_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomBatteryModel" ADD CONSTRAINT "CustomBatteryModel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
