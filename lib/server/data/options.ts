import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";

export type OptionDetail = Prisma.OptionGetPayload<{ include: { project: true; programs: true; customIncentives: true } }>;

/** The option's columns and its project, programs and custom incentives, each as JSON; null when no option matched. */
export type OptionDetailRow = {
  option: Record<string, unknown> | null;
  project: Record<string, unknown> | null;
  programs: Record<string, unknown>[] | null;
  customIncentives: Record<string, unknown>[] | null;
};

/**
 * The statement that reads an option with its project, programs and custom incentives (oldest first), in one row.
 * `organizationId` is a value, or an expression of an enclosing statement (see lib/data/access.ts, which reads
 * the caller's membership and the option together).
 */
export function optionDetailSql(organizationId: string | Prisma.Sql, projectId: string, optionId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT to_jsonb(o) AS option,
           to_jsonb(p) AS project,
           COALESCE((SELECT jsonb_agg(to_jsonb(ep) ORDER BY ep."createdAt", ep.id) FROM "EnabledProgram" ep WHERE ep."optionId" = o.id), '[]'::jsonb) AS programs,
           COALESCE((SELECT jsonb_agg(to_jsonb(ci) ORDER BY ci."createdAt", ci.id) FROM "CustomIncentive" ci WHERE ci."optionId" = o.id), '[]'::jsonb) AS "customIncentives"
    FROM "Option" o
    JOIN "Project" p ON p.id = o."projectId"
    WHERE o.id = ${optionId} AND o."projectId" = ${projectId} AND p."organizationId" = ${organizationId}`;
}

/**
 * An option reachable only through its own project's URL and only by that project's organization, with its
 * project, programs and custom incentives (oldest first).
 *
 * One SQL statement instead of Prisma's four (option, project, programs, incentives): every incentive page,
 * proposal and program switch starts here, and a program switch's round trip is mostly queries. Rows come back
 * as JSON and are typed by `reviveOptionDetail`; options.test.ts checks the result equals Prisma's own `include`
 * for every demo option, so a new column cannot come back in the wrong type unnoticed.
 */
export async function getOption(organizationId: string, projectId: string, optionId: string): Promise<OptionDetail | null> {
  const rows = await getDb().$queryRaw<OptionDetailRow[]>(optionDetailSql(organizationId, projectId, optionId));
  return rows[0] ? reviveOptionDetail(rows[0]) : null;
}

export function reviveOptionDetail(row: OptionDetailRow): OptionDetail | null {
  if (!row.option || !row.project) return null;
  return {
    ...withDates(row.option, ["createdAt", "updatedAt"]),
    project: withDates(row.project, ["createdAt", "updatedAt"]),
    programs: (row.programs ?? []).map((entry) => withDates(entry, ["createdAt", "updatedAt"])),
    customIncentives: (row.customIncentives ?? []).map((entry) => withDates(entry, ["createdAt", "updatedAt"])),
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
