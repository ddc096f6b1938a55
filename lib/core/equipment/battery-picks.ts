/**
 * The option form's battery picker as plain data: which models it offers (battery units, grouped by manufacturer,
 * each with the expansion that fits it), the fields a pick fills, and which pick a saved option came from. The option
 * stores only the figures and the model text (no catalog id), so a saved option is matched back by that text: an
 * option whose text was edited away from the catalog's name reads as "not listed", which is what it has become.
 */
import { formatIsoDate } from "../dates/format";
import { DomainError } from "../errors/domain-error";
import { getProgram } from "../programs/registry";
import { batteryFieldsFrom, withExpansions, type BatteryFields } from "./battery-fields";
import { batteryCatalog, findBatteryModel } from "./catalog";
import type { BatteryExpansion, BatteryUnit } from "./types";

export interface BatteryPick {
  unit: BatteryUnit;
  /** The expansion that attaches to this unit, when the catalog has one (Powerwall 3 Expansion). */
  expansion: BatteryExpansion | null;
}

export interface BatteryPickGroup {
  manufacturer: string;
  picks: BatteryPick[];
}

/** Battery units only: an expansion is never a battery on its own, it is a count on the unit it fits. */
export function batteryPickGroups(): BatteryPickGroup[] {
  const groups = new Map<string, BatteryPick[]>();
  for (const model of batteryCatalog) {
    if (model.kind !== "battery") continue;
    const expansion = batteryCatalog.find((other): other is BatteryExpansion => other.kind === "expansion" && other.expands === model.id) ?? null;
    groups.set(model.manufacturer, [...(groups.get(model.manufacturer) ?? []), { unit: model, expansion }]);
  }
  return [...groups].map(([manufacturer, picks]) => ({ manufacturer, picks }));
}

export function findBatteryPick(unitId: string): BatteryPick | undefined {
  return batteryPickGroups()
    .flatMap((group) => group.picks)
    .find((pick) => pick.unit.id === unitId);
}

/** The fields a pick fills: one unit with `expansions` attached to each, `count` times. */
export function fieldsForPick(unitId: string, expansions: number, count: number): BatteryFields {
  const pick = findBatteryPick(unitId);
  if (!pick) throw new DomainError("invalid", `"${unitId}" is not a battery in the catalog.`);
  if (expansions > 0 && !pick.expansion) throw new DomainError("invalid", `${pick.unit.manufacturer} ${pick.unit.model} takes no expansion units.`);
  const unit = pick.expansion ? withExpansions(pick.unit, pick.expansion, expansions) : pick.unit;
  return batteryFieldsFrom(unit, count);
}

/** The pick a saved option's model text names exactly, with its expansion count; null for a model not listed. */
export function matchBatteryPick(batteryModel: string): { unitId: string; expansions: number } | null {
  const text = batteryModel.trim();
  if (text === "") return null;
  for (const { picks } of batteryPickGroups()) {
    for (const { unit, expansion } of picks) {
      for (let expansions = 0; expansions <= (expansion?.maxPerUnit ?? 0); expansions += 1) {
        if (fieldsForPick(unit.id, expansions, 1).batteryModel === text) return { unitId: unit.id, expansions };
      }
    }
  }
  return null;
}

export interface ListingNote {
  programName: string;
  listedAs: string;
  listTitle: string;
  url: string;
  /** "Dec 3, 2026" */
  checkedOn: string;
  /** False when a secondary page reports the eligibility, so the form says it is not the program's own list. */
  isPrimary: boolean;
}

/** What the form says about a model's program eligibility, one line per list that names it. */
export function listingNotesFor(unitId: string): ListingNote[] {
  const model = findBatteryModel(unitId);
  if (!model) return [];
  return model.eligibleFor.map((listing) => ({
    programName: getProgram(listing.programId)?.name ?? listing.programId,
    listedAs: listing.listedAs,
    listTitle: listing.listTitle,
    url: listing.url,
    checkedOn: formatIsoDate(listing.checkedOn),
    isPrimary: listing.isPrimary,
  }));
}

/**
 * A battery the organization added itself (Prices and equipment): the figures its datasheet gives, within the
 * catalog's bounds (bounds.ts). It has no sources or program listings, so the picker shows it apart ("Your models").
 */
export interface OwnBatteryModel {
  id: string;
  manufacturer: string;
  model: string;
  usableKwh: number;
  continuousKw: number;
  roundTripEfficiencyPercent: number;
  warrantyYears: number;
  datasheetUrl: string | null;
  /** The organization's price for one unit; null: the price list's default applies. */
  unitCents: number | null;
}

/** The picker's value for an own model: prefixed, since its database id could otherwise read as a catalog id. */
const OWN_PICK_PREFIX = "own:";

export function ownPickValue(modelId: string): string {
  return `${OWN_PICK_PREFIX}${modelId}`;
}

/** The own model a picker value names; undefined for a catalog id or a model no longer on the list. */
export function findOwnModel(pickValue: string, models: readonly OwnBatteryModel[]): OwnBatteryModel | undefined {
  if (!pickValue.startsWith(OWN_PICK_PREFIX)) return undefined;
  const id = pickValue.slice(OWN_PICK_PREFIX.length);
  return models.find((model) => model.id === id);
}

/** The figures an own model fills, `count` times: the same four a catalog pick fills. */
export function fieldsForOwnModel(model: OwnBatteryModel, count: number): Pick<BatteryFields, "batteryModel" | "batteryCapacityKwh" | "batteryPowerKw" | "batteryCount"> {
  // The option form's limit on the count, as batteryFieldsFrom checks it for a catalog model.
  if (!Number.isInteger(count) || count < 1 || count > 100) {
    throw new DomainError("invalid", `Choose between 1 and 100 batteries; got ${count}.`, { batteryCount: "Enter a whole number from 1 to 100." });
  }
  return { batteryModel: ownModelName(model), batteryCapacityKwh: model.usableKwh, batteryPowerKw: model.continuousKw, batteryCount: count };
}

/** "Acme Home 12": manufacturer and model, as the catalog names its own. */
export function ownModelName(model: Pick<OwnBatteryModel, "manufacturer" | "model">): string {
  return `${model.manufacturer} ${model.model}`;
}

/**
 * The picker value a saved option's model text names: a catalog pick first (its names are the catalog's), then an
 * own model; "" for a model not listed.
 */
export function matchPickValue(batteryModel: string, models: readonly OwnBatteryModel[]): { value: string; expansions: number } {
  const catalog = matchBatteryPick(batteryModel);
  if (catalog) return { value: catalog.unitId, expansions: catalog.expansions };
  const text = batteryModel.trim();
  const own = text === "" ? undefined : models.find((model) => ownModelName(model) === text);
  return { value: own ? ownPickValue(own.id) : "", expansions: 0 };
}
