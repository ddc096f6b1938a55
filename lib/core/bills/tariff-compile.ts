/**
 * A tariff laid on an hourly calendar, once: the TOU period of every hour, each month's tier limits in kWh, and the
 * fixed and minimum charges of each month. Bills, dispatch and export rules read these arrays; compiling is cached
 * per tariff object and calendar, so a year's simulation never walks the schedules again.
 */
import { weekendOrHolidayByHour, type HourlyCalendar } from "./calendar";
import type { TariffRate } from "./tariff";

export interface CompiledTariff {
  rate: TariffRate;
  calendar: HourlyCalendar;
  periodCount: number;
  /** Period (0-based) of every grid hour, read at its clock hour, clock month and day type. */
  periodOfHour: Uint8Array;
  /** Tiers of each period. */
  tierCountOfPeriod: Uint8Array;
  /** Import price $/kWh of period p, tier t: buy[p * maxTiers + t]. */
  buy: Float64Array;
  /** Sell rate $/kWh of period p, tier t. */
  sell: Float64Array;
  maxTiers: number;
  /** Tier tops of each month in kWh (daily limits × the month's days); Infinity for the last tier: tops[m * maxTiers + t]. */
  tierTops: Float64Array;
  tierCountOfMonth: Uint8Array;
  /** Periods in use each month (weekday or weekend schedule), ascending: SAM's "ec_periods". */
  periodsOfMonth: number[][];
  /**
   * The weekday periods at 00:00, 05:00, 11:00 and 17:00 of each month: SAM carries a period's surplus kWh into the
   * next month's period found at the same position (cmod_utilityrate5 transfer_surplus).
   */
  rolloverPeriodsOfMonth: number[][];
  fixedDollarsOfMonth: Float64Array;
  minimumDollarsOfMonth: Float64Array;
  annualMinimumDollars: number;
  /** The lowest and highest import price over every period and tier. */
  minBuy: number;
  maxBuy: number;
  /** Highest import price of each period (over its tiers): what a kWh netted in that period can be worth at most. */
  maxBuyOfPeriod: Float64Array;
  /** Lowest import price of each period. */
  minBuyOfPeriod: Float64Array;
}

const cache = new WeakMap<TariffRate, Map<string, CompiledTariff>>();

export function compileTariff(rate: TariffRate, calendar: HourlyCalendar): CompiledTariff {
  let byCalendar = cache.get(rate);
  if (!byCalendar) {
    byCalendar = new Map();
    cache.set(rate, byCalendar);
  }
  const cached = byCalendar.get(calendar.key);
  if (cached) return cached;
  const compiled = compile(rate, calendar);
  byCalendar.set(calendar.key, compiled);
  return compiled;
}

function compile(rate: TariffRate, calendar: HourlyCalendar): CompiledTariff {
  const periodCount = rate.periods.length;
  const maxTiers = Math.max(...rate.periods.map((tiers) => tiers.length));
  const tierCountOfPeriod = Uint8Array.from(rate.periods.map((tiers) => tiers.length));
  const buy = new Float64Array(periodCount * maxTiers);
  const sell = new Float64Array(periodCount * maxTiers);
  const maxBuyOfPeriod = new Float64Array(periodCount);
  const minBuyOfPeriod = new Float64Array(periodCount);
  let minBuy = Infinity;
  let maxBuy = -Infinity;
  rate.periods.forEach((tiers, period) => {
    let low = Infinity;
    let high = -Infinity;
    for (let tier = 0; tier < maxTiers; tier++) {
      const source = tiers[Math.min(tier, tiers.length - 1)]!;
      buy[period * maxTiers + tier] = source.dollarsPerKwh;
      sell[period * maxTiers + tier] = source.sellDollarsPerKwh;
      low = Math.min(low, source.dollarsPerKwh);
      high = Math.max(high, source.dollarsPerKwh);
    }
    maxBuyOfPeriod[period] = high;
    minBuyOfPeriod[period] = low;
    minBuy = Math.min(minBuy, low);
    maxBuy = Math.max(maxBuy, high);
  });

  const isOffDay = weekendOrHolidayByHour(calendar, rate.holidays);
  const periodOfHour = new Uint8Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const schedule = isOffDay[hour] ? rate.weekendSchedule : rate.weekdaySchedule;
    periodOfHour[hour] = schedule[calendar.clockMonthOfHour[hour]!]![calendar.clockHourOfDay[hour]!]!;
  }

  const periodsOfMonth: number[][] = [];
  const rolloverPeriodsOfMonth: number[][] = [];
  const tierTops = new Float64Array(12 * maxTiers).fill(Infinity);
  const tierCountOfMonth = new Uint8Array(12);
  const fixedDollarsOfMonth = new Float64Array(12);
  const minimumDollarsOfMonth = new Float64Array(12);
  for (let month = 0; month < 12; month++) {
    const used = new Set<number>([...rate.weekdaySchedule[month]!, ...rate.weekendSchedule[month]!]);
    // A billing month's hours may read the next month's schedule near midnight of its last day (daylight time).
    for (let hour = calendar.monthStartHour[month]!; hour < calendar.monthStartHour[month + 1]!; hour++) used.add(periodOfHour[hour]!);
    const periods = [...used].sort((a, b) => a - b);
    periodsOfMonth.push(periods);
    rolloverPeriodsOfMonth.push([0, 5, 11, 17].map((hour) => rate.weekdaySchedule[month]![hour]!));
    const reference = rate.periods[rate.weekdaySchedule[month]![0]!]!;
    tierCountOfMonth[month] = reference.length;
    const days = calendar.daysInMonth[month]!;
    reference.forEach((tier, index) => {
      if (tier.maxKwh !== null) tierTops[month * maxTiers + index] = tier.maxUnit === "day" ? tier.maxKwh * days : tier.maxKwh;
    });
    fixedDollarsOfMonth[month] = rate.fixedCharge.per === "day" ? rate.fixedCharge.dollars * days : rate.fixedCharge.dollars;
    if (rate.minimumCharge?.per === "month") minimumDollarsOfMonth[month] = rate.minimumCharge.dollars;
    else if (rate.minimumCharge?.per === "day") minimumDollarsOfMonth[month] = rate.minimumCharge.dollars * days;
  }

  return {
    rate,
    calendar,
    periodCount,
    periodOfHour,
    tierCountOfPeriod,
    buy,
    sell,
    maxTiers,
    tierTops,
    tierCountOfMonth,
    periodsOfMonth,
    rolloverPeriodsOfMonth,
    fixedDollarsOfMonth,
    minimumDollarsOfMonth,
    annualMinimumDollars: rate.minimumCharge?.per === "year" ? rate.minimumCharge.dollars : 0,
    minBuy,
    maxBuy,
    maxBuyOfPeriod,
    minBuyOfPeriod,
  };
}
