/**
 * The words and the text of the proposal's headline figures: one name per figure across the app, and one way to
 * write each. Every surface (pages, document, present mode, charts, CSV) goes through these, so "2.2 years" in the
 * headline is "Payback 2.2 y" on the chart, never 2.1.
 *
 * The names are the homeowner's: a figure that covers the horizon says so ("25-year return on the price", never a
 * bare "ROI" that reads as yearly), and savings before the price are never named so that they read as profit.
 */
import { formatNumber, formatPercent, formatUsd } from "../core/money";

export const FIGURE_LABELS = {
  grossPrice: "Gross price",
  upfrontIncentives: "Upfront incentives",
  netPrice: "Net price",
  payback: "Payback",
  firstYearSavings: "First-year savings",
  /** Every year's savings added up, before the price is taken off. */
  lifetimeSavings: "Savings before the price",
  /** Savings before the price minus the net price: what the homeowner is left with. */
  netSavings: "Net savings after the price",
  /** Net savings ÷ net price, over the whole horizon (not a yearly rate). */
  roi: "Return on the price",
  npv: "Net present value (NPV)",
  irr: "Yearly rate of return (IRR)",
} as const;

/** The headline's names, with the horizon each total covers: "Net savings after the price (25 years)". */
export function horizonLabels(years: number) {
  return {
    lifetimeSavings: `${FIGURE_LABELS.lifetimeSavings} (${years} years)`,
    netSavings: `${FIGURE_LABELS.netSavings} (${years} years)`,
    roi: `${years}-year return on the price`,
  };
}

export function formatPayback(years: number | null): string {
  return years === null ? "Not within horizon" : `${formatNumber(years, 1)} years`;
}

/** The payback marker on the cash-flow chart: the same rounding as the headline. */
export function formatPaybackShort(years: number): string {
  return `${formatNumber(years, 1)} y`;
}

export function formatRatio(value: number | null): string {
  return value === null ? "—" : formatPercent(value, 1);
}

/** Headline money in whole dollars: cents belong in the tables, not in a figure read across a room. */
export function formatMoney(cents: number): string {
  return formatUsd(cents, { cents: false });
}
