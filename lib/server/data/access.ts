/**
 * The membership a signed-in user acts through, and the option an incentive action works on, read together.
 *
 * Every request reads the membership; an incentive action then reads its option. Both are one statement here,
 * so a program switch (the app's most frequent write, often live in a sales meeting) reads everything it needs
 * in one round trip before it writes.
 */
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ID_SHAPE } from "../../validation/ids";
import { optionDetailSql, reviveOptionDetail, type OptionDetail, type OptionDetailRow } from "./options";

export interface Membership {
  role: string;
  organizationId: string;
  organizationName: string;
}

export interface Member {
  userId: string;
  /** The organization the session last switched to, if any. */
  activeOrganizationId: string | null;
}

// Session fields are ids made by better-auth or the seed; anything else (PostgreSQL refuses text with a NUL byte,
// for one) cannot name a row, so it is not sent.

/** The session's active organization while the user is still a member of it, else the user's oldest membership. */
function membershipSql({ userId, activeOrganizationId }: Member): Prisma.Sql {
  const active = activeOrganizationId !== null && ID_SHAPE.test(activeOrganizationId) ? activeOrganizationId : null;
  return Prisma.sql`
    SELECT m.role, o.id AS "organizationId", o.name AS "organizationName"
    FROM "Member" m
    JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."userId" = ${userId}
    ORDER BY (m."organizationId" IS NOT DISTINCT FROM ${active}::text) DESC, m."createdAt", m.id
    LIMIT 1`;
}

export async function findMembership(member: Member): Promise<Membership | null> {
  if (!ID_SHAPE.test(member.userId)) return null;
  const rows = await getDb().$queryRaw<Membership[]>(membershipSql(member));
  return rows[0] ?? null;
}

/**
 * The membership, and the option of that membership's organization under the given project; the option is null
 * when it does not exist there (another organization's ids find nothing), or when there is no membership.
 */
export async function findMembershipAndOption(member: Member, projectId: string, optionId: string): Promise<{ membership: Membership | null; option: OptionDetail | null }> {
  if (!ID_SHAPE.test(member.userId)) return { membership: null, option: null };
  const rows = await getDb().$queryRaw<(Membership & OptionDetailRow)[]>`
    WITH membership AS (${membershipSql(member)})
    SELECT membership.*, detail.*
    FROM membership
    LEFT JOIN LATERAL (${optionDetailSql(Prisma.sql`membership."organizationId"`, projectId, optionId)}) detail ON true`;
  const row = rows[0];
  if (!row) return { membership: null, option: null };
  const { role, organizationId, organizationName } = row;
  return { membership: { role, organizationId, organizationName }, option: reviveOptionDetail(row) };
}
