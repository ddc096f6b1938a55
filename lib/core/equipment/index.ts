export * from "./types";
export { batteryCatalog, findBatteryModel, batteryModelsFor } from "./catalog";
export { batteryFieldsFrom, withExpansions, type BatteryFields } from "./battery-fields";
export { batteryPickGroups, fieldsForPick, findBatteryPick, listingNotesFor, matchBatteryPick, type BatteryPick, type BatteryPickGroup, type ListingNote } from "./battery-picks";
