/** Helpers for the bill model's tests: hour indexes, series, tiny tariffs. */
import type { HourlyCalendar } from "./calendar";
import { parseUrdbRate, uniformSchedule, type TariffRate } from "./tariff";

const MONTH_START_DAY = (calendar: HourlyCalendar, month: number) => calendar.monthStartHour[month - 1]! / 24;

/** The grid hour of a date (month 1–12, day 1–31) and standard-time hour. */
export function hourOf(calendar: HourlyCalendar, month: number, day: number, hour: number): number {
  return (MONTH_START_DAY(calendar, month) + day - 1) * 24 + hour;
}

/** A series of `value` in every hour. */
export function constant(calendar: HourlyCalendar, value: number): Float64Array {
  return new Float64Array(calendar.hours).fill(value);
}

/** A series with the given kWh at the given hours, zero elsewhere. */
export function pulses(calendar: HourlyCalendar, entries: readonly (readonly [number, number])[]): Float64Array {
  const series = new Float64Array(calendar.hours);
  for (const [hour, kwh] of entries) series[hour]! += kwh;
  return series;
}

/** A two-period TOU rate: `peak` $/kWh in clock hours [from, to), `offPeak` otherwise, every day and month. */
export function twoPeriodTou(peak: number, offPeak: number, from = 16, to = 21, extra: Record<string, unknown> = {}): TariffRate {
  const schedule = uniformSchedule(1).map((row) => row.map((period, hour) => (hour >= from && hour < to ? 0 : period)));
  return parseUrdbRate({
    name: "Two-period TOU",
    energyratestructure: [[{ rate: peak }], [{ rate: offPeak }]],
    energyweekdayschedule: schedule,
    energyweekendschedule: schedule,
    periodNames: ["Peak", "Off-peak"],
    ...extra,
  });
}

/** Sum of an array. */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let index = 0; index < values.length; index++) total += values[index]!;
  return total;
}
