-- AlterTable
ALTER TABLE "EnabledProgram" ADD COLUMN     "chosenToCount" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "enabledAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;

-- Backfill: a program switched on before this column existed counts as enabled when its row was created (the order
-- the engine used until now). A program that is off has no enabledAt.
UPDATE "EnabledProgram" SET "enabledAt" = CASE WHEN "enabled" THEN "createdAt" ELSE NULL END;
