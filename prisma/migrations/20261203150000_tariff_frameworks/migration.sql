-- Net metering under Massachusetts, Rhode Island and Connecticut rules, and Connecticut's RRES buy-all: until now
-- these projects were stored as "other" ("not net metered"). Existing projects keep their value: the demo seed moves
-- its own, and an installer's project changes only when the installer edits it.
ALTER TYPE "Tariff" ADD VALUE 'NETTING' BEFORE 'other';
ALTER TYPE "Tariff" ADD VALUE 'BUY_ALL' BEFORE 'other';
