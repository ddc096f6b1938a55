import { isBattery } from "../core/finance/battery";
import { formatNumber } from "../core/money";

type BatteryRow = { batteryModel: string | null; batteryCapacityKwh: number; batteryPowerKw: number; batteryCount: number };

/** A stored option has a battery by the engine's one rule (lib/finance/battery.ts). */
export function hasBattery(option: Pick<BatteryRow, "batteryCount" | "batteryCapacityKwh">): boolean {
  return isBattery({ count: option.batteryCount, capacityKwh: option.batteryCapacityKwh });
}

/** "2 × Tesla Powerwall 3 · 27 kWh, 23 kW", or "No battery": one description for cards, proposals and comparisons. */
export function describeBattery(option: BatteryRow, separator = " · "): string {
  if (!hasBattery(option)) return "No battery";
  const totalKwh = option.batteryCapacityKwh * option.batteryCount;
  const totalKw = option.batteryPowerKw * option.batteryCount;
  return `${option.batteryCount} × ${option.batteryModel ?? "battery"}${separator}${formatNumber(totalKwh)} kWh, ${formatNumber(totalKw)} kW`;
}
