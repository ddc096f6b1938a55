/**
 * The battery over the hourly year: what it charges, from what, and what it discharges, to what.
 *
 * Self-consumption (the default). In each hour solar first serves the home; the surplus charges the battery when
 * storing it is worth it, and the battery serves the home's deficit down to the backup reserve. "Worth it": a kWh
 * stored comes back as √RTE × √RTE = RTE kWh later, and saves at least the lowest import price of the tariff; so
 * the battery stores a surplus kWh only when the most that kWh could earn exported (its export rate under net
 * billing; under net metering, where it can roll over into any later period, the tariff's highest price) is no more
 * than RTE × the lowest import price. Under net metering the battery therefore stores no solar for self-consumption
 * (it would only lose the round-trip losses; its value there is arbitrage and events); under net billing it stores
 * midday solar and serves the evening. This rule is what makes the savings with a battery never fall below the
 * savings with solar alone (dispatch.test.ts, a property).
 *
 * Time-of-use arbitrage (optional). The battery serves the home only in each day's highest-priced hours (holding
 * its charge otherwise), stores surplus solar worth less than RTE × that day's peak price, and, when grid charging
 * is allowed, charges from the grid in the day's cheapest hours when RTE × the day's peak price is higher.
 *
 * Grid Services event days. Before an event on its day, the battery does not discharge and charges from solar
 * (and, when grid charging is allowed, from the grid just in time to be full at the start); in event hours it
 * discharges at full power down to the reserve, serving the home first and exporting the rest when exporting is
 * allowed (the export earns the tariff's export credit like any other export).
 *
 * Limits: usable capacity, power (charge and discharge), reserve floor; efficiency √RTE each way. The year starts
 * with the charge it ends with (a December pass sets it), so a battery that never cycles contributes nothing.
 *
 * Flows per hour (kWh), which always balance:
 *   load   = solarToLoad + batteryToLoad + gridToLoad
 *   import = gridToLoad + gridToBattery          export = solarToGrid + batteryToGrid
 *   pv     = solarToLoad + solarToBattery + solarToGrid
 */
import type { HourlyCalendar } from "./calendar";
import { billInputError } from "./errors";
import type { CompiledExportRule } from "./export-rules";
import type { CompiledTariff } from "./tariff-compile";

export interface BatteryInput {
  /** Usable energy of all units together, kWh. */
  usableKwh: number;
  /** Continuous power of all units together, kW (charge and discharge). */
  powerKw: number;
  /** Round-trip efficiency, percent (AC to AC). */
  roundTripEfficiencyPercent: number;
  /** Backup reserve kept for outages, percent of usable energy. */
  reservePercent: number;
}

export interface EventSchedule {
  /** 1 for grid hours inside an event. */
  isEventHour: Uint8Array;
  /** 1 for grid hours before an event on an event day. */
  isPreEventHour: Uint8Array;
  /** For a pre-event hour, the grid hour its event starts; -1 otherwise. */
  eventStartHour: Int32Array;
  days: number[];
}

export interface DispatchOptions {
  strategy?: "self-consumption" | "tou-arbitrage";
  /** May the battery charge from the grid (arbitrage, and topping up before events)? Default false. */
  allowGridCharging?: boolean;
  events?: EventSchedule | null;
  /** May the battery export beyond the home's load in event hours? Default true. */
  allowEventExport?: boolean;
  /** False under buy-all/sell-all: production goes to its own meter and cannot charge the battery. Default true. */
  canStoreSolar?: boolean;
  /** Keep every hour's flows (solar to battery, grid to battery, battery to home, battery to grid); default false. */
  recordFlows?: boolean;
}

export interface DispatchResult {
  importKwh: Float64Array;
  exportKwh: Float64Array;
  /** Stored energy at the end of each hour, kWh. */
  socKwh: Float64Array;
  /** The hourly flows, when asked for (`recordFlows`); the monthly sums below are always kept. */
  flows: { solarToBattery: Float64Array; gridToBattery: Float64Array; batteryToLoad: Float64Array; batteryToGrid: Float64Array } | null;
  /** By month (12 each), kWh: charged (from solar and grid), discharged (to home and grid), from the grid, to the grid. */
  monthlyChargeKwh: Float64Array;
  monthlyDischargeKwh: Float64Array;
  monthlyGridChargeKwh: Float64Array;
  monthlyGridExportKwh: Float64Array;
  /** Reserve floor and capacity, kWh. */
  floorKwh: number;
  capacityKwh: number;
  initialSocKwh: number;
}

export function validateBattery(battery: BatteryInput): void {
  const check = (ok: boolean, field: string, message: string) => {
    if (!ok) throw billInputError(`battery.${field}`, message);
  };
  check(Number.isFinite(battery.usableKwh) && battery.usableKwh >= 0 && battery.usableKwh <= 1000, "usableKwh", `Usable battery energy must be from 0 to 1,000 kWh; got ${battery.usableKwh}.`);
  check(Number.isFinite(battery.powerKw) && battery.powerKw >= 0 && battery.powerKw <= 500, "powerKw", `Battery power must be from 0 to 500 kW; got ${battery.powerKw}.`);
  check(Number.isFinite(battery.roundTripEfficiencyPercent) && battery.roundTripEfficiencyPercent > 50 && battery.roundTripEfficiencyPercent <= 100, "roundTripEfficiencyPercent", `Round-trip efficiency must be above 50 % and at most 100 %; got ${battery.roundTripEfficiencyPercent} %.`);
  check(Number.isFinite(battery.reservePercent) && battery.reservePercent >= 0 && battery.reservePercent <= 100, "reservePercent", `The backup reserve must be from 0 to 100 %; got ${battery.reservePercent} %.`);
}

/**
 * Event hours on a calendar: `days` are 0-based clock days of the year, each with one event starting at
 * `startHour` (clock) and lasting `durationHours`.
 */
export function buildEventSchedule(calendar: HourlyCalendar, days: readonly number[], startHour: number, durationHours: number): EventSchedule {
  if (!Number.isInteger(startHour) || startHour < 0 || startHour > 23) throw billInputError("events.startHour", `An event must start at a whole hour from 0 to 23; got ${startHour}.`);
  if (!Number.isInteger(durationHours) || durationHours < 1 || startHour + durationHours > 24) throw billInputError("events.durationHours", `An event must last 1 or more whole hours and end by midnight; got ${durationHours} h from ${startHour}:00.`);
  const isEventDay = new Uint8Array(calendar.days + 1);
  for (const day of days) {
    if (!Number.isInteger(day) || day < 0 || day >= calendar.days) throw billInputError("events.days", `Event day ${day} is not a day of ${calendar.label} (0 to ${calendar.days - 1}).`);
    isEventDay[day] = 1;
  }
  const isEventHour = new Uint8Array(calendar.hours);
  const isPreEventHour = new Uint8Array(calendar.hours);
  const eventStartHour = new Int32Array(calendar.hours).fill(-1);
  const startOfDay = new Int32Array(calendar.days + 1).fill(-1);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const day = calendar.clockDayOfHour[hour]!;
    if (!isEventDay[day]) continue;
    const clockHour = calendar.clockHourOfDay[hour]!;
    if (clockHour === startHour) startOfDay[day] = hour;
    if (clockHour >= startHour && clockHour < startHour + durationHours) isEventHour[hour] = 1;
  }
  for (let hour = 0; hour < calendar.hours; hour++) {
    const day = calendar.clockDayOfHour[hour]!;
    if (isEventDay[day] && calendar.clockHourOfDay[hour]! < startHour && startOfDay[day]! >= 0) {
      isPreEventHour[hour] = 1;
      eventStartHour[hour] = startOfDay[day]!;
    }
  }
  return { isEventHour, isPreEventHour, eventStartHour, days: [...days].sort((a, b) => a - b) };
}

/**
 * Event days as Grid Services programs call them: the `count` weekdays (not holidays) of `months` (1–12) with the
 * highest home use in the event window, the days a utility is most likely to call.
 */
export function pickEventDays(calendar: HourlyCalendar, usageKwh: Float64Array, options: { months: readonly number[]; count: number; startHour: number; durationHours: number }): number[] {
  const useOfDay = new Float64Array(calendar.days + 1);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const clockHour = calendar.clockHourOfDay[hour]!;
    if (clockHour >= options.startHour && clockHour < options.startHour + options.durationHours) useOfDay[calendar.clockDayOfHour[hour]!]! += usageKwh[hour]!;
  }
  const candidates: number[] = [];
  for (let day = 0; day < calendar.days; day++) {
    const weekday = calendar.weekdayOfDay[day]!;
    const month = calendar.clockMonthOfHour[day * 24 + 12]! + 1;
    if (weekday !== 0 && weekday !== 6 && options.months.includes(month)) candidates.push(day);
  }
  return candidates
    .sort((a, b) => useOfDay[b]! - useOfDay[a]! || a - b)
    .slice(0, Math.max(0, Math.floor(options.count)))
    .sort((a, b) => a - b);
}

interface PriceSignals {
  /** Tier-1 import price of each hour's period, $/kWh. */
  importPrice: Float64Array;
  dayMax: Float64Array;
  dayMin: Float64Array;
}

const signalCache = new WeakMap<CompiledTariff, PriceSignals>();

function priceSignals(tariff: CompiledTariff): PriceSignals {
  const cached = signalCache.get(tariff);
  if (cached) return cached;
  const calendar = tariff.calendar;
  const importPrice = new Float64Array(calendar.hours);
  const maxOfDay = new Float64Array(calendar.days + 1).fill(-Infinity);
  const minOfDay = new Float64Array(calendar.days + 1).fill(Infinity);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const price = tariff.buy[tariff.periodOfHour[hour]! * tariff.maxTiers]!;
    importPrice[hour] = price;
    const day = calendar.clockDayOfHour[hour]!;
    if (price > maxOfDay[day]!) maxOfDay[day] = price;
    if (price < minOfDay[day]!) minOfDay[day] = price;
  }
  const dayMax = new Float64Array(calendar.hours);
  const dayMin = new Float64Array(calendar.hours);
  for (let hour = 0; hour < calendar.hours; hour++) {
    const day = calendar.clockDayOfHour[hour]!;
    dayMax[hour] = maxOfDay[day]!;
    dayMin[hour] = minOfDay[day]!;
  }
  const signals = { importPrice, dayMax, dayMin };
  signalCache.set(tariff, signals);
  return signals;
}

/** Buffers for one dispatch; pass them back in to run many simulations without allocating. */
export function createDispatchResult(hours: number, recordFlows = false): DispatchResult {
  return {
    importKwh: new Float64Array(hours),
    exportKwh: new Float64Array(hours),
    socKwh: new Float64Array(hours),
    flows: recordFlows
      ? { solarToBattery: new Float64Array(hours), gridToBattery: new Float64Array(hours), batteryToLoad: new Float64Array(hours), batteryToGrid: new Float64Array(hours) }
      : null,
    monthlyChargeKwh: new Float64Array(12),
    monthlyDischargeKwh: new Float64Array(12),
    monthlyGridChargeKwh: new Float64Array(12),
    monthlyGridExportKwh: new Float64Array(12),
    floorKwh: 0,
    capacityKwh: 0,
    initialSocKwh: 0,
  };
}

const EPSILON = 1e-9;

export function dispatchBattery(
  tariff: CompiledTariff,
  exportRule: CompiledExportRule,
  usageKwh: Float64Array,
  productionKwh: Float64Array,
  battery: BatteryInput,
  options: DispatchOptions = {},
  into?: DispatchResult,
): DispatchResult {
  validateBattery(battery);
  const calendar = tariff.calendar;
  const hours = calendar.hours;
  const recordFlows = options.recordFlows === true;
  const result = into && (into.flows !== null) === recordFlows ? into : createDispatchResult(hours, recordFlows);
  const capacity = battery.usableKwh;
  const floor = (capacity * battery.reservePercent) / 100;
  const efficiency = battery.roundTripEfficiencyPercent / 100;
  const oneWay = Math.sqrt(efficiency);
  const power = battery.powerKw;
  const isArbitrage = options.strategy === "tou-arbitrage";
  const allowGrid = options.allowGridCharging === true;
  const allowEventExport = options.allowEventExport !== false;
  const canStoreSolar = options.canStoreSolar !== false;
  const events = options.events ?? null;
  const { importPrice, dayMax, dayMin } = priceSignals(tariff);
  const exportValue = isArbitrage ? exportRule.exportPriceOfHour : exportRule.exportValueOfHour;
  const storeThreshold = efficiency * tariff.minBuy;

  const parameters: LoopParameters = {
    usage: usageKwh,
    production: productionKwh,
    exportValue,
    importPrice,
    dayMax,
    dayMin,
    eventFlags: events ? eventFlagsOf(events) : noEventFlags(hours),
    eventStartHour: events ? events.eventStartHour : null,
    monthStartHour: calendar.monthStartHour,
    hours,
    capacity,
    floor,
    efficiency,
    oneWay,
    power,
    isArbitrage,
    allowGrid,
    allowEventExport,
    canStoreSolar,
    storeThreshold,
    result,
  };
  const run = (from: number, startSoc: number, record: boolean) => dispatchLoop(parameters, from, startSoc, record);

  // The year starts with the charge it ends with: a pass over December from full sets it.
  const initial = capacity > 0 && power > 0 ? run(calendar.monthStartHour[11]!, capacity, false) : floor;
  run(0, Math.max(floor, Math.min(capacity, initial)), true);
  result.floorKwh = floor;
  result.capacityKwh = capacity;
  result.initialSocKwh = Math.max(floor, Math.min(capacity, initial));
  return result;
}

const noEventCache = new Map<number, Uint8Array>();
function noEventFlags(hours: number): Uint8Array {
  let flags = noEventCache.get(hours);
  if (!flags) {
    flags = new Uint8Array(hours);
    noEventCache.set(hours, flags);
  }
  return flags;
}

const eventFlagCache = new WeakMap<EventSchedule, Uint8Array>();
/** 1 in event hours, 2 before an event on its day, 0 otherwise: one byte read an hour. */
function eventFlagsOf(events: EventSchedule): Uint8Array {
  let flags = eventFlagCache.get(events);
  if (!flags) {
    flags = new Uint8Array(events.isEventHour.length);
    for (let hour = 0; hour < flags.length; hour++) flags[hour] = events.isEventHour[hour] ? 1 : events.isPreEventHour[hour] ? 2 : 0;
    eventFlagCache.set(events, flags);
  }
  return flags;
}

interface LoopParameters {
  usage: Float64Array;
  production: Float64Array;
  exportValue: Float64Array;
  importPrice: Float64Array;
  dayMax: Float64Array;
  dayMin: Float64Array;
  eventFlags: Uint8Array;
  eventStartHour: Int32Array | null;
  monthStartHour: Int32Array;
  hours: number;
  capacity: number;
  floor: number;
  efficiency: number;
  oneWay: number;
  power: number;
  isArbitrage: boolean;
  allowGrid: boolean;
  allowEventExport: boolean;
  canStoreSolar: boolean;
  storeThreshold: number;
  result: DispatchResult;
}

/** The hourly loop, kept free of closures and optional chains so the JIT compiles it tight (≈ 2 ns an hour). */
function dispatchLoop(parameters: LoopParameters, from: number, startSoc: number, record: boolean): number {
  const { usage, production, exportValue, importPrice, dayMax, dayMin, eventFlags, eventStartHour, monthStartHour, hours, capacity, floor, efficiency, oneWay, power, isArbitrage, allowGrid, allowEventExport, canStoreSolar, storeThreshold } = parameters;
  const { importKwh, exportKwh, socKwh, flows, monthlyChargeKwh, monthlyDischargeKwh, monthlyGridChargeKwh, monthlyGridExportKwh } = parameters.result;
  const inverse = 1 / oneWay;
  let soc = startSoc;
  let month = 0;
  while (month < 11 && monthStartHour[month + 1]! <= from) month++;
  let monthEnd = monthStartHour[month + 1]!;
  let charged = 0;
  let discharged = 0;
  let gridCharged = 0;
  let gridExported = 0;
  if (record) {
    monthlyChargeKwh.fill(0);
    monthlyDischargeKwh.fill(0);
    monthlyGridChargeKwh.fill(0);
    monthlyGridExportKwh.fill(0);
  }
  for (let hour = from; hour < hours; hour++) {
    if (hour === monthEnd) {
      monthlyChargeKwh[month] = charged;
      monthlyDischargeKwh[month] = discharged;
      monthlyGridChargeKwh[month] = gridCharged;
      monthlyGridExportKwh[month] = gridExported;
      charged = discharged = gridCharged = gridExported = 0;
      month++;
      monthEnd = monthStartHour[month + 1]!;
    }
    const pv = production[hour]!;
    const load = usage[hour]!;
    const solarToLoad = canStoreSolar ? (pv < load ? pv : load) : 0;
    const surplus = canStoreSolar ? pv - solarToLoad : 0;
    const deficit = load - solarToLoad;
    const flag = eventFlags[hour]!;
    const isEvent = flag === 1;
    const isPreEvent = flag === 2;

    // Charge from surplus solar.
    let fromSolar = 0;
    if (surplus > 0 && !isEvent && soc < capacity - EPSILON) {
      // Stored only when it gains more than rounding noise: at a tie (a round trip of 99.99999 % between equal
      // prices) storing earns nothing and its last fraction of a cent can land on the wrong side of a month's rounding.
      const limit = (isArbitrage ? efficiency * dayMax[hour]! : storeThreshold) - EPSILON;
      if (isPreEvent || exportValue[hour]! < limit) {
        fromSolar = surplus < power ? surplus : power;
        const room = (capacity - soc) * inverse;
        if (room < fromSolar) fromSolar = room;
      }
    }
    soc += fromSolar * oneWay;

    // Discharge.
    let toLoad = 0;
    let toGrid = 0;
    const available = soc > floor ? (soc - floor) * oneWay : 0;
    if (isEvent) {
      const output = power < available ? power : available;
      toLoad = output < deficit ? output : deficit;
      toGrid = allowEventExport ? output - toLoad : 0;
    } else if (!isPreEvent && deficit > 0 && available > 0 && (!isArbitrage || importPrice[hour]! >= dayMax[hour]! - EPSILON)) {
      toLoad = deficit < power ? deficit : power;
      if (available < toLoad) toLoad = available;
    }
    soc -= (toLoad + toGrid) * inverse;

    // Charge from the grid: just in time before an event, or in the day's cheapest hours when arbitraging.
    let fromGrid = 0;
    if (allowGrid && surplus <= 0 && toLoad + toGrid === 0) {
      const room = capacity > soc ? (capacity - soc) * inverse : 0;
      const headroom = power - fromSolar;
      if (isPreEvent) {
        const needed = room - (eventStartHour![hour]! - hour - 1) * power;
        if (needed > 0) fromGrid = Math.min(headroom, needed, room);
      } else if (isArbitrage && !isEvent && importPrice[hour]! <= dayMin[hour]! + EPSILON && efficiency * dayMax[hour]! > importPrice[hour]! + EPSILON) {
        fromGrid = headroom < room ? headroom : room;
      }
    }
    soc += fromGrid * oneWay;
    if (soc > capacity) soc = capacity;

    if (record) {
      importKwh[hour] = deficit - toLoad + fromGrid;
      exportKwh[hour] = surplus - fromSolar + toGrid;
      socKwh[hour] = soc;
      charged += fromSolar + fromGrid;
      discharged += toLoad + toGrid;
      gridCharged += fromGrid;
      gridExported += toGrid;
      if (flows !== null) {
        flows.solarToBattery[hour] = fromSolar;
        flows.gridToBattery[hour] = fromGrid;
        flows.batteryToLoad[hour] = toLoad;
        flows.batteryToGrid[hour] = toGrid;
      }
    }
  }
  if (record) {
    monthlyChargeKwh[month] = charged;
    monthlyDischargeKwh[month] = discharged;
    monthlyGridChargeKwh[month] = gridCharged;
    monthlyGridExportKwh[month] = gridExported;
  }
  return soc;
}

/** Meter flows without a battery: solar serves the home first, the rest is exported. */
export function meterFlowsWithoutBattery(usageKwh: Float64Array, productionKwh: Float64Array, importInto?: Float64Array, exportInto?: Float64Array): { importKwh: Float64Array; exportKwh: Float64Array } {
  const hours = usageKwh.length;
  const importKwh = importInto ?? new Float64Array(hours);
  const exportKwh = exportInto ?? new Float64Array(hours);
  for (let hour = 0; hour < hours; hour++) {
    const net = usageKwh[hour]! - productionKwh[hour]!;
    importKwh[hour] = net > 0 ? net : 0;
    exportKwh[hour] = net < 0 ? -net : 0;
  }
  return { importKwh, exportKwh };
}
