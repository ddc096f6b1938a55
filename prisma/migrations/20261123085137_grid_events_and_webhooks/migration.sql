-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "simulation" JSONB;

-- AlterTable
ALTER TABLE "DeviceCommand" ADD COLUMN     "gridEventId" TEXT,
ADD COLUMN     "sentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "GridEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3) NOT NULL,
    "maxKwPerBattery" DOUBLE PRECISION,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),
    "measuredAt" TIMESTAMP(3),

    CONSTRAINT "GridEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GridEventPerformance" (
    "id" TEXT NOT NULL,
    "gridEventId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "averageKw" DOUBLE PRECISION NOT NULL,
    "deliveredKwh" DOUBLE PRECISION NOT NULL,
    "coverage" DOUBLE PRECISION NOT NULL,
    "measuredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GridEventPerformance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDestination" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "secret" TEXT NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "WebhookDestination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "destinationId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "firstFailedAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GridEvent_organizationId_startAt_idx" ON "GridEvent"("organizationId", "startAt");

-- CreateIndex
CREATE INDEX "GridEvent_status_endAt_idx" ON "GridEvent"("status", "endAt");

-- CreateIndex
CREATE INDEX "GridEventPerformance_deviceId_idx" ON "GridEventPerformance"("deviceId");

-- CreateIndex
CREATE UNIQUE INDEX "GridEventPerformance_gridEventId_deviceId_key" ON "GridEventPerformance"("gridEventId", "deviceId");

-- CreateIndex
CREATE INDEX "WebhookDestination_organizationId_idx" ON "WebhookDestination"("organizationId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_organizationId_createdAt_idx" ON "WebhookDelivery"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_destinationId_idempotencyKey_key" ON "WebhookDelivery"("destinationId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "DeviceCommand_deviceId_sentAt_idx" ON "DeviceCommand"("deviceId", "sentAt");

-- CreateIndex
CREATE INDEX "DeviceCommand_status_idx" ON "DeviceCommand"("status");

-- AddForeignKey
ALTER TABLE "DeviceCommand" ADD CONSTRAINT "DeviceCommand_gridEventId_fkey" FOREIGN KEY ("gridEventId") REFERENCES "GridEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridEvent" ADD CONSTRAINT "GridEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridEventPerformance" ADD CONSTRAINT "GridEventPerformance_gridEventId_fkey" FOREIGN KEY ("gridEventId") REFERENCES "GridEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GridEventPerformance" ADD CONSTRAINT "GridEventPerformance_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDestination" ADD CONSTRAINT "WebhookDestination_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "WebhookDestination"("id") ON DELETE CASCADE ON UPDATE CASCADE;
