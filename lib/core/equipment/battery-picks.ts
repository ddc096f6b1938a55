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
