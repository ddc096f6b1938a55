-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "organizationId" TEXT;
