/**
 * The organization's prices and own equipment (Prices and equipment): the price list (solar per watt, a default
 * battery price, prices of catalog models), its adders, and the battery models it added itself. The only module that
 * reads or writes PriceList, BatteryPrice, PriceAdder and CustomBatteryModel; every read is scoped by the caller's
 * organization, and every change is written with its audit row in one transaction, as the company profile's.
 *
 * Options copy figures and costs, never ids from here: a price changed or a model removed later never changes an
 * option already made, nor a proposal already sent.
 */
import type { OwnBatteryModel } from "../../core/equipment/battery-picks";
import { findBatteryModel } from "../../core/equipment/catalog";
import { formatUsd } from "../../core/money";
import type { PriceDefaults } from "../../core/pricing-defaults/default-costs";
import type { TCustomBatteryModelForm, TPriceAdderForm, TPriceListForm } from "../../validation/price-list";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";

export type PriceList = TPriceListForm & { updatedAt: Date };

export interface PriceAdder {
  id: string;
  name: string;
  amountCents: number;
  isDefaultOn: boolean;
}

export interface PricesAndEquipment {
  /** Null until the prices were saved once. */
  priceList: PriceList | null;
  adders: PriceAdder[];
  models: OwnBatteryModel[];
}

const MODEL_FIELDS = {
  id: true,
  manufacturer: true,
  model: true,
  usableKwh: true,
  continuousKw: true,
  roundTripEfficiencyPercent: true,
  warrantyYears: true,
  datasheetUrl: true,
  unitCents: true,
} as const;

async function findPriceList(organizationId: string): Promise<PriceList | null> {
  const db = getDb();
  const [list, batteryPrices] = await Promise.all([
    db.priceList.findUnique({ where: { organizationId }, select: { solarCentsPerWatt: true, batteryUnitCents: true, updatedAt: true } }),
    db.batteryPrice.findMany({ where: { organizationId }, select: { catalogId: true, unitCents: true } }),
  ]);
  if (!list) return null;
  // A price of a model the catalog no longer has is left out: nothing could pick it.
  const catalogUnitCents = Object.fromEntries(batteryPrices.filter((price) => findBatteryModel(price.catalogId)).map((price) => [price.catalogId, price.unitCents]));
  return { ...list, catalogUnitCents };
}

/** Adders by name; own models by manufacturer and model, as the picker lists them. */
export async function findPricesAndEquipment(organizationId: string): Promise<PricesAndEquipment> {
  const db = getDb();
  const [priceList, adders, models] = await Promise.all([
    findPriceList(organizationId),
    db.priceAdder.findMany({ where: { organizationId }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, amountCents: true, isDefaultOn: true } }),
    findOwnBatteryModels(organizationId),
  ]);
  return { priceList, adders, models };
}

export async function findOwnBatteryModels(organizationId: string): Promise<OwnBatteryModel[]> {
  return getDb().customBatteryModel.findMany({ where: { organizationId }, orderBy: [{ manufacturer: "asc" }, { model: "asc" }, { id: "asc" }], select: MODEL_FIELDS });
}

/** What a new option starts from; null when the organization has no price list (the form then starts blank, as before). */
export async function findPriceDefaults(organizationId: string): Promise<PriceDefaults | null> {
  const { priceList, adders } = await findPricesAndEquipment(organizationId);
  if (!priceList) return null;
  return {
    solarCentsPerWatt: priceList.solarCentsPerWatt,
    batteryUnitCents: priceList.batteryUnitCents,
    catalogUnitCents: priceList.catalogUnitCents,
    defaultAdders: adders.filter((adder) => adder.isDefaultOn).map(({ name, amountCents }) => ({ name, amountCents })),
  };
}

/** Organization settings have no project: their audit rows name none (as the company profile's). */
async function recordOrganizationAudit(tx: Prisma.TransactionClient, actor: Actor, action: string, summary: string): Promise<void> {
  await tx.auditEvent.create({ data: { organizationId: actor.organizationId, projectId: null, actorId: actor.userId, actorName: actor.userName, action, summary } });
}

const perWatt = (cents: number) => `${formatUsd(cents, { cents: true })}/W`;

/** The changes a save makes, in words, for the audit row and the status line. */
function describePriceChanges(before: PriceList | null, after: TPriceListForm): string[] {
  const changes: string[] = [];
  if (before?.solarCentsPerWatt !== after.solarCentsPerWatt) changes.push(`solar ${perWatt(after.solarCentsPerWatt)}`);
  if ((before?.batteryUnitCents ?? null) !== after.batteryUnitCents) changes.push(after.batteryUnitCents === null ? "no default battery price" : `default battery ${formatUsd(after.batteryUnitCents)}`);
  const ids = new Set([...Object.keys(before?.catalogUnitCents ?? {}), ...Object.keys(after.catalogUnitCents)]);
  for (const id of [...ids].sort()) {
    const was = before?.catalogUnitCents[id];
    const now = after.catalogUnitCents[id];
    if (was === now) continue;
    const model = findBatteryModel(id);
    const name = model ? `${model.manufacturer} ${model.model}` : id;
    changes.push(now === undefined ? `${name}: no price of its own` : `${name} ${formatUsd(now)}`);
  }
  return changes;
}

/** Writes the price list (creating it on the first save) and the catalog models' prices; returns what changed. */
export async function savePriceList(actor: Actor, fields: TPriceListForm): Promise<string[]> {
  const before = await findPriceList(actor.organizationId);
  return getDb().$transaction(async (tx) => {
    const { organizationId } = actor;
    await tx.priceList.upsert({
      where: { organizationId },
      create: { organizationId, solarCentsPerWatt: fields.solarCentsPerWatt, batteryUnitCents: fields.batteryUnitCents },
      update: { solarCentsPerWatt: fields.solarCentsPerWatt, batteryUnitCents: fields.batteryUnitCents },
      select: { id: true },
    });
    // The form shows every catalog model's price, so a save states them all: the rows are replaced, not merged.
    await tx.batteryPrice.deleteMany({ where: { organizationId } });
    const prices = Object.entries(fields.catalogUnitCents).map(([catalogId, unitCents]) => ({ organizationId, catalogId, unitCents }));
    if (prices.length > 0) await tx.batteryPrice.createMany({ data: prices });
    const changes = describePriceChanges(before, fields);
    if (changes.length > 0) await recordOrganizationAudit(tx, actor, "organization.prices_updated", `Updated the price list: ${changes.join(", ")}.`);
    return changes;
  });
}

export async function addPriceAdder(actor: Actor, fields: TPriceAdderForm): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const created = await tx.priceAdder.create({ data: { organizationId: actor.organizationId, ...fields }, select: { id: true } });
    const onByDefault = fields.isDefaultOn ? ", included in new options" : "";
    await recordOrganizationAudit(tx, actor, "organization.adder_added", `Added the adder “${fields.name}” (${formatUsd(fields.amountCents)}${onByDefault}).`);
    return created.id;
  });
}

/** False when the adder is not the organization's (or was removed already). */
export async function removePriceAdder(actor: Actor, adderId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const adder = await tx.priceAdder.findFirst({ where: { id: adderId, organizationId: actor.organizationId }, select: { name: true } });
    if (!adder) return false;
    await tx.priceAdder.delete({ where: { id: adderId } });
    await recordOrganizationAudit(tx, actor, "organization.adder_removed", `Removed the adder “${adder.name}”.`);
    return true;
  });
}

export type ModelAddition = { outcome: "added"; id: string } | { outcome: "duplicate" };

/** "duplicate" when the organization already has a model of that manufacturer and name. */
export async function addOwnBatteryModel(actor: Actor, fields: TCustomBatteryModelForm): Promise<ModelAddition> {
  try {
    return await getDb().$transaction(async (tx) => {
      const created = await tx.customBatteryModel.create({ data: { organizationId: actor.organizationId, ...fields }, select: { id: true } });
      await recordOrganizationAudit(tx, actor, "organization.battery_model_added", `Added the battery model “${fields.manufacturer} ${fields.model}” (${fields.usableKwh} kWh, ${fields.continuousKw} kW).`);
      return { outcome: "added" as const, id: created.id };
    });
  } catch (error) {
    // The unique index on (organization, manufacturer, model) decides, so two saves at once cannot both add it.
    if ((error as { code?: string }).code === "P2002") return { outcome: "duplicate" };
    throw error;
  }
}

/** False when the model is not the organization's (or was removed already). Options that use it keep their figures. */
export async function removeOwnBatteryModel(actor: Actor, modelId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const model = await tx.customBatteryModel.findFirst({ where: { id: modelId, organizationId: actor.organizationId }, select: { manufacturer: true, model: true } });
    if (!model) return false;
    await tx.customBatteryModel.delete({ where: { id: modelId } });
    await recordOrganizationAudit(tx, actor, "organization.battery_model_removed", `Removed the battery model “${model.manufacturer} ${model.model}”.`);
    return true;
  });
}
