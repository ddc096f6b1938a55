import { formatNumber, formatPercent, formatUsd } from "@/lib/money/format";

/** Headline figure text, shared by the proposal, the incentives summary and the comparison. */
export function formatPayback(years: number | null): string {
  return years === null ? "Not within horizon" : `${formatNumber(years, 1)} years`;
}

export function formatRatio(value: number | null): string {
  return value === null ? "—" : formatPercent(value, 1);
}

/** Headline money in whole dollars: cents belong in the tables, not in a figure read across a room. */
export function formatMoney(cents: number): string {
  return formatUsd(cents, { cents: false });
}
