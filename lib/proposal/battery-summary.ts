import { formatNumber } from "../money";

type BatteryRow = { batteryModel: string | null; batteryCapacityKwh: number; batteryPowerKw: number; batteryCount: number };

/** "2 × Tesla Powerwall 3 · 27 kWh, 23 kW", or "No battery": one description for cards, proposals and comparisons. */
export function describeBattery(option: BatteryRow, separator = " · "): string {
  if (option.batteryCount <= 0) return "No battery";
  const totalKwh = option.batteryCapacityKwh * option.batteryCount;
  const totalKw = option.batteryPowerKw * option.batteryCount;
  return `${option.batteryCount} × ${option.batteryModel ?? "battery"}${separator}${formatNumber(totalKwh)} kWh, ${formatNumber(totalKw)} kW`;
}
