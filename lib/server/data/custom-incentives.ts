/**
 * An option's custom incentives (a town rebate, a utility credit the catalog does not know), each written with its
 * audit row in one transaction. The option is one the caller's organization reached (data/access.ts).
 */
import type { TCustomIncentiveForm } from "../../validation/custom-incentive";
import { getDb } from "../db/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";

/** The option an incentive belongs to, as the audit row names it. */
export interface IncentiveOption {
  id: string;
  projectId: string;
  name: string;
}

export async function addCustomIncentive(actor: Actor, option: IncentiveOption, fields: TCustomIncentiveForm): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await tx.customIncentive.create({ data: { ...fields, optionId: option.id } });
    const summary = `Added the custom incentive “${fields.name}” on “${option.name}”.`;
    await recordAudit(tx, actor, { projectId: option.projectId, optionId: option.id, action: "incentive.added", summary });
  });
}

/** False when the incentive is not this option's (any more). */
export async function editCustomIncentive(actor: Actor, option: IncentiveOption, incentiveId: string, fields: TCustomIncentiveForm): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.customIncentive.updateMany({ where: { id: incentiveId, optionId: option.id }, data: fields });
    if (count === 0) return false;
    const summary = `Edited the custom incentive “${fields.name}” on “${option.name}”.`;
    await recordAudit(tx, actor, { projectId: option.projectId, optionId: option.id, action: "incentive.updated", summary });
    return true;
  });
}

/** False when the incentive was already removed. */
export async function removeCustomIncentive(actor: Actor, option: IncentiveOption, incentiveId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const incentive = await tx.customIncentive.findFirst({ where: { id: incentiveId, optionId: option.id }, select: { name: true } });
    if (!incentive) return false;
    await tx.customIncentive.delete({ where: { id: incentiveId } });
    const summary = `Removed the custom incentive “${incentive.name}” from “${option.name}”.`;
    await recordAudit(tx, actor, { projectId: option.projectId, optionId: option.id, action: "incentive.removed", summary });
    return true;
  });
}
