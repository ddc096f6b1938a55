/**
 * A battery as Grid Services operations see it: what is installed (manufacturer, model, serial,
 * capacity, power) and what it last reported (state of charge, mode, reserve, Storm Guard).
 * The database row and each manufacturer's API shape are converted into these types at the
 * boundary, so the rules in this folder never see a vendor field name.
 */
import type { CommandAction } from "./command-request";

/**
 * What the battery is doing. The five command actions, plus "backup": the manufacturer's storm
 * mode has taken over and holds the battery full for an outage (Storm Guard).
 */
export type OperatingMode = CommandAction | "backup";

export interface DeviceState {
  /** 0–100. */
  stateOfChargePercent: number;
  operatingMode: OperatingMode;
  /** The share of capacity the homeowner keeps for outages, 0–100; never discharged for the grid. */
  backupReservePercent: number;
  /** The manufacturer's storm mode (Enphase "Storm Guard", Tesla "Storm Watch") is holding the battery full. */
  stormGuardActive: boolean;
  /** When the battery last reported; every other field is as of this time. */
  lastSeenAt: Date;
}

export interface BatteryDevice {
  id: string;
  /** As the installer typed it ("SolarEdge", "Enphase Energy"); see `normalizeManufacturer`. */
  manufacturer: string;
  model: string;
  serialNumber: string;
  /** Usable capacity of this unit, kWh. */
  capacityKwh: number;
  /** Rated continuous power of this unit, kW. */
  powerKw: number;
  /** Null until the battery has reported once. */
  state: DeviceState | null;
}

/** Lowercase letters and digits only, so "SolarEdge", "Solar Edge" and "SOLAREDGE" compare equal. */
export function normalizeManufacturer(manufacturer: string): string {
  return manufacturer.toLowerCase().replace(/[^a-z0-9]/g, "");
}
