-- AlterTable
ALTER TABLE "ProposalVersion" ADD COLUMN     "acceptedFingerprint" TEXT,
ADD COLUMN     "acceptedSignature" JSONB,
ADD COLUMN     "acceptedTimeZone" TEXT,
ADD COLUMN     "firstViewedAt" TIMESTAMP(3),
ADD COLUMN     "validUntil" TIMESTAMP(3);
