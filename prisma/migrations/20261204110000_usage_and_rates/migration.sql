-- Bill model (issue 18): an option's usage and rates, and the URDB rates an organization pasted.
ALTER TABLE "Option" ADD COLUMN "usageAndRates" JSONB;

CREATE TABLE "OrganizationTariff" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "utility" TEXT,
    "state" VARCHAR(2),
    "urdb" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationTariff_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "OrganizationTariff_organizationId_name_idx" ON "OrganizationTariff"("organizationId", "name");

ALTER TABLE "OrganizationTariff" ADD CONSTRAINT "OrganizationTariff_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
