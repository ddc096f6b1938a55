/**
 * The words and the text of the proposal's headline figures: one name per figure across the app, and one way to
 * write each. Every surface (pages, document, present mode, charts, CSV) goes through these, so "2.2 years" in the
 * headline is "Payback 2.2 y" on the chart, never 2.1.
 */
import { formatNumber, formatPercent, formatUsd } from "../core/money";

export const FIGURE_LABELS = {
  grossPrice: "Gross price",
  upfrontIncentives: "Upfront incentives",
  netPrice: "Net price",
  payback: "Payback",
  firstYearSavings: "First-year savings",
  lifetimeSavings: "Lifetime savings",
  roi: "ROI",
  npv: "NPV",
  irr: "IRR",
} as const;

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
