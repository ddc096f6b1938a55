import { formatUsd, formatUsdCompact } from "@/lib/core/money";

// Chart series are in dollars (lib/proposal/chart-data); lib/money writes cents, so each value goes back to its
// exact cents first. Every figure on a chart is then written by the same helper as the tables beside it.
const toCents = (dollars: number) => Math.round(dollars * 100);

/** Axis ticks: "$14K", "-$30.5K". */
export function compactUsd(dollars: number): string {
  return formatUsdCompact(toCents(dollars));
}

/** Tooltips: whole dollars, as the headline writes them. */
export function fullUsd(dollars: number): string {
  return formatUsd(toCents(dollars), { cents: false });
}
