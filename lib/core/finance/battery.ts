/** The one rule for "this option has a battery": at least one unit with some capacity. A unit of 0 kWh is none. */
export function isBattery({ count, capacityKwh }: { count: number; capacityKwh: number }): boolean {
  return count > 0 && capacityKwh > 0;
}
