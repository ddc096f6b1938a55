/**
 * Grid Services operations (issue #7): the pure core. No database, no framework, no clock: callers
 * pass the records, `now` and seeds in, and store what comes back.
 */
export * from "./device";
export * from "./history";
export * from "./enrollment";
export * from "./commands";
export * from "./adapter";
export { createSimulator, SIMULATOR_MANUFACTURER, SIMULATOR_DEFAULTS, type SimulatedBattery, type SimulatorOptions } from "./simulator";
export type { StormGuardWindow } from "./storm-guard-schedule";
export * from "./performance";
export * from "./grid-event";
export * from "./webhooks";
