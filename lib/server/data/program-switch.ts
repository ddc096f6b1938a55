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

export interface ProgramSwitch {
  optionId: string;
  programId: string;
  enabled: boolean;
  /** The catalog rate version the switch was computed with (enabling only). */
  rateVersion: string | null;
  audit: AuditEntry;
}

/** Returns whether a row switched: enabling always does (creating the row if needed); disabling only an enabled one. */
export async function writeProgramSwitch(access: Actor, change: ProgramSwitch, now: Date = new Date()): Promise<boolean> {
  const { optionId, programId, rateVersion, audit } = change;
  const row = auditRow(access, audit);
  const auditId = randomUUID();
  const written = change.enabled
    ? await getDb().$executeRaw`
        WITH switched AS (
          INSERT INTO "EnabledProgram" ("id", "optionId", "programId", "enabled", "inputs", "rateVersion", "createdAt", "updatedAt")
          VALUES (${randomUUID()}, ${optionId}, ${programId}, true, '{}'::jsonb, ${rateVersion}, ${now}, ${now})
          ON CONFLICT ("optionId", "programId") DO UPDATE SET "enabled" = true, "rateVersion" = EXCLUDED."rateVersion", "updatedAt" = EXCLUDED."updatedAt"
          RETURNING 1
        )
        INSERT INTO "AuditEvent" ("id", "organizationId", "projectId", "optionId", "actorId", "actorName", "action", "summary", "createdAt")
        SELECT ${auditId}, ${row.organizationId}, ${row.projectId}, ${row.optionId}, ${row.actorId}, ${row.actorName}, ${row.action}, ${row.summary}, ${now} FROM switched`
    : await getDb().$executeRaw`
        WITH switched AS (
          UPDATE "EnabledProgram" SET "enabled" = false, "updatedAt" = ${now}
          WHERE "optionId" = ${optionId} AND "programId" = ${programId} AND "enabled"
          RETURNING 1
        )
        INSERT INTO "AuditEvent" ("id", "organizationId", "projectId", "optionId", "actorId", "actorName", "action", "summary", "createdAt")
        SELECT ${auditId}, ${row.organizationId}, ${row.projectId}, ${row.optionId}, ${row.actorId}, ${row.actorName}, ${row.action}, ${row.summary}, ${now} FROM switched`;
  return written > 0;
}
