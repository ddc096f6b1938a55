export * from "./types";
export { batteryCatalog, findBatteryModel, batteryModelsFor } from "./catalog";
export { batteryFieldsFrom, withExpansions, type BatteryFields } from "./battery-fields";
export {
  batteryPickGroups,
  fieldsForOwnModel,
  fieldsForPick,
  findBatteryPick,
  findOwnModel,
  listingNotesFor,
  matchBatteryPick,
  matchPickValue,
  ownModelName,
  ownPickValue,
  type BatteryPick,
  type BatteryPickGroup,
  type ListingNote,
  type OwnBatteryModel,
} from "./battery-picks";
export { BATTERY_BOUNDS } from "./bounds";
