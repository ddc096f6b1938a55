import type { Financials } from "../core/finance";

/** Colour-blind-safe (Okabe–Ito) colours that stay distinct in grayscale print when paired with dash patterns. */
export const chartColors = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"] as const;

export type CashFlowPoint = { year: number; withGridServices: number; withoutGridServices: number };
export type SavingsBarPoint = { year: number } & Record<string, number>;

/** Cumulative cash flow in dollars per year (0..N), both scenarios, for the line chart. */
export function cashFlowSeries(withGs: Financials, withoutGs: Financials): CashFlowPoint[] {
  return withGs.cumulativeCashFlowCents.map((cents, year) => ({
    year,
    withGridServices: cents / 100,
    withoutGridServices: (withoutGs.cumulativeCashFlowCents[year] ?? 0) / 100,
  }));
}

/** Annual savings stacked by source (bill savings and each annual stream), in dollars per year. */
export function savingsBySourceSeries(financials: Financials): { keys: { key: string; label: string }[]; points: SavingsBarPoint[] } {
  const keys = [{ key: "bill", label: "Bill savings" }, ...financials.programAnnualCents.map((stream) => ({ key: stream.id, label: stream.name }))];
  const points = financials.billSavingsCents.map((billCents, index) => {
    const point: SavingsBarPoint = { year: index + 1, bill: billCents / 100 };
    for (const stream of financials.programAnnualCents) point[stream.id] = (stream.cents[index] ?? 0) / 100;
    return point;
  });
  return { keys, points };
}
