import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";

export type OptionDetail = Prisma.OptionGetPayload<{ include: { project: true; programs: true; customIncentives: true } }>;

type Row = { option: Record<string, unknown>; project: Record<string, unknown>; programs: Record<string, unknown>[]; customIncentives: Record<string, unknown>[] };

/**
 * An option reachable only through its own project's URL and only by that project's organization, with its
 * project, programs and custom incentives (oldest first).
 *
 * One SQL statement instead of Prisma's four (option, project, programs, incentives): every incentive page,
 * proposal and program switch starts here, and a program switch's round trip is mostly queries. Rows come back
 * as JSON and are typed by `reviveRow`; tests/data/option-detail.test.ts checks the result equals Prisma's own
 * `include` for every demo option, so a new column cannot come back in the wrong type unnoticed.
 */
export async function getOption(organizationId: string, projectId: string, optionId: string): Promise<OptionDetail | null> {
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT to_jsonb(o) AS option,
           to_jsonb(p) AS project,
           COALESCE((SELECT jsonb_agg(to_jsonb(ep) ORDER BY ep."createdAt", ep.id) FROM "EnabledProgram" ep WHERE ep."optionId" = o.id), '[]'::jsonb) AS programs,
           COALESCE((SELECT jsonb_agg(to_jsonb(ci) ORDER BY ci."createdAt", ci.id) FROM "CustomIncentive" ci WHERE ci."optionId" = o.id), '[]'::jsonb) AS "customIncentives"
    FROM "Option" o
    JOIN "Project" p ON p.id = o."projectId"
    WHERE o.id = ${optionId} AND o."projectId" = ${projectId} AND p."organizationId" = ${organizationId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    ...withDates(row.option, ["createdAt", "updatedAt"]),
    project: withDates(row.project, ["createdAt", "updatedAt"]),
    programs: row.programs.map((entry) => withDates(entry, ["createdAt", "updatedAt"])),
    customIncentives: row.customIncentives.map((entry) => withDates(entry, ["createdAt", "updatedAt"])),
  } as OptionDetail;
}

/** JSON carries a timestamp column as text without a zone; Prisma stores UTC, so it is read back as UTC. */
function withDates(row: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const revived = { ...row };
  for (const field of fields) {
    const value = revived[field];
    if (typeof value === "string") revived[field] = new Date(`${value}Z`);
  }
  return revived;
}
