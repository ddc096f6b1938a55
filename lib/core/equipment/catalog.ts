/**
 * The battery catalog, in the order the option form lists it (manufacturer, then size). Adding a model is one entry
 * in its manufacturer's file under batteries/ and one line here; catalog.test.ts checks every entry for sourced
 * figures within physical bounds (docs/equipment.md, "Adding a model").
 */
import { franklinWhAPower } from "./batteries/franklinwh";
import { generacPwrcellCabinets } from "./batteries/generac";
import { teslaPowerwall2, teslaPowerwall3, teslaPowerwall3Expansion } from "./batteries/tesla";
import type { ProgramId } from "../programs/registry";
import type { BatteryModel } from "./types";

export const batteryCatalog: readonly BatteryModel[] = [
  franklinWhAPower,
  ...generacPwrcellCabinets,
  teslaPowerwall3,
  teslaPowerwall3Expansion,
  teslaPowerwall2,
];

const modelsById: ReadonlyMap<string, BatteryModel> = new Map(batteryCatalog.map((model) => [model.id, model]));

export function findBatteryModel(id: string): BatteryModel | undefined {
  return modelsById.get(id);
}

/**
 * The models a program's eligible-equipment list names, by model or by manufacturer, in catalog order. A model
 * missing here may still qualify: most lists could not be read in full (lib/core/equipment/program-lists.ts).
 */
export function batteryModelsFor(programId: ProgramId): BatteryModel[] {
  return batteryCatalog.filter((model) => model.eligibleFor.some((listing) => listing.programId === programId));
}
