/**
 * "Your electric bill, before and after": the bill model's year (lib/core/bills, option-bills.ts) written for the
 * proposal. Plain data only (no hourly series), so a finalized version stores it as it was sent and later
 * corrections of a tariff never move it.
 *
 * Every month's figures are the model's own rounded cents; the year's totals are the sums of the months, so the
 * table adds up to the cent.
 */
import { formatIsoDate } from "../core/dates/format";
import { dollarsToCents, formatNumber, formatUsd, roundToPlaces, type Cents } from "../core/money";
import { MONTH_NAMES, type BillLine, type MonthlyBill, type OptionBills, type YearBill } from "../core/bills";
import { formatMoney } from "./figures";

export type BillColumnKey = "noSystem" | "solarOnly" | "solarBattery";

export type BillCells = {
  /** Whole kWh the home used. */
  usageKwh: number;
  usage: string;
  /** One per column, in the columns' order. */
  cents: Cents[];
  written: string[];
  /** Without solar minus the last column. */
  savingsCents: Cents;
  savings: string;
};

export type BillMonthRow = BillCells & { month: string; shortMonth: string };

/** One bill of one month, line by line: "812.4 kWh from the grid at Peak × $0.62 = $503.44". */
export type BillExplanation = { label: string; lines: string[]; total: string };

export interface BillsView {
  hasBattery: boolean;
  columns: { key: BillColumnKey; label: string }[];
  months: BillMonthRow[];
  year: BillCells;
  /** The annual true-up in a sentence; null when the year has none. */
  trueUp: string | null;
  savings: {
    /** Year-1 bill savings by source, to the cent (they add up to the table's year); Grid Services' line only when its events are in the bills. */
    lines: { key: "solar" | "battery" | "grid-services"; label: string; cents: Cents; written: string }[];
    totalCents: Cents;
    total: string;
    /** How the "with solar + battery" bills treat Grid Services events, in a sentence; null without events. */
    gridServices: string | null;
    /** When the proposal's savings are the installer's typed figure, the sentence that says so; else null. */
    typedOverride: string | null;
  };
  chart: {
    keys: { key: "before" | "after"; label: string }[];
    points: { month: string; before: number; after: number }[];
    /** The chart in a sentence, for a screen reader and for print without colour. */
    summary: string;
  };
  sources: {
    usage: string;
    production: string;
    tariff: { text: string; sourceTitle: string | null; sourceUrl: string | null };
    exportRule: string;
  };
  /** For the installer, never the customer's copy: placeholder prices and the model's warnings. */
  installerNotes: string[];
  explanation: { intro: string[]; months: { month: string; bills: BillExplanation[] }[] };
}

export type BillsViewOptions = {
  /** The model's savings count (false: the installer's typed year-1 figure does). */
  countsModelled: boolean;
  typedYear1Cents: Cents;
  /** The proposal counts a Grid Services program: the "with solar + battery" bills hold the battery for its events. */
  countsGridServices: boolean;
};

const cents = (value: Cents) => formatUsd(value, { cents: true });
const kwh = (value: number) => `${formatNumber(Math.round(value), 0)} kWh`;
const SHORT = (month: string) => month.slice(0, 3);

/** A price per kWh as the tariff writes it: cents when it has no more, else up to five decimals ("$0.34589"). */
function perKwh(dollars: number): string {
  const price = roundToPlaces(dollars, 5);
  const priceCents = roundToPlaces(price * 100, 3);
  return Number.isInteger(priceCents) ? formatUsd(priceCents, { cents: true }) : `$${formatNumber(price, 5)}`;
}

function usageSource(bills: OptionBills): string {
  const usage = bills.withoutEvents.usage;
  const year = kwh(usage.annualKwh);
  switch (usage.source) {
    case "monthly-typical-shape":
      return `Usage: your 12 monthly bills (${year} a year), spread over each day the way a typical home uses electricity.`;
    case "green-button":
      return `Usage: your utility's meter data (Green Button), hour by hour (${year} a year).`;
    case "hourly-array":
      return `Usage: hourly readings provided by your installer (${year} a year).`;
    default: {
      const exhaustive: never = usage.source;
      return exhaustive;
    }
  }
}

function productionSource(bills: OptionBills): string {
  const production = bills.withoutEvents.production;
  const year = kwh(production.annualKwh);
  const place = bills.site.place;
  switch (production.source) {
    case "annual-spread":
      return `Solar: your design's expected production (${year} a year), spread over the day by the sun's path in ${place}.`;
    case "monthly-spread":
      return `Solar: your design's expected monthly production (${year} a year), spread over the day by the sun's path in ${place}.`;
    case "pvwatts-hourly":
      return `Solar: hourly from PVWatts, from your design (${year} a year).`;
    case "hourly-csv":
    case "hourly-array":
      return `Solar: hourly from your design tool (${year} a year).`;
    case "none":
      return "Solar: none.";
    default: {
      const exhaustive: never = production.source;
      return exhaustive;
    }
  }
}

const tariffName = ({ tariff }: OptionBills) => (tariff.utility ? `${tariff.name}, ${tariff.utility}` : tariff.name);

function tariffSource(bills: OptionBills): BillsView["sources"]["tariff"] {
  const { tariff } = bills;
  const who = tariffName(bills);
  switch (tariff.kind) {
    case "catalog":
      return {
        text: `Rate: ${who}${tariff.source ? `, checked on ${formatIsoDate(tariff.source.checkedOn)}` : ""}.`,
        sourceTitle: tariff.source?.title ?? null,
        sourceUrl: tariff.source?.url ?? null,
      };
    case "urdb":
      return { text: `Rate: ${who}, from the Utility Rate Database, as entered by your installer.`, sourceTitle: null, sourceUrl: null };
    case "flat":
      return { text: `Rate: ${who}, a flat price per kWh from your bill, as entered by your installer.`, sourceTitle: null, sourceUrl: null };
    default: {
      const exhaustive: never = tariff.kind;
      return exhaustive;
    }
  }
}

function installerNotes(bills: OptionBills): string[] {
  const notes: string[] = [];
  const name = bills.tariff.name;
  if (bills.tariff.status === "placeholder") {
    notes.push(`The energy prices of ${name} are placeholders, not read from the utility's tariff sheet: check them against the customer's bill, or paste the URDB rate, before sending.`);
  } else if (bills.tariff.status === "partial") {
    notes.push(`Some prices of ${name} are derived or placeholders, not read from the utility's tariff sheet: check them against the customer's bill before sending.`);
  }
  // The framework's note says which rules were modelled and what was not re-read: the installer's to check.
  if (bills.exportRule.note) notes.push(bills.exportRule.note);
  return [...notes, ...bills.warnings];
}

function cellsOf(usageKwh: number, columns: readonly Cents[]): BillCells {
  const savingsCents = (columns[0]! - columns.at(-1)!) as Cents;
  return { usageKwh: Math.round(usageKwh), usage: kwh(usageKwh), cents: [...columns], written: columns.map(cents), savingsCents, savings: cents(savingsCents) };
}

/** "Peak", "Peak, tier 2"; nothing for a tariff with one price all day (its period name says nothing). */
function periodOf(line: BillLine, isSinglePeriod: boolean): string {
  const tier = line.tier > 0 ? `tier ${line.tier + 1}` : "";
  const period = isSinglePeriod ? "" : line.periodName;
  return [period, tier].filter(Boolean).join(", ");
}

function lineText(line: BillLine, isSinglePeriod: boolean): string {
  const amount = kwh1(line.kwh);
  const period = periodOf(line, isSinglePeriod);
  if (line.kind === "import") return `${amount} from the grid${period ? ` at ${period}` : ""} × ${perKwh(line.dollars / line.kwh)} = ${cents(dollarsToCents(line.dollars))}`;
  // Export prices change by the hour under net billing: the credit is given, not a single price.
  const where = period ? ` in ${period}` : "";
  return line.dollars > 0 ? `${amount} sent to the grid${where}, credited ${cents(dollarsToCents(line.dollars))}` : `${amount} more sent to the grid than taken from it${where}`;
}

const kwh1 = (value: number) => `${formatNumber(value, 1)} kWh`;

function explainMonth(label: string, bill: MonthlyBill, isSinglePeriod: boolean): BillExplanation {
  const lines = bill.lines.map((line) => lineText(line, isSinglePeriod));
  const charge = (text: string, value: Cents, sign = 1) => {
    if (value !== 0) lines.push(`${text} ${cents(sign * value)}`);
  };
  charge("Export credit used on this bill:", bill.exportCreditCents, -1);
  charge("Fixed charge:", bill.fixedChargeCents);
  charge("Minimum bill top-up:", bill.minimumChargeCents);
  charge("Charges every kWh from the grid pays:", bill.nonBypassableCents);
  charge("True-up credit:", bill.trueUpCreditCents, -1);
  if (bill.carriedKwh > 0.05) lines.push(`${kwh1(bill.carriedKwh)} of credit carried to next month`);
  else if (bill.carriedCents > 0) lines.push(`${cents(bill.carriedCents)} of credit carried to next month`);
  return { label, lines, total: `${label}: ${cents(bill.totalCents)}` };
}

function trueUpOf(bill: YearBill): string | null {
  const { trueUp } = bill;
  if (trueUp.month < 0 || (trueUp.paidCents === 0 && trueUp.forfeitedCents === 0)) return null;
  const month = MONTH_NAMES[trueUp.month]!;
  const parts: string[] = [];
  if (trueUp.paidCents !== 0) parts.push(trueUp.surplusKwh > 0 ? `pays ${cents(trueUp.paidCents)} for ${kwh(trueUp.surplusKwh)} of surplus` : `pays ${cents(trueUp.paidCents)} of unused credit`);
  if (trueUp.forfeitedCents > 0) parts.push(`${cents(trueUp.forfeitedCents)} of unused credit is forfeited`);
  return `The ${month} true-up ${parts.join("; ")}: it is in ${month}'s bill.`;
}

function gridServicesSentence(bills: OptionBills, counted: boolean): string | null {
  if (!bills.withEvents || !counted) return null;
  const days = bills.events.reduce((sum, line) => sum + line.days, 0);
  const effect = bills.year1.gridServicesCents;
  const events = `${formatNumber(days, 0)} Grid Services event${days === 1 ? "" : "s"}`;
  const onBill = effect < 0 ? `costs ${formatMoney(-effect)} on the bill` : effect > 0 ? `earns ${formatMoney(effect)} on the bill` : "does not change the bill";
  return `The bills with solar + battery include the ${events}: holding the battery for them ${onBill}, apart from what the programs pay.`;
}

export function buildBillsView(bills: OptionBills, { countsModelled, typedYear1Cents, countsGridServices }: BillsViewOptions): BillsView {
  const base = bills.withoutEvents;
  const useEvents = countsGridServices && bills.withEvents?.bills.solarBattery != null;
  const withBattery = useEvents ? bills.withEvents!.bills.solarBattery : base.bills.solarBattery;
  const hasBattery = withBattery !== null;
  const columns: BillsView["columns"] = [
    { key: "noSystem", label: "Without solar" },
    { key: "solarOnly", label: hasBattery ? "With solar only" : "With solar" },
    ...(hasBattery ? [{ key: "solarBattery" as const, label: "With solar + battery" }] : []),
  ];
  const years: YearBill[] = [base.bills.noSystem, base.bills.solarOnly, ...(withBattery ? [withBattery] : [])];

  const months = MONTH_NAMES.map((month, index): BillMonthRow => ({
    month,
    shortMonth: SHORT(month),
    ...cellsOf(
      base.usage.monthlyKwh[index]!,
      years.map((year) => year.months[index]!.totalCents),
    ),
  }));
  const year = cellsOf(
    base.usage.annualKwh,
    years.map((bill) => bill.totalCents),
  );

  const savingsLines: BillsView["savings"]["lines"] = [{ key: "solar", label: "Solar", cents: bills.year1.solarCents, written: cents(bills.year1.solarCents) }];
  if (hasBattery) savingsLines.push({ key: "battery", label: "Battery", cents: bills.year1.batteryCents, written: cents(bills.year1.batteryCents) });
  if (useEvents) savingsLines.push({ key: "grid-services", label: "Holding the battery for Grid Services events", cents: bills.year1.gridServicesCents, written: cents(bills.year1.gridServicesCents) });
  const totalCents = savingsLines.reduce((sum, line) => sum + line.cents, 0) as Cents;

  const afterLabel = columns.at(-1)!.label;
  const chartKeys: BillsView["chart"]["keys"] = [
    { key: "before", label: "Without solar" },
    { key: "after", label: afterLabel },
  ];
  const points = months.map((row) => ({ month: row.shortMonth, before: row.cents[0]! / 100, after: row.cents.at(-1)! / 100 }));
  const summary =
    `Monthly electric bills without solar and ${afterLabel.toLowerCase()}. ` +
    `Over the year: ${year.written[0]!} without solar, ${year.written.at(-1)!} ${afterLabel.toLowerCase()}, ${year.savings} less. The table lists every month.`;

  const finalBill = years.at(-1)!;
  const isSinglePeriod = years.every((bill) => bill.months.every((month) => month.lines.every((line) => line.period === 0)));
  const tariff = tariffSource(bills);
  return {
    hasBattery,
    columns,
    months,
    year,
    trueUp: trueUpOf(finalBill),
    savings: {
      lines: savingsLines,
      totalCents,
      total: cents(totalCents),
      gridServices: gridServicesSentence(bills, useEvents),
      typedOverride: countsModelled ? null : `Year-1 savings as entered by your installer from their design tool: ${formatMoney(typedYear1Cents)}. This proposal's figures use that; the bills below are our estimate, for comparison.`,
    },
    chart: { keys: chartKeys, points, summary },
    sources: {
      usage: usageSource(bills),
      production: productionSource(bills),
      tariff,
      exportRule: `Exports: ${bills.exportRule.text}`,
    },
    installerNotes: installerNotes(bills),
    explanation: {
      intro: [
        `Each bill is computed hour by hour over ${/^\d{4}$/.test(bills.calendar) ? bills.calendar : `a year in the ${bills.calendar}`}: your usage${hasBattery ? ", your solar production and the battery" : " and your solar production"}, priced on ${tariffName(bills)}.`,
        "Each line is one time-of-use period of the month: the kWh taken from the grid (after netting exports, where the rule nets them) times that period's price.",
      ],
      months: MONTH_NAMES.map((month, index) => ({
        month,
        bills: [
          explainMonth(`${month} without solar`, base.bills.noSystem.months[index]!, isSinglePeriod),
          explainMonth(`${month} ${afterLabel.toLowerCase()}`, finalBill.months[index]!, isSinglePeriod),
        ],
      })),
    },
  };
}
