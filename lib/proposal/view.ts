/**
 * The proposal view: everything a proposal shows, built once from an option and its evaluation. The proposal page,
 * the version document (screen, PDF, customer link), present mode, the compare page, the project page's option cards
 * and the CSV all render from this one object, so none of them runs the engine, builds a table or writes a figure
 * of its own, and one figure reads the same on every surface.
 */
import type { OptionBills } from "../core/bills";
import type { Financials, OptionEvaluation } from "../core/finance";
import { todayIsoDate } from "../core/dates/iso-date";
import { formatNumber } from "../core/money";
import { buildAssumptions } from "./assumptions";
import { buildBillsView, type BillsView } from "./bills-view";
import { describeBattery, hasBattery } from "./battery-summary";
import { cashFlowSeries, savingsBySourceSeries, type CashFlowPoint, type SavingsBarPoint } from "./chart-data";
import { FIGURE_LABELS, formatMoney, formatPayback, formatPaybackShort, formatRatio, horizonLabels } from "./figures";
import { buildFinancingView, type FinancingOffer, type FinancingView } from "./financing-view";
import { describeGridServicesPayments, type GridServicesPayments } from "./grid-services-payments";
import type { Participation, StoredOption } from "./option-input";
import { countsModelledSavings } from "./option-bills";
import { participationLevels } from "./participation";
import { buildPricingTable, type PricingTable } from "./pricing";
import { buildSavingsTable, type SavingsTable } from "./savings-table";

/** The option as a proposal describes it: the engine's inputs plus the words around them. */
export type ProposalOption = StoredOption & {
  name: string;
  pvKw: number;
  annualProductionKwh: number;
  batteryModel: string | null;
  project: StoredOption["project"] & { customerName: string; street: string; city: string; zip: string };
  /** The ways to pay offered besides cash, in their order (absent on versions frozen before financing: cash only). */
  financingOffers?: readonly FinancingOffer[];
};

export type HeadlineKey = "net-price" | "payback" | "first-year-savings" | "lifetime-savings" | "net-savings" | "roi" | "npv" | "irr";

export type HeadlineRow = { key: HeadlineKey; label: string; withGridServices: string; withoutGridServices: string };

/** One piece of equipment as the proposal lists it: what it is ("2 × Tesla Powerwall 3") and its sizes. */
export type EquipmentLine = { key: "solar" | "battery"; name: string; detail: string };

export type SensitivityRow = { level: Participation; payback: string; lifetimeSavings: string; isCurrent: boolean };

export interface ProposalView {
  name: string;
  customer: { name: string; address: string };
  system: { solar: string; battery: string; hasBattery: boolean; equipment: EquipmentLine[] };
  participation: Participation;
  /** The Grid Services programs whose money counts in this proposal, in catalog order. */
  programs: { id: string; name: string; shortName: string }[];
  hasGridServices: boolean;
  /** "What Grid Services pays you": each counted program's yearly payments in words, and the headline's one line. */
  gridServices: GridServicesPayments;
  /** Headline figures with and without Grid Services, already written. */
  headline: HeadlineRow[];
  /** The same figures by key, with Grid Services: for cards and one-line summaries. */
  figures: Record<HeadlineKey | "gross-price" | "upfront-incentives", string>;
  /** How the net savings are reached, in one sentence beside them: savings before the price, less the net price. */
  netSavingsExplained: string;
  pricing: PricingTable;
  /** How the customer can pay (cash, then each offer), with the tax treatment of the proposal's date. */
  financing: FinancingView;
  savings: SavingsTable;
  charts: {
    cashFlow: CashFlowPoint[];
    /** Where the payback markers sit (years), and their labels, rounded as the headline rounds. */
    paybackMarkers: { withGridServices: { at: number; label: string } | null; withoutGridServices: { at: number; label: string } | null };
    savingsBySource: { keys: { key: string; label: string }[]; points: SavingsBarPoint[] };
  };
  assumptions: ReturnType<typeof buildAssumptions>;
  /** Payback and lifetime savings at each participation level; null where only one evaluation exists (a version). */
  sensitivity: { rows: SensitivityRow[]; paybackWithout: string } | null;
  /** The scenarios' raw figures, for the few consumers that chart or compare them. */
  financials: { withGridServices: Financials; withoutGridServices: Financials };
  /** "Your electric bill, before and after"; null when the option has no usage and rates (or a version predates them). */
  bills: BillsView | null;
}

export type ProposalViewSource = {
  option: ProposalOption;
  evaluation: OptionEvaluation;
  participation?: Participation;
  /** The scenario with Grid Services at each participation level (the live proposal's sensitivity table). */
  sensitivity?: Record<Participation, Financials>;
  /** The option's modelled bills (lib/proposal/option-bills.ts billsOf), for a live proposal. */
  bills?: OptionBills | null;
  /** A finalized version's bills as they were frozen; wins over `bills`. */
  frozenBills?: BillsView | null;
};

/** The headline table, written once: the proposal, the preview beside Manage incentives and present mode show these rows. */
export function headlineRows(withGs: Financials, withoutGs: Financials): HeadlineRow[] {
  const row = (key: HeadlineKey, label: string, write: (financials: Financials) => string): HeadlineRow => ({ key, label, withGridServices: write(withGs), withoutGridServices: write(withoutGs) });
  const labels = horizonLabels(withGs.years);
  return [
    row("net-price", FIGURE_LABELS.netPrice, (f) => formatMoney(f.netCostCents)),
    row("payback", FIGURE_LABELS.payback, (f) => formatPayback(f.paybackYears)),
    row("first-year-savings", FIGURE_LABELS.firstYearSavings, (f) => formatMoney(f.annualSavingsCents[0] ?? 0)),
    row("lifetime-savings", labels.lifetimeSavings, (f) => formatMoney(f.lifetimeSavingsCents)),
    row("net-savings", labels.netSavings, (f) => formatMoney(netSavingsCents(f))),
    row("roi", labels.roi, (f) => formatRatio(f.roi)),
    row("npv", FIGURE_LABELS.npv, (f) => formatMoney(f.npvCents)),
    row("irr", FIGURE_LABELS.irr, (f) => formatRatio(f.irr)),
  ];
}

/** What is left of the savings once the price is paid: the cumulative cash flow at the horizon. */
export function netSavingsCents(financials: Pick<Financials, "lifetimeSavingsCents" | "netCostCents">): number {
  return financials.lifetimeSavingsCents - financials.netCostCents;
}

function netSavingsSentence(financials: Financials): string {
  const savings = formatMoney(financials.lifetimeSavingsCents);
  const price = formatMoney(financials.netCostCents);
  const left = netSavingsCents(financials);
  return left >= 0
    ? `${savings} saved over ${financials.years} years, less the ${price} net price, leaves ${formatMoney(left)}.`
    : `${savings} saved over ${financials.years} years is ${formatMoney(-left)} less than the ${price} net price.`;
}

/** The equipment with its model names, counts and sizes: what the option stores, nothing guessed. */
function equipmentOf(option: ProposalOption): EquipmentLine[] {
  const lines: EquipmentLine[] = [];
  if (option.pvKw > 0) {
    lines.push({ key: "solar", name: "Solar panels", detail: `${formatNumber(option.pvKw, 2)} kW, making about ${formatNumber(option.annualProductionKwh, 0)} kWh of electricity a year` });
  }
  if (hasBattery(option)) {
    const count = option.batteryCount;
    const total = `${formatNumber(option.batteryCapacityKwh * count)} kWh of storage and ${formatNumber(option.batteryPowerKw * count)} kW of power`;
    lines.push({
      key: "battery",
      name: `${count} × ${option.batteryModel ?? "battery"}`,
      detail: count === 1 ? total : `${total} in all (${formatNumber(option.batteryCapacityKwh)} kWh and ${formatNumber(option.batteryPowerKw)} kW each)`,
    });
  }
  return lines;
}

function paybackMarker(years: number | null): { at: number; label: string } | null {
  return years === null ? null : { at: years, label: formatPaybackShort(years) };
}

/** The bills section of a live option: whether the model's savings count, and whether its Grid Services events do. */
export function billsViewOf(option: ProposalOption, evaluation: OptionEvaluation, bills: OptionBills | null | undefined): BillsView | null {
  if (!bills) return null;
  return buildBillsView(bills, {
    countsModelled: countsModelledSavings(option),
    typedYear1Cents: option.billSavingsYear1Cents,
    countsGridServices: evaluation.programs.some((program) => program.isCounted),
  });
}

export function buildProposalView({ option, evaluation, participation = "expected", sensitivity, bills, frozenBills }: ProposalViewSource): ProposalView {
  const { withGridServices, withoutGridServices } = evaluation.financials;
  const counted = evaluation.programs.filter((program) => program.isCounted);
  const headline = headlineRows(withGridServices, withoutGridServices);
  const figures = Object.fromEntries(headline.map((row) => [row.key, row.withGridServices])) as Record<HeadlineKey, string>;
  const project = option.project;
  return {
    name: option.name,
    customer: { name: project.customerName, address: `${project.street}, ${project.city}, ${project.state} ${project.zip}` },
    system: {
      solar: `${formatNumber(option.pvKw, 2)} kW of solar, about ${formatNumber(option.annualProductionKwh, 0)} kWh a year`,
      battery: describeBattery(option),
      hasBattery: hasBattery(option),
      equipment: equipmentOf(option),
    },
    participation,
    programs: counted.map((program) => ({ id: program.id, name: program.name, shortName: program.shortName })),
    hasGridServices: counted.length > 0,
    gridServices: describeGridServicesPayments(evaluation.programs),
    headline,
    figures: {
      ...figures,
      "gross-price": formatMoney(withGridServices.systemCostCents),
      // Incentives lower the price: written as the pricing table writes them, negative.
      "upfront-incentives": formatMoney(-withGridServices.upfrontIncentivesCents),
    },
    netSavingsExplained: netSavingsSentence(withGridServices),
    pricing: buildPricingTable({ solarCents: option.solarCostCents, batteryCents: option.batteryCostCents, otherCents: option.otherCostCents }, evaluation),
    financing: buildFinancingView({
      option,
      evaluation,
      offers: option.financingOffers ?? [],
      // The tax rules of the day the figures were made: today for a live proposal, the finalizing day for a version.
      // Versions frozen before rates by date did not record their day (all from late 2026, whose rules today's give).
      proposalDate: evaluation.proposalDate ?? todayIsoDate(),
      billTodayMonthlyCents: option.billTodayMonthlyCents ?? null,
    }),
    savings: buildSavingsTable(withGridServices),
    charts: {
      cashFlow: cashFlowSeries(withGridServices, withoutGridServices),
      paybackMarkers: { withGridServices: paybackMarker(withGridServices.paybackYears), withoutGridServices: paybackMarker(withoutGridServices.paybackYears) },
      savingsBySource: savingsBySourceSeries(withGridServices),
    },
    assumptions: buildAssumptions(option, evaluation, participation),
    sensitivity: sensitivity
      ? {
          rows: participationLevels.map((level) => ({
            level,
            payback: formatPayback(sensitivity[level].paybackYears),
            lifetimeSavings: formatMoney(sensitivity[level].lifetimeSavingsCents),
            isCurrent: level === participation,
          })),
          paybackWithout: formatPayback(withoutGridServices.paybackYears),
        }
      : null,
    financials: { withGridServices, withoutGridServices },
    bills: frozenBills !== undefined ? frozenBills : billsViewOf(option, evaluation, bills),
  };
}
