/**
 * A program switch and its audit row, written by one SQL statement.
 *
 * The switch is the most frequent write of the app (installers flip programs to compare, live in sales
 * meetings). Prisma would send BEGIN, the upsert, the audit insert and COMMIT; one statement with a
 * data-modifying CTE is one round trip and just as atomic: PostgreSQL runs it as a single transaction.
 * The audit row is written only when a row really switched, so a program that is already off records nothing.
 */
import { randomUUID } from "node:crypto";
import { auditRow, type AuditEntry } from "./audit";
import type { Actor } from "./actor";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";

export interface ProgramSwitch {
  optionId: string;
  programId: string;
  enabled: boolean;
  /** The catalog rate version the switch was computed with (enabling only). */
  rateVersion: string | null;
  audit: AuditEntry;
}

/**
 * Returns whether a row switched: enabling always does (creating the row if needed); disabling only an enabled one.
 * `enabledAt` says which of two programs that exclude each other was enabled first: switching on stamps it with `now`
 * (a program that is already on keeps its stamp), switching off clears it and the installer's choice to count it.
 */
export async function writeProgramSwitch(access: Actor, change: ProgramSwitch, now: Date = new Date()): Promise<boolean> {
  const { optionId, programId, rateVersion, audit } = change;
  const row = auditRow(access, audit);
  const auditId = randomUUID();
  const written = change.enabled
    ? await getDb().$executeRaw`
        WITH switched AS (
          INSERT INTO "EnabledProgram" ("id", "optionId", "programId", "enabled", "inputs", "rateVersion", "enabledAt", "chosenToCount", "createdAt", "updatedAt")
          VALUES (${randomUUID()}, ${optionId}, ${programId}, true, '{}'::jsonb, ${rateVersion}, ${now}, false, ${now}, ${now})
          ON CONFLICT ("optionId", "programId") DO UPDATE SET
            "enabled" = true,
            "enabledAt" = CASE WHEN "EnabledProgram"."enabled" AND "EnabledProgram"."enabledAt" IS NOT NULL THEN "EnabledProgram"."enabledAt" ELSE EXCLUDED."enabledAt" END,
            "rateVersion" = EXCLUDED."rateVersion",
            "updatedAt" = EXCLUDED."updatedAt"
          RETURNING 1
        )
        INSERT INTO "AuditEvent" ("id", "organizationId", "projectId", "optionId", "actorId", "actorName", "action", "summary", "createdAt")
        SELECT ${auditId}, ${row.organizationId}, ${row.projectId}, ${row.optionId}, ${row.actorId}, ${row.actorName}, ${row.action}, ${row.summary}, ${now} FROM switched`
    : await getDb().$executeRaw`
        WITH switched AS (
          UPDATE "EnabledProgram" SET "enabled" = false, "enabledAt" = NULL, "chosenToCount" = false, "updatedAt" = ${now}
          WHERE "optionId" = ${optionId} AND "programId" = ${programId} AND "enabled"
          RETURNING 1
        )
        INSERT INTO "AuditEvent" ("id", "organizationId", "projectId", "optionId", "actorId", "actorName", "action", "summary", "createdAt")
        SELECT ${auditId}, ${row.organizationId}, ${row.projectId}, ${row.optionId}, ${row.actorId}, ${row.actorName}, ${row.action}, ${row.summary}, ${now} FROM switched`;
  return written > 0;
}

export interface CountedChoice {
  optionId: string;
  /** The program the installer chose to count ("Count DSGS instead"). */
  programId: string;
  /** The programs it excludes: whatever choice they carried is cleared, so a pair has one choice at most. */
  excludedIds: readonly string[];
  audit: AuditEntry;
}

/**
 * The installer's choice of which of two excluded programs counts, with its audit row, in one statement. Written only
 * while the chosen program is switched on (a program that is off counts for nothing, so there is nothing to choose);
 * returns whether it was.
 */
export async function writeCountedChoice(access: Actor, choice: CountedChoice, now: Date = new Date()): Promise<boolean> {
  const { optionId, programId, excludedIds, audit } = choice;
  const row = auditRow(access, audit);
  const affected = excludedIds.length > 0 ? Prisma.sql`("programId" = ${programId} OR "programId" IN (${Prisma.join(excludedIds)}))` : Prisma.sql`"programId" = ${programId}`;
  const written = await getDb().$executeRaw`
    WITH chosen AS (
      UPDATE "EnabledProgram" SET "chosenToCount" = ("programId" = ${programId}), "updatedAt" = ${now}
      WHERE "optionId" = ${optionId} AND ${affected}
        AND EXISTS (SELECT 1 FROM "EnabledProgram" target WHERE target."optionId" = ${optionId} AND target."programId" = ${programId} AND target."enabled")
      RETURNING "programId"
    )
    INSERT INTO "AuditEvent" ("id", "organizationId", "projectId", "optionId", "actorId", "actorName", "action", "summary", "createdAt")
    SELECT ${randomUUID()}, ${row.organizationId}, ${row.projectId}, ${row.optionId}, ${row.actorId}, ${row.actorName}, ${row.action}, ${row.summary}, ${now}
    WHERE EXISTS (SELECT 1 FROM chosen WHERE "programId" = ${programId})`;
  return written > 0;
}
