import { normalizeManufacturer } from "./device";
import { SIMULATOR_MANUFACTURER } from "./simulator";

/** Gridfolio's own simulated battery (demo data and tests), whatever the spelling of its manufacturer's name. */
export function isSimulated(manufacturer: string): boolean {
  return normalizeManufacturer(manufacturer) === normalizeManufacturer(SIMULATOR_MANUFACTURER);
}

/** Whether Gridfolio can talk to this manufacturer's batteries at all. */
export function hasAdapter(manufacturer: string): boolean {
  return isSimulated(manufacturer);
}
