/**
 * An option's bills: the stored usage and rates (usage-and-rates.ts), the option's solar and battery, the project's
 * state, utility and tariff framework, and the counted Grid Services programs' events, through `simulateYear`, twice:
 * without events (the bill the system earns on its own) and with them (the battery held full before each event and
 * emptied in it). The difference is what Grid Services costs (or earns) on the bill, which the engine adds to the
 * "with Grid Services" scenario only.
 *
 * Memoized by the inputs' content: the proposal view, the engine input and the CSV of one request ask for the same
 * option's bills several times, and a simulation is the expensive step (about half a millisecond).
 */
import type { Cents } from "../money/round";
import type { Tariff } from "../programs/types";
import { calendarForDate, createCalendar, type HourlyCalendar } from "./calendar";
import type { BatteryInput } from "./dispatch";
import { billInputError } from "./errors";
import { parseExportRule, type ExportRule } from "./export-rules";
import { optionEvents, type OptionEvents, type ProgramEvents } from "./grid-events";
import { productionFromArray } from "./production";
import { simulateYear, type ProductionInput, type UsageInput, type YearResult } from "./simulate";
import { siteForState } from "./sites";
import { flatTariff, parseUrdbRate, type TariffRate } from "./tariff";
import { CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH, CT_RRES_BUY_ALL_TERM_YEARS, tariffInForce, type TariffVersion } from "./tariffs";
import { CA_NBT_EXPORT_RATES } from "./tariffs/ca-nbt-export-rates";
import { relayHourlyYear, type StoredTariff, type UsageAndRates } from "./usage-and-rates";
import { hourlyUsageFromArray, hourlyUsageFromMonthly } from "./usage";

export interface OptionBillsInput {
  usageAndRates: UsageAndRates;
  project: { state: string; utility: string | null; tariff: Tariff };
  /** YYYY-MM-DD: the proposal's day; its year is the model's calendar year and picks the tariff version in force. */
  proposalDate: string;
  /** The option's annual production, kWh (used when production is "design"). */
  annualProductionKwh: number;
  /** All units together; null for a solar-only option. */
  battery: BatteryInput | null;
  /** The counted programs with events (grid-events.ts); empty: no events. */
  gridEvents: readonly ProgramEvents[];
}

export interface TariffUsed {
  name: string;
  utility: string | null;
  /** "catalog": a shipped, sourced tariff; "urdb": pasted by the organization; "flat": the flat form. */
  kind: StoredTariff["kind"];
  versionId: string | null;
  effectiveDate: string | null;
  source: { title: string; url: string; checkedOn: string } | null;
  /** The shipped tariff's verification status; null for the installer's own. */
  status: TariffVersion["verification"]["status"] | null;
}

export interface OptionBills {
  calendar: string;
  tariff: TariffUsed;
  exportRule: { text: string; note: string | null; isProjectDefault: boolean };
  site: { place: string; isStatePoint: boolean };
  /** Without events: the bills the system earns on its own. */
  withoutEvents: YearResult;
  /** With the counted programs' events; null when no counted program calls events (or the option has no battery). */
  withEvents: YearResult | null;
  events: OptionEvents["lines"];
  year1: {
    solarCents: Cents;
    batteryCents: Cents;
    /** Bill with the events minus without them, as savings: negative when holding the battery costs more than event exports earn. */
    gridServicesCents: Cents;
  };
  warnings: string[];
}

function tariffOf(stored: StoredTariff, proposalDate: string): { rate: TariffRate; used: TariffUsed; version: TariffVersion | null } {
  if (stored.kind === "catalog") {
    const version = tariffInForce(stored.tariffId, proposalDate);
    if (!version) throw billInputError("tariff.tariffId", `No shipped tariff is called "${stored.tariffId}".`);
    return {
      rate: version.rate,
      version,
      used: {
        name: version.name,
        utility: version.utility,
        kind: "catalog",
        versionId: version.id,
        effectiveDate: version.effectiveDate,
        source: { title: version.sourceTitle, url: version.sourceUrl, checkedOn: version.checkedOn },
        status: version.verification.status,
      },
    };
  }
  if (stored.kind === "urdb") {
    const rate = parseUrdbRate(stored.urdb);
    return { rate, version: null, used: { name: stored.name, utility: rate.utility ?? null, kind: "urdb", versionId: null, effectiveDate: null, source: null, status: null } };
  }
  const rate = flatTariff(stored.input);
  return { rate, version: null, used: { name: stored.input.name ?? "Flat rate", utility: stored.input.utility ?? null, kind: "flat", versionId: null, effectiveDate: null, source: null, status: null } };
}

const NBT_UTILITY: readonly [RegExp, (typeof CA_NBT_EXPORT_RATES)[number]["utility"]][] = [
  [/pacific gas|pg&?e/i, "PG&E"],
  [/southern california edison|\bsce\b/i, "SCE"],
  [/san diego|sdg&?e/i, "SDG&E"],
];

/**
 * The export rule of a project's tariff framework: California's Net Billing Tariff with the utility's export-rate
 * table; net metering (NEM 1.0/2.0, and the netting of MA, RI and CT) as the tariff's own rule says; Connecticut's
 * buy-all as buy-all/sell-all. An explicit rule on the option wins.
 */
export function exportRuleFor(project: OptionBillsInput["project"], version: TariffVersion | null): { rule: ExportRule; note: string | null } {
  const tariffRule = version ? parseExportRule(version.defaultExportRule) : null;
  switch (project.tariff) {
    case "NBT": {
      const utility = NBT_UTILITY.find(([pattern]) => pattern.test(project.utility ?? version?.utility ?? ""))?.[1];
      const table = CA_NBT_EXPORT_RATES.find((entry) => entry.utility === utility)?.table;
      return {
        rule: parseExportRule({ kind: "net-billing", ...(table ? { exportRates: table } : {}) }),
        note: table
          ? `Net Billing Tariff: exports earn ${utility}'s hourly export credits of the interconnection year, locked for nine years.`
          : "Net Billing Tariff: no export-rate table for this utility, so exports earn the tariff's own export rates.",
      };
    }
    case "BUY_ALL":
      // Connecticut's RRES Buy-All pays one rate, fixed for 20 years from enrollment (tariffs/ct-rres.ts).
      if (project.state === "CT") {
        return {
          rule: parseExportRule({ kind: "buy-all-sell-all", sellDollarsPerKwh: CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH }),
          note: `Connecticut RRES Buy-All: every kWh produced is sold at $${CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH}/kWh (2026 enrollments, fixed for ${CT_RRES_BUY_ALL_TERM_YEARS} years); the home buys all it uses.`,
        };
      }
      return { rule: parseExportRule({ kind: "buy-all-sell-all" }), note: "Buy-all: every kWh produced is sold on its own meter at the tariff's export rate; the home buys all it uses." };
    case "NEM1":
    case "NEM2":
    case "NETTING":
      if (tariffRule && tariffRule.kind === "net-metering") return { rule: tariffRule, note: version!.exportRuleNote };
      return { rule: parseExportRule({ kind: "net-metering" }), note: "Net metering: exports offset imports kWh for kWh each month, with an annual true-up." };
    default:
      return tariffRule ? { rule: tariffRule, note: version!.exportRuleNote } : { rule: parseExportRule({ kind: "net-metering" }), note: null };
  }
}

function usageOf(stored: UsageAndRates["usage"], calendar: HourlyCalendar): UsageInput {
  if (stored.kind === "monthly") return { kind: "monthly", monthlyKwh: stored.monthlyKwh };
  return { kind: "hourly", hourlyKwh: hourlyUsageFromArray(calendar, relayHourlyYear(stored.hourlyKwh, calendar.hours)), source: "green-button" };
}

function productionOf(input: OptionBillsInput, calendar: HourlyCalendar): ProductionInput {
  const stored = input.usageAndRates.production;
  const { site } = siteForState(input.project.state);
  if (stored.kind === "design") return input.annualProductionKwh > 0 ? { kind: "annual", annualKwh: input.annualProductionKwh, site } : { kind: "none" };
  if (stored.kind === "monthly") return stored.monthlyKwh.some((kwh) => kwh > 0) ? { kind: "monthly", monthlyKwh: stored.monthlyKwh, site } : { kind: "none" };
  const hourly = productionFromArray(relayHourlyYear(stored.hourlyKwh, calendar.hours), calendar);
  return {
    kind: "hourly",
    production: {
      ...hourly,
      source: stored.source,
      description: stored.source === "pvwatts-hourly" ? `Hourly production from the PVWatts export ${stored.fileName}.` : `Hourly production from ${stored.fileName}.`,
    },
  };
}

/** Everything that does not depend on the events: the year without them, shared by every set of programs tried. */
function yearWithoutEvents(input: OptionBillsInput) {
  const stored = input.usageAndRates;
  const calendar = stored.calendar === "sam" ? createCalendar({ kind: "sam" }) : calendarForDate(input.proposalDate);
  const { rate, used, version } = tariffOf(stored.tariff, input.proposalDate);
  const fromProject = exportRuleFor(input.project, version);
  const exportRule = stored.exportRule ?? fromProject.rule;
  const usage = usageOf(stored.usage, calendar);
  const production = productionOf(input, calendar);
  const battery = input.battery && input.battery.usableKwh > 0 && input.battery.powerKw > 0 ? input.battery : null;
  // Time-of-use arbitrage where prices differ by hour; charging from solar only (the tax credit and most programs
  // require it), so a multi-period tariff moves solar into the evening peak.
  const strategy = rate.periods.length > 1 ? ("tou-arbitrage" as const) : ("self-consumption" as const);
  const base = { calendar, usage, production, tariff: rate, exportRule, battery, dispatch: { strategy, allowGridCharging: false } };
  return { calendar, used, fromProject, exportRule, usage, battery, base, withoutEvents: simulateYear(base) };
}

function compute(input: OptionBillsInput, key: string): OptionBills {
  const stored = input.usageAndRates;
  const { calendar, used, fromProject, exportRule, usage, battery, base, withoutEvents } = remember(baseMemo, baseKeyOf(key, input), () => yearWithoutEvents(input));

  let withEvents: YearResult | null = null;
  let lines: OptionEvents["lines"] = [];
  if (battery && input.gridEvents.length > 0) {
    const hourlyUsage = usage.kind === "hourly" ? usage.hourlyKwh : hourlyUsageFromMonthly(calendar, usage.monthlyKwh);
    const events = optionEvents(calendar, hourlyUsage, input.gridEvents);
    if (events) {
      lines = events.lines;
      withEvents = simulateYear({ ...base, dispatch: { ...base.dispatch, events: events.schedule, allowEventExport: exportRule.kind !== "buy-all-sell-all" } });
    }
  }
  const withBattery = withoutEvents.bills.solarBattery;
  const gridServicesCents = (withEvents?.bills.solarBattery && withBattery ? withBattery.totalCents - withEvents.bills.solarBattery.totalCents : 0) as Cents;
  return {
    calendar: calendar.label,
    tariff: used,
    exportRule: { text: withoutEvents.exportRule, note: stored.exportRule ? null : fromProject.note, isProjectDefault: stored.exportRule === null },
    site: (({ place, isStatePoint }) => ({ place, isStatePoint }))(siteForState(input.project.state)),
    withoutEvents,
    withEvents,
    events: lines,
    year1: { solarCents: withoutEvents.savings.solarCents, batteryCents: withoutEvents.savings.batteryCents, gridServicesCents },
    warnings: [...new Set([...withoutEvents.warnings, ...(withEvents?.warnings ?? [])])],
  };
}

const MEMO_LIMIT = 200;
const memo = new Map<string, OptionBills>();
const baseMemo = new Map<string, ReturnType<typeof yearWithoutEvents>>();

/** An LRU of MEMO_LIMIT entries: the value under `key`, computed once. */
function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const cached = cache.get(key);
  if (cached !== undefined) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const made = make();
  cache.set(key, made);
  if (cache.size > MEMO_LIMIT) cache.delete(cache.keys().next().value!);
  return made;
}

/** A content key: small inputs as JSON, hourly series by length and an FNV-1a hash of their values. */
function keyOf(input: OptionBillsInput): string {
  return JSON.stringify(input, (_key, value: unknown) => (Array.isArray(value) && value.length > 366 ? `series:${value.length}:${hashSeries(value as number[])}` : value));
}

/** The key of the same input without its events. */
function baseKeyOf(key: string, input: OptionBillsInput): string {
  return input.gridEvents.length === 0 ? key : keyOf({ ...input, gridEvents: [] });
}

function hashSeries(values: readonly number[]): string {
  let hash = 0x811c9dc5;
  for (const value of values) {
    const scaled = Math.round(value * 1e6);
    hash = Math.imul(hash ^ (scaled & 0xffff), 0x01000193);
    hash = Math.imul(hash ^ (scaled >>> 16), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The option's bills (memoized; results are shared, so callers must not mutate them). The year without events is
 * memoized apart: trying programs on and off (Manage incentives, present mode) only simulates the year with events.
 */
export function optionBills(input: OptionBillsInput): OptionBills {
  const key = keyOf(input);
  return remember(memo, key, () => compute(input, key));
}
