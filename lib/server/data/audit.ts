import type { Actor } from "./actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";

export interface AuditEntry {
  projectId: string;
  optionId?: string | null;
  action: string;
  summary: string;
}

/** The row to write beside a change, in the same transaction: who, in which organization, did what. */
export function auditRow(access: Actor, entry: AuditEntry) {
  return {
    organizationId: access.organizationId,
    projectId: entry.projectId,
    optionId: entry.optionId ?? null,
    actorId: access.userId,
    actorName: access.userName,
    action: entry.action,
    summary: entry.summary,
  };
}

/** Writes the audit row of a change in the change's own transaction, so neither is ever stored without the other. */
export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(actor, entry) });
}

export type ProjectActivity = { id: string; actorName: string; action: string; summary: string; createdAt: Date };

/** A project's latest activity, newest first. */
export async function findProjectActivity(organizationId: string, projectId: string, limit = 50): Promise<ProjectActivity[]> {
  return getDb().auditEvent.findMany({
    where: { organizationId, projectId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, actorName: true, action: true, summary: true, createdAt: true },
  });
}
