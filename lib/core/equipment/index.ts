export * from "./types";
export { batteryCatalog, findBatteryModel, batteryModelsFor } from "./catalog";
export { batteryFieldsFrom, withExpansions, type BatteryFields } from "./battery-fields";
