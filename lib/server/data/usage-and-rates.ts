/**
 * An option's usage and rates (the bill model's inputs, one JSON column) and the organization's pasted URDB rates.
 * The only module that writes Option.usageAndRates and OrganizationTariff. Every read is scoped by the caller's
 * organization; every change is written with its audit row in one transaction.
 *
 * Usage and rates are checked with the core's schema before they are written, and saved only when the option is
 * still at the version the page loaded (as the option form's save): a second editor gets a conflict, never a
 * silent overwrite of someone's import.
 */
import { parseUrdbRate, parseUsageAndRates, type UsageAndRates } from "../../core/bills";
import { todayIsoDate } from "../../core/dates/iso-date";
import { storedTariffName } from "../../validation/usage-and-rates";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import type { OptionEditOutcome } from "./options";

export interface OptionKey {
  projectId: string;
  optionId: string;
  /** The version the page loaded. */
  version: number;
}

/** "12 months of usage, design production, PG&E E-TOU-C": the audit row's words for what was saved. */
export function describeUsageAndRates(value: UsageAndRates, proposalDate = todayIsoDate()): string {
  const usage = value.usage.kind === "monthly" ? "12 months of usage" : `Green Button usage from ${value.usage.fileName}`;
  const production = value.production.kind === "design" ? "the design's annual production" : value.production.kind === "monthly" ? "12 months of production" : `hourly production from ${value.production.fileName}`;
  const tariff = storedTariffName(value.tariff, proposalDate);
  const override = value.savingsFrom === "typed" ? "; the typed year-1 savings still count" : "";
  return `${usage}, ${production}, ${tariff}${override}`;
}

async function writeUsageAndRates(actor: Actor, key: OptionKey, value: UsageAndRates | null): Promise<OptionEditOutcome> {
  const { projectId, optionId, version } = key;
  return getDb().$transaction(async (tx) => {
    const option = await tx.option.findFirst({ where: { id: optionId, projectId, project: { organizationId: actor.organizationId } }, select: { name: true } });
    if (!option) return "gone";
    // The version check is in the UPDATE itself, so of two concurrent saves from the same version one wins.
    const { count } = await tx.option.updateMany({
      where: { id: optionId, version },
      data: { usageAndRates: value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue), version: { increment: 1 } },
    });
    if (count === 0) return "conflict";
    const summary =
      value === null
        ? `Cleared the usage and rates of “${option.name}”: its typed year-1 bill savings count again.`
        : `Saved the usage and rates of “${option.name}”: ${describeUsageAndRates(value)}.`;
    await recordAudit(tx, actor, { projectId, optionId, action: value === null ? "option.usage_cleared" : "option.usage_saved", summary });
    return "saved";
  });
}

/** Saves checked usage and rates (refused with the field named when they do not parse) if the option is still at `key.version`. */
export async function saveUsageAndRates(actor: Actor, key: OptionKey, value: unknown): Promise<OptionEditOutcome> {
  return writeUsageAndRates(actor, key, parseUsageAndRates(value));
}

/** Back to the typed year-1 figure: the option stores no usage and rates. */
export async function clearUsageAndRates(actor: Actor, key: OptionKey): Promise<OptionEditOutcome> {
  return writeUsageAndRates(actor, key, null);
}

// ---------------------------------------------------------------------------------------------------------------
// The organization's pasted rates

export interface OrganizationTariff {
  id: string;
  name: string;
  utility: string | null;
  state: string | null;
  /** The URDB rate as pasted (checked with urdbRateSchema before it was saved). */
  urdb: unknown;
  createdAt: Date;
}

export interface OrganizationTariffFields {
  name: string;
  utility: string | null;
  state: string | null;
  urdb: unknown;
}

const TARIFF_FIELDS = { id: true, name: true, utility: true, state: true, urdb: true, createdAt: true } as const;

/** The organization's pasted rates, by name. */
export async function findOrganizationTariffs(organizationId: string): Promise<OrganizationTariff[]> {
  return getDb().organizationTariff.findMany({ where: { organizationId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: TARIFF_FIELDS });
}

/** One pasted rate of the organization, or null (another organization's, or deleted). */
export async function findOrganizationTariff(organizationId: string, tariffId: string): Promise<OrganizationTariff | null> {
  return getDb().organizationTariff.findFirst({ where: { id: tariffId, organizationId }, select: TARIFF_FIELDS });
}

/** Organization settings have no project: their audit rows name none (as the price list's). */
async function recordOrganizationAudit(tx: Prisma.TransactionClient, actor: Actor, action: string, summary: string): Promise<void> {
  await tx.auditEvent.create({ data: { organizationId: actor.organizationId, projectId: null, actorId: actor.userId, actorName: actor.userName, action, summary } });
}

/** Adds a pasted URDB rate, checked first (refused with the URDB field named); returns its id. */
export async function addOrganizationTariff(actor: Actor, fields: OrganizationTariffFields): Promise<string> {
  parseUrdbRate(fields.urdb);
  return getDb().$transaction(async (tx) => {
    const created = await tx.organizationTariff.create({
      data: { organizationId: actor.organizationId, name: fields.name, utility: fields.utility, state: fields.state, urdb: fields.urdb as Prisma.InputJsonValue },
      select: { id: true },
    });
    await recordOrganizationAudit(tx, actor, "tariff.added", `Added the pasted rate “${fields.name}”.`);
    return created.id;
  });
}

/** Deletes a pasted rate; options that use it keep their copy. False when it was not the organization's (or already gone). */
export async function removeOrganizationTariff(actor: Actor, tariffId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const tariff = await tx.organizationTariff.findFirst({ where: { id: tariffId, organizationId: actor.organizationId }, select: { name: true } });
    if (!tariff) return false;
    // deleteMany: of two deletes at once, the second finds nothing rather than failing.
    const { count } = await tx.organizationTariff.deleteMany({ where: { id: tariffId, organizationId: actor.organizationId } });
    if (count === 0) return false;
    await recordOrganizationAudit(tx, actor, "tariff.removed", `Deleted the pasted rate “${tariff.name}”. Options that use it keep their copy.`);
    return true;
  });
}
