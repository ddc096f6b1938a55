/**
 * One year, hour by hour: the customer's usage, the solar production, the battery, and the bills without a system,
 * with solar only and with solar and the battery. Year-1 bill savings by source:
 *   solar   = bill without a system − bill with solar only
 *   battery = bill with solar only − bill with solar and the battery
 * The same function serves the engine, the pages, the JSON command line and the benchmark (scripts/bench-engine.ts
 * can call `simulateYear` directly; every calendar, tariff, export rule and solar shape is compiled once and cached,
 * and `workspace` lets a caller reuse the hourly buffers).
 */
import type { Cents } from "../money/round";
import { monthlyTotals, type HourlyCalendar } from "./calendar";
import { computeYearBill, type YearBill } from "./bill";
import { createDispatchResult, dispatchBattery, meterFlowsWithoutBattery, type BatteryInput, type DispatchOptions, type DispatchResult } from "./dispatch";
import { billInputError } from "./errors";
import { compileExportRule, describeExportRule, type ExportRule } from "./export-rules";
import { spreadAnnualProduction, spreadMonthlyProduction, type HourlyProduction, type Site } from "./production";
import { compileTariff } from "./tariff-compile";
import type { TariffRate } from "./tariff";
import { hourlyUsageFromMonthly } from "./usage";

export type UsageInput =
  | { kind: "monthly"; monthlyKwh: readonly number[] }
  /** An hourly series already on the calendar (Green Button import, hourly array). */
  | { kind: "hourly"; hourlyKwh: Float64Array; source: "green-button" | "hourly-array" };

export type ProductionInput =
  | { kind: "none" }
  | { kind: "monthly"; monthlyKwh: readonly number[]; site: Site }
  | { kind: "annual"; annualKwh: number; site: Site }
  /** Already hourly (PVWatts, hourly CSV, array: production.ts). */
  | { kind: "hourly"; production: HourlyProduction };

export interface YearInput {
  calendar: HourlyCalendar;
  usage: UsageInput;
  production: ProductionInput;
  tariff: TariffRate;
  exportRule: ExportRule;
  battery?: BatteryInput | null;
  dispatch?: DispatchOptions;
  /** Multiplies production (panel degradation in later years); default 1. */
  productionFactor?: number;
  /** Return the hourly series too (for charts and checks); default false. */
  includeHourly?: boolean;
}

export interface YearResult {
  calendar: string;
  usage: { monthlyKwh: number[]; annualKwh: number; source: "monthly-typical-shape" | "green-button" | "hourly-array" };
  production: { monthlyKwh: number[]; annualKwh: number; source: HourlyProduction["source"] | "none"; description: string; notes: string[] };
  exportRule: string;
  bills: { noSystem: YearBill; solarOnly: YearBill; solarBattery: YearBill | null };
  savings: { solarCents: Cents; batteryCents: Cents; totalCents: Cents };
  battery: {
    monthlyChargeKwh: number[];
    monthlyDischargeKwh: number[];
    /** Discharged energy ÷ usable capacity. */
    equivalentCycles: number;
    eventExportKwh: number;
    gridChargeKwh: number;
  } | null;
  warnings: string[];
  hourly?: {
    usageKwh: Float64Array;
    productionKwh: Float64Array;
    importKwh: Float64Array;
    exportKwh: Float64Array;
    socKwh: Float64Array | null;
  };
}

/** Reusable hourly buffers for repeated simulations on one calendar. */
export interface YearWorkspace {
  hours: number;
  usage: Float64Array;
  production: Float64Array;
  loadImport: Float64Array;
  solarImport: Float64Array;
  solarExport: Float64Array;
  zero: Float64Array;
  sales: Float64Array;
  dispatch: DispatchResult;
}

export function createYearWorkspace(calendar: HourlyCalendar): YearWorkspace {
  const hours = calendar.hours;
  return {
    hours,
    usage: new Float64Array(hours),
    production: new Float64Array(hours),
    loadImport: new Float64Array(hours),
    solarImport: new Float64Array(hours),
    solarExport: new Float64Array(hours),
    zero: new Float64Array(hours),
    sales: new Float64Array(hours),
    dispatch: createDispatchResult(hours),
  };
}

/**
 * One shared workspace per calendar for callers that pass none. Safe because a simulation runs to the end
 * synchronously and its result never points into the workspace (only `includeHourly` results do, and those get
 * fresh buffers).
 */
const sharedWorkspaces = new Map<string, YearWorkspace>();

function workspaceFor(calendar: HourlyCalendar, given: YearWorkspace | undefined, includeHourly: boolean): YearWorkspace {
  if (includeHourly) return createYearWorkspace(calendar);
  if (given && given.hours === calendar.hours) return given;
  let shared = sharedWorkspaces.get(calendar.key);
  if (!shared) {
    shared = createYearWorkspace(calendar);
    sharedWorkspaces.set(calendar.key, shared);
  }
  return shared;
}

export function simulateYear(input: YearInput, workspace?: YearWorkspace): YearResult {
  const calendar = input.calendar;
  const space = workspaceFor(calendar, workspace, input.includeHourly === true);
  const warnings: string[] = [];

  // Usage.
  let usageSource: YearResult["usage"]["source"];
  let usage: Float64Array;
  if (input.usage.kind === "monthly") {
    usage = hourlyUsageFromMonthly(calendar, input.usage.monthlyKwh, space.usage);
    usageSource = "monthly-typical-shape";
  } else {
    if (input.usage.hourlyKwh.length !== calendar.hours) {
      throw billInputError("hourlyUsageKwh", `Hourly usage has ${input.usage.hourlyKwh.length} values; ${calendar.label} has ${calendar.hours} hours.`);
    }
    usage = input.usage.hourlyKwh;
    usageSource = input.usage.source;
  }

  // Production.
  let production: Float64Array;
  let productionInfo: YearResult["production"];
  const factor = input.productionFactor ?? 1;
  if (input.production.kind === "none") {
    production = space.zero;
    productionInfo = { monthlyKwh: new Array(12).fill(0), annualKwh: 0, source: "none", description: "No solar.", notes: [] };
  } else {
    let hourly: HourlyProduction;
    if (input.production.kind === "monthly") hourly = spreadMonthlyProduction(input.production.monthlyKwh, input.production.site, calendar, space.production);
    else if (input.production.kind === "annual") hourly = spreadAnnualProduction(input.production.annualKwh, input.production.site, calendar);
    else hourly = input.production.production;
    if (hourly.hourlyKwh.length !== calendar.hours) throw billInputError("production", `Hourly production has ${hourly.hourlyKwh.length} values; ${calendar.label} has ${calendar.hours} hours.`);
    production = hourly.hourlyKwh;
    if (factor !== 1) {
      const scaled = space.production === production ? production : space.production;
      for (let hour = 0; hour < calendar.hours; hour++) scaled[hour] = production[hour]! * factor;
      production = scaled;
    }
    const monthlyKwh = factor === 1 ? hourly.monthlyKwh : hourly.monthlyKwh.map((kwh) => kwh * factor);
    productionInfo = { monthlyKwh, annualKwh: monthlyKwh.reduce((sum, kwh) => sum + kwh, 0), source: hourly.source, description: hourly.description, notes: hourly.notes };
  }
  const hasSolar = productionInfo.annualKwh > 0;

  const tariff = compileTariff(input.tariff, calendar);
  const rule = compileExportRule(input.exportRule, tariff);
  const isBuyAll = input.exportRule.kind === "buy-all-sell-all";
  if (input.exportRule.kind !== "net-metering") {
    const table = input.exportRule.exportRates;
    if (table && /placeholder/i.test(table.title)) warnings.push(`Exports are valued with ${table.title}: load the real export rates, or solar savings are understated.`);
    else if (!rule.hourlySell && !tariff.sell.some((rate) => rate > 0)) warnings.push("Exports earn nothing: the tariff has no export rate and no export-rate table is loaded, so solar savings are understated.");
  }

  // Bills: no system; solar only.
  const noSystem = computeYearBill(tariff, rule, usage, space.zero);
  let solarOnly: YearBill = noSystem;
  if (hasSolar) {
    if (isBuyAll) solarOnly = computeYearBill(tariff, rule, usage, production);
    else {
      const flows = meterFlowsWithoutBattery(usage, production, space.solarImport, space.solarExport);
      solarOnly = computeYearBill(tariff, rule, flows.importKwh, flows.exportKwh);
    }
  }

  // Battery.
  let solarBattery: YearBill | null = null;
  let batterySummary: YearResult["battery"] = null;
  let dispatched: DispatchResult | null = null;
  const battery = input.battery;
  if (battery && battery.usableKwh > 0 && battery.powerKw > 0) {
    dispatched = dispatchBattery(tariff, rule, usage, production, battery, { ...input.dispatch, canStoreSolar: !isBuyAll && input.dispatch?.canStoreSolar !== false }, space.dispatch);
    if (isBuyAll) {
      for (let hour = 0; hour < calendar.hours; hour++) space.sales[hour] = production[hour]! + dispatched.exportKwh[hour]!;
      solarBattery = computeYearBill(tariff, rule, dispatched.importKwh, space.sales);
    } else solarBattery = computeYearBill(tariff, rule, dispatched.importKwh, dispatched.exportKwh);
    const monthlyChargeKwh = [...dispatched.monthlyChargeKwh];
    const monthlyDischargeKwh = [...dispatched.monthlyDischargeKwh];
    const eventExport = dispatched.monthlyGridExportKwh.reduce((sum, kwh) => sum + kwh, 0);
    const gridCharge = dispatched.monthlyGridChargeKwh.reduce((sum, kwh) => sum + kwh, 0);
    batterySummary = {
      monthlyChargeKwh,
      monthlyDischargeKwh,
      equivalentCycles: monthlyDischargeKwh.reduce((sum, kwh) => sum + kwh, 0) / battery.usableKwh,
      eventExportKwh: eventExport,
      gridChargeKwh: gridCharge,
    };
    if (batterySummary.equivalentCycles < 1 && !input.dispatch?.events) {
      warnings.push(
        input.exportRule.kind === "net-metering"
          ? "Under net metering the battery stores no solar for self-consumption (exports already earn the retail price), so it saves little on the bill unless it arbitrages time-of-use prices or serves Grid Services events."
          : "The battery barely cycles over the year, so it saves little on the bill.",
      );
    }
  }

  warnings.push(...input.tariff.warnings, ...noSystem.warnings, ...(hasSolar ? solarOnly.warnings : []), ...(solarBattery?.warnings ?? []));

  const solarCents = noSystem.totalCents - solarOnly.totalCents;
  const batteryCents = solarBattery ? solarOnly.totalCents - solarBattery.totalCents : 0;
  const result: YearResult = {
    calendar: calendar.label,
    usage: { monthlyKwh: monthlyTotals(calendar, usage), annualKwh: 0, source: usageSource },
    production: productionInfo,
    exportRule: describeExportRule(input.exportRule),
    bills: { noSystem, solarOnly, solarBattery },
    savings: { solarCents, batteryCents, totalCents: solarCents + batteryCents },
    battery: batterySummary,
    warnings: [...new Set(warnings)],
  };
  result.usage.annualKwh = result.usage.monthlyKwh.reduce((sum, kwh) => sum + kwh, 0);
  if (input.includeHourly) {
    const flows = hasSolar && !isBuyAll ? { importKwh: space.solarImport, exportKwh: space.solarExport } : { importKwh: usage, exportKwh: isBuyAll ? production : space.zero };
    result.hourly = {
      usageKwh: usage,
      productionKwh: production,
      importKwh: dispatched ? dispatched.importKwh : flows.importKwh,
      exportKwh: dispatched ? dispatched.exportKwh : flows.exportKwh,
      socKwh: dispatched ? dispatched.socKwh : null,
    };
  }
  return result;
}
