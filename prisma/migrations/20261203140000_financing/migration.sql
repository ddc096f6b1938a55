-- CreateEnum
CREATE TYPE "FinancingKind" AS ENUM ('loan', 'lease', 'ppa');

-- CreateTable
CREATE TABLE "FinancingProduct" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "kind" "FinancingKind" NOT NULL,
    "terms" JSONB NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "sourceUrl" TEXT,
    "notes" TEXT,
    "checkedOn" DATE NOT NULL,
    "supersedesId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FinancingProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OptionFinancing" (
    "id" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "productId" TEXT,
    "label" TEXT NOT NULL,
    "choice" JSONB NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "isPreferred" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OptionFinancing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FinancingProduct_supersedesId_key" ON "FinancingProduct"("supersedesId");

-- CreateIndex
CREATE INDEX "FinancingProduct_organizationId_kind_idx" ON "FinancingProduct"("organizationId", "kind");

-- CreateIndex
CREATE INDEX "OptionFinancing_optionId_position_idx" ON "OptionFinancing"("optionId", "position");

-- CreateIndex
CREATE INDEX "OptionFinancing_productId_idx" ON "OptionFinancing"("productId");

-- AddForeignKey
ALTER TABLE "FinancingProduct" ADD CONSTRAINT "FinancingProduct_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancingProduct" ADD CONSTRAINT "FinancingProduct_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "FinancingProduct"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptionFinancing" ADD CONSTRAINT "OptionFinancing_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "Option"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptionFinancing" ADD CONSTRAINT "OptionFinancing_productId_fkey" FOREIGN KEY ("productId") REFERENCES "FinancingProduct"("id") ON DELETE SET NULL ON UPDATE CASCADE;
