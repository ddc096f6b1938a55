/**
 * Monthly bills for one year of hourly imports and exports under a tariff and an export rule, following NREL SAM's
 * utility rate module (ssc/cmod_utilityrate5.cpp: `ur_calc` for net metering, `ur_calc_timestep` for net billing and
 * buy-all/sell-all) so that a bill agrees with SAM to the cent on the metering options SAM has (sam-agreement.test.ts).
 *
 * Each month, in dollars, then rounded once to cents per line (money/round.ts):
 *   energy charge      imports priced by TOU period and tier
 *   export credit      credits applied against the month's energy charges (net billing, dollar credits, sales)
 *   fixed charge       $/month, or $/day × the month's days
 *   minimum charge     the top-up to the minimum bill: max(0, minimum − max(0, energy − credit + fixed))
 *   non-bypassable     $/kWh on every kWh imported (never offset by credits; SAM has none)
 *   true-up credit     paid at the true-up month: surplus kWh × net surplus rate, or credits left
 *   total              energy − export credit + fixed + minimum + non-bypassable − true-up
 * The year's total is the sum of the months' totals, and each total the sum of its rounded lines.
 *
 * Tiers. Net metering (monthly netting) prices a month's imports the way SAM's ur_calc does: the month's total use
 * is cut at the tier limits and each TOU period gets its share of every tier in proportion to its use. Net billing
 * walks the hours in order (ur_calc_timestep): an hour's import is priced in the tier the month's cumulative
 * imports have reached. The two differ only for rates with both TOU periods and tiers, and each follows SAM.
 *
 * SAM conventions kept (docs/bills.md, "SAM agreement"): the netting year starts in January (year 1 brings no
 * credit from before); a period's surplus kWh carries to the next month's period found at the same weekday hour
 * among 00:00, 05:00, 11:00 and 17:00, and a surplus in a period found at none of those hours is lost (reported);
 * the annual minimum compares against the sum of the months' bills before their monthly minimums.
 */
import { formatUsd } from "../money/format";
import { roundCents, type Cents } from "../money/round";
import type { CompiledExportRule } from "./export-rules";
import type { CompiledTariff } from "./tariff-compile";

export interface BillLine {
  kind: "import" | "export";
  period: number;
  periodName: string;
  /** 0-based tier; exports at hourly rates use tier 0. */
  tier: number;
  kwh: number;
  /** Unrounded dollars (the month's rounded lines are the bill's figures). */
  dollars: number;
}

export interface MonthlyBill {
  /** 0–11. */
  month: number;
  importKwh: number;
  exportKwh: number;
  energyChargeCents: Cents;
  exportCreditCents: Cents;
  fixedChargeCents: Cents;
  minimumChargeCents: Cents;
  nonBypassableCents: Cents;
  trueUpCreditCents: Cents;
  totalCents: Cents;
  /** Credit carried into next month after this bill: surplus kWh (net metering in kWh) or dollars. */
  carriedKwh: number;
  carriedCents: Cents;
  lines: BillLine[];
}

export interface YearBill {
  months: MonthlyBill[];
  totalCents: Cents;
  importKwh: number;
  exportKwh: number;
  /** The true-up: month (0–11), surplus kWh paid (net metering in kWh), amount paid, credits forfeited. */
  trueUp: { month: number; surplusKwh: number; paidCents: Cents; forfeitedCents: Cents };
  warnings: string[];
}

const cents = (dollars: number): Cents => roundCents(dollars * 100);

interface MonthDollars {
  importKwh: number;
  exportKwh: number;
  energy: number;
  credit: number;
  trueUp: number;
  forfeited: number;
  carriedKwh: number;
  carriedDollars: number;
  lines: BillLine[];
  /** Buy-all/sell-all: sales are on their own meter, so the minimum bill looks at the load's bill alone. */
  isSeparateMeterCredit?: boolean;
}

/**
 * The year's bills. `importKwh` and `exportKwh` are the meter's hourly flows (at most one of them non-zero in an
 * hour). Under buy-all/sell-all, `importKwh` is everything the home draws and `exportKwh` all the production sold.
 */
export function computeYearBill(tariff: CompiledTariff, exportRule: CompiledExportRule, importKwh: Float64Array, exportKwh: Float64Array): YearBill {
  const rule = exportRule.rule;
  const warnings: string[] = [];
  const trueUpMonth = rule.kind === "buy-all-sell-all" ? -1 : rule.trueUpMonth - 1;
  let monthly: MonthDollars[];
  let trueUpSurplusKwh = 0;
  if (rule.kind === "net-metering") {
    const result = netMeteringMonths(tariff, importKwh, exportKwh, rule.credits, trueUpMonth, rule.netSurplusDollarsPerKwh, rule.creditDollarsPerKwh, warnings);
    monthly = result.months;
    trueUpSurplusKwh = result.trueUpSurplusKwh;
  } else if (rule.kind === "net-billing") {
    monthly = netBillingMonths(tariff, exportRule.hourlySell, importKwh, exportKwh, rule.carryover, trueUpMonth, rule.atTrueUp, rule.applyInMonthEarned);
  } else {
    monthly = buyAllSellAllMonths(tariff, exportRule.hourlySell, importKwh, exportKwh);
  }

  // Fixed charges, minimums (SAM: the fixed charge first, then the monthly minimum on the bill so far, floored at
  // zero; the annual minimum in December against the sum of those floored bills), non-bypassable charges.
  const months: MonthlyBill[] = [];
  let annualBillDollars = 0;
  let totalCents = 0;
  let yearImport = 0;
  let yearExport = 0;
  for (let month = 0; month < 12; month++) {
    const dollars = monthly[month]!;
    const fixed = tariff.fixedDollarsOfMonth[month]!;
    const billSoFar = Math.max(0, dollars.energy - (dollars.isSeparateMeterCredit ? 0 : dollars.credit) + fixed);
    let minimum = Math.max(0, tariff.minimumDollarsOfMonth[month]! - billSoFar);
    annualBillDollars += billSoFar;
    if (month === 11 && tariff.annualMinimumDollars > annualBillDollars) minimum += tariff.annualMinimumDollars - annualBillDollars;
    const monthImport = dollars.importKwh;
    const monthExport = dollars.exportKwh;
    yearImport += monthImport;
    yearExport += monthExport;
    const bill: MonthlyBill = {
      month,
      importKwh: monthImport,
      exportKwh: monthExport,
      energyChargeCents: cents(dollars.energy),
      exportCreditCents: cents(dollars.credit),
      fixedChargeCents: cents(fixed),
      minimumChargeCents: cents(minimum),
      nonBypassableCents: cents(monthImport * tariff.rate.nonBypassableDollarsPerKwh),
      trueUpCreditCents: cents(dollars.trueUp),
      totalCents: 0,
      carriedKwh: dollars.carriedKwh,
      carriedCents: cents(dollars.carriedDollars),
      lines: dollars.lines,
    };
    bill.totalCents = bill.energyChargeCents - bill.exportCreditCents + bill.fixedChargeCents + bill.minimumChargeCents + bill.nonBypassableCents - bill.trueUpCreditCents;
    totalCents += bill.totalCents;
    months.push(bill);
  }
  const trueUp = {
    month: trueUpMonth,
    surplusKwh: trueUpSurplusKwh,
    paidCents: trueUpMonth >= 0 ? months[trueUpMonth]!.trueUpCreditCents : 0,
    forfeitedCents: cents(monthly.reduce((sum, month) => sum + month.forfeited, 0)),
  };
  if (trueUp.forfeitedCents > 0) warnings.push(`Export credits of ${formatUsd(trueUp.forfeitedCents, { cents: true })} are left at the true-up and forfeited under this rule.`);
  return { months, totalCents, importKwh: yearImport, exportKwh: yearExport, trueUp, warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// Net metering (SAM ur_calc; options 0 and 1)

/**
 * Splits `total` kWh across the month's tiers and gives `period` its share (`periodKwh / total`) of each; calls
 * `take(tier, kwh)` for every tier with energy. SAM's proration of tier limits across TOU periods.
 */
function prorateTiers(tariff: CompiledTariff, month: number, total: number, periodKwh: number, take: (tier: number, kwh: number) => void): void {
  const share = periodKwh / total;
  const base = month * tariff.maxTiers;
  const tiers = tariff.tierCountOfMonth[month]!;
  for (let tier = 0; tier < tiers; tier++) {
    const top = tier === tiers - 1 ? Infinity : tariff.tierTops[base + tier]!;
    const lower = tier === 0 ? 0 : tariff.tierTops[base + tier - 1]!;
    if (total > top) take(tier, share * top - share * lower);
    else {
      take(tier, share * total - share * lower);
      return;
    }
  }
}

function netMeteringMonths(
  tariff: CompiledTariff,
  importKwh: Float64Array,
  exportKwh: Float64Array,
  credits: "kwh" | "dollars",
  trueUpMonth: number,
  netSurplusRate: number,
  creditRate: number | undefined,
  warnings: string[],
): { months: MonthDollars[]; trueUpSurplusKwh: number } {
  const calendar = tariff.calendar;
  const periods = tariff.periodCount;
  const names = tariff.rate.periodNames;
  const net = new Float64Array(periods);
  const previousSurplus = new Float64Array(periods);
  const surplus = new Float64Array(periods);
  const use = new Float64Array(periods);
  const months: MonthDollars[] = [];
  let cumulativeKwh = 0;
  let trueUpSurplusKwh = 0;
  let carriedDollars = 0;
  const lostPeriods = new Set<string>();

  for (let month = 0; month < 12; month++) {
    net.fill(0);
    let monthImport = 0;
    let monthExport = 0;
    const end = calendar.monthStartHour[month + 1]!;
    for (let hour = calendar.monthStartHour[month]!; hour < end; hour++) {
      const imported = importKwh[hour]!;
      const exported = exportKwh[hour]!;
      net[tariff.periodOfHour[hour]!]! += exported - imported;
      monthImport += imported;
      monthExport += exported;
    }
    const monthNet = monthExport - monthImport;
    // Cumulative surplus kWh for the true-up: restarts the month after the true-up.
    cumulativeKwh = Math.max(0, (month === trueUpMonth + 1 ? 0 : cumulativeKwh) + monthNet);

    // kWh credits: last month's surplus of each period joins this month's period at the same time of day.
    const skipRollover = month === 0 || month === trueUpMonth + 1;
    if (credits === "kwh" && !skipRollover) {
      const from = tariff.rolloverPeriodsOfMonth[month - 1]!;
      const to = tariff.rolloverPeriodsOfMonth[month]!;
      for (let period = 0; period < periods; period++) {
        if (previousSurplus[period]! <= 0) continue;
        const position = from.indexOf(period);
        if (position < 0) {
          lostPeriods.add(names[period]!);
          continue;
        }
        net[to[position]!]! += previousSurplus[period]!;
      }
    }

    let totalUse = 0;
    let totalSurplus = 0;
    for (let period = 0; period < periods; period++) {
      use[period] = Math.max(0, -net[period]!);
      surplus[period] = Math.max(0, net[period]!);
      totalUse += use[period]!;
      totalSurplus += surplus[period]!;
    }
    const lines: BillLine[] = [];
    let energy = 0;
    if (totalUse > 0) {
      for (let period = 0; period < periods; period++) {
        if (use[period]! <= 0) continue;
        prorateTiers(tariff, month, totalUse, use[period]!, (tier, kwh) => {
          const dollars = kwh * tariff.buy[period * tariff.maxTiers + tier]!;
          energy += dollars;
          lines.push({ kind: "import", period, periodName: names[period]!, tier, kwh, dollars });
        });
      }
    }
    previousSurplus.set(surplus);

    if (credits === "kwh") {
      let trueUp = 0;
      if (month === trueUpMonth && cumulativeKwh > 0) {
        trueUp = cumulativeKwh * netSurplusRate;
        trueUpSurplusKwh = cumulativeKwh;
      }
      if (totalSurplus > 0) {
        for (let period = 0; period < periods; period++) {
          if (surplus[period]! > 0) lines.push({ kind: "export", period, periodName: names[period]!, tier: 0, kwh: surplus[period]!, dollars: 0 });
        }
      }
      months.push({ importKwh: monthImport, exportKwh: monthExport, energy, credit: 0, trueUp, forfeited: 0, carriedKwh: month === trueUpMonth ? 0 : totalSurplus, carriedDollars: 0, lines });
      continue;
    }

    // Dollar credits: the month's surplus at the credit (sell) rate, prorated across tiers like the use.
    let earned = 0;
    if (totalSurplus > 0) {
      for (let period = 0; period < periods; period++) {
        if (surplus[period]! <= 0) continue;
        if (creditRate !== undefined) {
          const dollars = surplus[period]! * creditRate;
          earned += dollars;
          lines.push({ kind: "export", period, periodName: names[period]!, tier: 0, kwh: surplus[period]!, dollars });
          continue;
        }
        prorateTiers(tariff, month, totalSurplus, surplus[period]!, (tier, kwh) => {
          const dollars = kwh * tariff.sell[period * tariff.maxTiers + tier]!;
          earned += dollars;
          lines.push({ kind: "export", period, periodName: names[period]!, tier, kwh, dollars });
        });
      }
    }
    // SAM: last month's credit first (not across the true-up), then this month's; what is left carries on.
    let remaining = energy;
    let carried = earned;
    if (month > 0 && month !== trueUpMonth + 1) remaining -= carriedDollars;
    if (remaining < 0) {
      carried += -remaining;
      remaining = 0;
    } else {
      remaining -= carried;
      if (remaining < 0) {
        carried = -remaining;
        remaining = 0;
      } else carried = 0;
    }
    const trueUp = month === trueUpMonth && carried > 0 ? carried : 0;
    months.push({ importKwh: monthImport, exportKwh: monthExport, energy, credit: energy - remaining, trueUp, forfeited: 0, carriedKwh: 0, carriedDollars: month === trueUpMonth ? 0 : carried, lines });
    carriedDollars = carried;
  }
  if (lostPeriods.size > 0) {
    warnings.push(`Surplus kWh in ${[...lostPeriods].join(", ")} could not be matched to a period of the next month (SAM carries surplus only between the periods at 00:00, 05:00, 11:00 and 17:00 on weekdays) and was not carried.`);
  }
  return { months, trueUpSurplusKwh };
}

// ---------------------------------------------------------------------------------------------------------------
// Net billing and buy-all/sell-all (SAM ur_calc_timestep; options 2, 3 and 4)

/** One month's hourly walk: charges for imports and credits for exports, tiers by the month's cumulative kWh. */
/** Per period and tier accumulators of one month's walk, reused from month to month. */
interface WalkBuffers {
  importKwhBy: Float64Array;
  importDollarsBy: Float64Array;
  exportKwhBy: Float64Array;
  exportDollarsBy: Float64Array;
}

function walkBuffers(tariff: CompiledTariff): WalkBuffers {
  const size = tariff.periodCount * tariff.maxTiers;
  return { importKwhBy: new Float64Array(size), importDollarsBy: new Float64Array(size), exportKwhBy: new Float64Array(size), exportDollarsBy: new Float64Array(size) };
}

function walkMonth(
  tariff: CompiledTariff,
  hourlySell: Float64Array | null,
  importKwh: Float64Array,
  exportKwh: Float64Array,
  month: number,
  lines: BillLine[],
  buffers: WalkBuffers,
): { charges: number; credits: number; importKwh: number; exportKwh: number } {
  const calendar = tariff.calendar;
  const maxTiers = tariff.maxTiers;
  const tiers = tariff.tierCountOfMonth[month]!;
  const tops = tariff.tierTops;
  const base = month * maxTiers;
  const periods = tariff.periodCount;
  const { importKwhBy, importDollarsBy, exportKwhBy, exportDollarsBy } = buffers;
  importKwhBy.fill(0);
  importDollarsBy.fill(0);
  exportKwhBy.fill(0);
  exportDollarsBy.fill(0);
  const buy = tariff.buy;
  const periodOfHour = tariff.periodOfHour;
  let charges = 0;
  let credits = 0;
  let totalImport = 0;
  let totalExport = 0;
  let cumulativeImport = 0;
  let cumulativeExport = 0;
  let importTier = 0;
  let exportTier = 0;
  const end = calendar.monthStartHour[month + 1]!;
  for (let hour = calendar.monthStartHour[month]!; hour < end; hour++) {
    const imported = importKwh[hour]!;
    const exported = exportKwh[hour]!;
    totalImport += imported;
    totalExport += exported;
    const flow = exported - imported;
    const period = periodOfHour[hour]!;
    if (flow >= 0) {
      if (flow === 0) continue;
      if (hourlySell) {
        const dollars = flow * hourlySell[hour]!;
        credits += dollars;
        exportKwhBy[period * maxTiers]! += flow;
        exportDollarsBy[period * maxTiers]! += dollars;
        cumulativeExport += flow;
        continue;
      }
      let remaining = flow;
      let start = cumulativeExport;
      cumulativeExport += flow;
      while (remaining > 0) {
        const top = exportTier >= tiers - 1 ? Infinity : tops[base + exportTier]!;
        const room = Math.max(0, top - start);
        const kwh = remaining <= room ? remaining : room;
        const dollars = kwh * tariff.sell[period * maxTiers + exportTier]!;
        credits += dollars;
        exportKwhBy[period * maxTiers + exportTier]! += kwh;
        exportDollarsBy[period * maxTiers + exportTier]! += dollars;
        remaining -= kwh;
        start += kwh;
        if (remaining > 0) exportTier++;
      }
    } else if (tiers === 1) {
      const index = period * maxTiers;
      const dollars = -flow * buy[index]!;
      charges += dollars;
      importKwhBy[index]! -= flow;
      importDollarsBy[index]! += dollars;
    } else {
      let remaining = -flow;
      let start = cumulativeImport;
      cumulativeImport += remaining;
      while (remaining > 0) {
        const top = importTier >= tiers - 1 ? Infinity : tops[base + importTier]!;
        const room = Math.max(0, top - start);
        const kwh = remaining <= room ? remaining : room;
        const dollars = kwh * buy[period * maxTiers + importTier]!;
        charges += dollars;
        importKwhBy[period * maxTiers + importTier]! += kwh;
        importDollarsBy[period * maxTiers + importTier]! += dollars;
        remaining -= kwh;
        start += kwh;
        if (remaining > 0) importTier++;
      }
    }
  }
  const names = tariff.rate.periodNames;
  for (let index = 0; index < periods * maxTiers; index++) {
    const period = (index / maxTiers) | 0;
    const tier = index % maxTiers;
    if (importKwhBy[index]! > 0) lines.push({ kind: "import", period, periodName: names[period]!, tier, kwh: importKwhBy[index]!, dollars: importDollarsBy[index]! });
  }
  for (let index = 0; index < periods * maxTiers; index++) {
    const period = (index / maxTiers) | 0;
    const tier = index % maxTiers;
    if (exportKwhBy[index]! > 0) lines.push({ kind: "export", period, periodName: names[period]!, tier, kwh: exportKwhBy[index]!, dollars: exportDollarsBy[index]! });
  }
  return { charges, credits, importKwh: totalImport, exportKwh: totalExport };
}

function netBillingMonths(
  tariff: CompiledTariff,
  hourlySell: Float64Array | null,
  importKwh: Float64Array,
  exportKwh: Float64Array,
  carryover: "none" | "monthly",
  trueUpMonth: number,
  atTrueUp: "paid" | "expire",
  applyInMonthEarned: boolean,
): MonthDollars[] {
  const months: MonthDollars[] = [];
  const buffers = walkBuffers(tariff);
  let previousCarried = 0;
  for (let month = 0; month < 12; month++) {
    const lines: BillLine[] = [];
    const { charges, credits, importKwh: monthImport, exportKwh: monthExport } = walkMonth(tariff, hourlySell, importKwh, exportKwh, month, lines, buffers);
    if (carryover === "none") {
      months.push({ importKwh: monthImport, exportKwh: monthExport, energy: charges, credit: credits, trueUp: 0, forfeited: 0, carriedKwh: 0, carriedDollars: 0, lines });
      continue;
    }
    // SAM option 3: last month's credits (not across the true-up), this month's when applied in the month earned.
    let remaining = charges;
    let carried = credits;
    if (month > 0 && month !== trueUpMonth + 1) remaining -= previousCarried;
    if (applyInMonthEarned) {
      remaining -= carried;
      carried = 0;
    }
    if (remaining < 0) {
      carried += -remaining;
      remaining = 0;
    }
    let trueUp = 0;
    let forfeited = 0;
    if (month === trueUpMonth && carried > 0) {
      if (atTrueUp === "paid") trueUp = carried;
      else forfeited = carried;
    }
    months.push({ importKwh: monthImport, exportKwh: monthExport, energy: charges, credit: charges - remaining, trueUp, forfeited, carriedKwh: 0, carriedDollars: month === trueUpMonth ? 0 : carried, lines });
    previousCarried = carried;
  }
  return months;
}

function buyAllSellAllMonths(tariff: CompiledTariff, hourlySell: Float64Array | null, loadKwh: Float64Array, productionKwh: Float64Array): MonthDollars[] {
  const none = new Float64Array(loadKwh.length);
  const months: MonthDollars[] = [];
  const buffers = walkBuffers(tariff);
  for (let month = 0; month < 12; month++) {
    const lines: BillLine[] = [];
    const load = walkMonth(tariff, null, loadKwh, none, month, lines, buffers);
    // The production meter: every kWh sold, tiers counted on sales alone; no fixed or minimum charge of its own.
    const sales = walkMonth(tariff, hourlySell, none, productionKwh, month, lines, buffers);
    months.push({ importKwh: load.importKwh, exportKwh: sales.exportKwh, energy: load.charges, credit: sales.credits, trueUp: 0, forfeited: 0, carriedKwh: 0, carriedDollars: 0, lines, isSeparateMeterCredit: true });
  }
  return months;
}
