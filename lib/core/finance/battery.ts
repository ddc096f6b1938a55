import type { BatterySpec } from "../programs/types";
import type { OptionInput } from "./option-input";

/** The one rule for "this option has a battery": at least one unit with some capacity. A unit of 0 kWh is none. */
export function isBattery({ count, capacityKwh }: { count: number; capacityKwh: number }): boolean {
  return count > 0 && capacityKwh > 0;
}

/** The option's battery when it has one (by that rule), else null. */
export function batteryOf(input: OptionInput): BatterySpec | null {
  const battery = input.system.battery;
  return battery !== null && isBattery(battery) ? battery : null;
}
