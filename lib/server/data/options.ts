import { changeSummary, describeChanges, OPTION_FIELDS } from "../../core/audit/changes";
import type { TOptionForm } from "../../validation/option";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { OFFER_FIELDS, OFFER_ORDER, offersOf, type FinancingOffer } from "./financing";

/** What every read of one option brings with it, in the order every page lists them. */
export const OPTION_DETAIL_INCLUDE = {
  project: true,
  programs: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  customIncentives: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  financingOffers: { orderBy: [...OFFER_ORDER], select: OFFER_FIELDS },
} as const satisfies Prisma.OptionInclude;

export type OptionRecord = Prisma.OptionGetPayload<{ include: typeof OPTION_DETAIL_INCLUDE }>;

/** An option as the app reads it: its columns, project, programs, custom incentives and financing offers. */
export type OptionDetail = Omit<OptionRecord, "financingOffers"> & { financingOffers: FinancingOffer[] };

/** A record read with OPTION_DETAIL_INCLUDE as the app's option: offer rows become the proposal's offers. */
export function optionDetailOf({ financingOffers, ...option }: OptionRecord): OptionDetail {
  return { ...option, financingOffers: offersOf(financingOffers) };
}

/** The option's columns and its project, programs, custom incentives and offers, each as JSON; null when no option matched. */
export type OptionDetailRow = {
  option: Record<string, unknown> | null;
  project: Record<string, unknown> | null;
  programs: Record<string, unknown>[] | null;
  customIncentives: Record<string, unknown>[] | null;
  financingOffers: Record<string, unknown>[] | null;
};

/**
 * The statement that reads an option with its project, programs, custom incentives (oldest first) and financing
 * offers (in their order), in one row.
 * `organizationId` is a value, or an expression of an enclosing statement (see lib/data/access.ts, which reads
 * the caller's membership and the option together).
 */
export function optionDetailSql(organizationId: string | Prisma.Sql, projectId: string, optionId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT to_jsonb(o) AS option,
           to_jsonb(p) AS project,
           COALESCE((SELECT jsonb_agg(to_jsonb(ep) ORDER BY ep."createdAt", ep.id) FROM "EnabledProgram" ep WHERE ep."optionId" = o.id), '[]'::jsonb) AS programs,
           COALESCE((SELECT jsonb_agg(to_jsonb(ci) ORDER BY ci."createdAt", ci.id) FROM "CustomIncentive" ci WHERE ci."optionId" = o.id), '[]'::jsonb) AS "customIncentives",
           COALESCE((SELECT jsonb_agg(jsonb_build_object('id', f.id, 'label', f.label, 'choice', f.choice, 'isPreferred', f."isPreferred",
                                                         'product', CASE WHEN fp.id IS NULL THEN NULL ELSE jsonb_build_object('name', fp.name) END)
                                      ORDER BY f.position, f."createdAt", f.id)
                     FROM "OptionFinancing" f LEFT JOIN "FinancingProduct" fp ON fp.id = f."productId"
                     WHERE f."optionId" = o.id), '[]'::jsonb) AS "financingOffers"
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
    programs: (row.programs ?? []).map((entry) => withDates(entry, ["enabledAt", "createdAt", "updatedAt"])),
    customIncentives: (row.customIncentives ?? []).map((entry) => withDates(entry, ["createdAt", "updatedAt"])),
    financingOffers: offersOf((row.financingOffers ?? []) as OptionRecord["financingOffers"]),
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

// Each change is written with its audit row in one transaction, so the activity list matches what was done.

/** A new option at the end of the project's list; returns its id, or null when the project is not the organization's (any more). */
export async function addOption(actor: Actor, projectId: string, fields: TOptionForm): Promise<string | null> {
  return getDb().$transaction(async (tx) => {
    // Lock the project row so concurrent creates number their options 0, 1, 2… instead of reading the same maximum.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Project" WHERE id = ${projectId} AND "organizationId" = ${actor.organizationId} FOR UPDATE`;
    if (locked.length === 0) return null;
    const last = await tx.option.aggregate({ where: { projectId }, _max: { position: true } });
    const created = await tx.option.create({ data: { ...fields, projectId, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
    await recordAudit(tx, actor, { projectId, optionId: created.id, action: "option.created", summary: `Added the option “${fields.name}”.` });
    return created.id;
  });
}

export type OptionEditOutcome = "saved" | "gone" | "conflict";

/**
 * Saves an option only if it is still at the version the form was loaded with ("conflict" when someone saved it
 * since), recording what changed; "gone" when it is not the organization's (any more).
 */
export async function updateOptionDetails(actor: Actor, option: { projectId: string; optionId: string; version: number }, fields: TOptionForm): Promise<OptionEditOutcome> {
  const { projectId, optionId, version } = option;
  return getDb().$transaction(async (tx) => {
    const before = await tx.option.findFirst({ where: { id: optionId, projectId, project: { organizationId: actor.organizationId } } });
    if (!before) return "gone";
    // The version check is in the UPDATE itself, so of two concurrent saves from the same version one wins.
    const { count } = await tx.option.updateMany({ where: { id: optionId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) return "conflict";
    const summary = changeSummary(`“${before.name}”`, describeChanges(OPTION_FIELDS, before, fields));
    await recordAudit(tx, actor, { projectId, optionId, action: "option.updated", summary });
    return "saved";
  });
}

/** Deletes an option with its programs and custom incentives (the schema cascades); false when it was already gone. */
export async function removeOption(actor: Actor, projectId: string, optionId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const option = await tx.option.findFirst({ where: { id: optionId, projectId, project: { organizationId: actor.organizationId } }, select: { name: true } });
    if (!option) return false;
    await tx.option.delete({ where: { id: optionId } });
    await recordAudit(tx, actor, { projectId, optionId, action: "option.deleted", summary: `Deleted the option “${option.name}”.` });
    return true;
  });
}
