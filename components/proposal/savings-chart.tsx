"use client";

import { chartColors, type SavingsBarPoint } from "@/lib/proposal/chart-data";
import { fullUsd } from "./chart-format";
import { ChartDrawing, ChartLegend, valueAxis, valueGrid, yearAxis, YearTitles, type Recharts } from "./chart-parts";
import { NARROW_FRAME, niceTicks, WIDE_FRAME, yearLabels, type ChartFrame } from "./chart-scale";

type Keys = { key: string; label: string }[];

const colorOf = (index: number) => chartColors[index % chartColors.length]!;

/**
 * Annual savings stacked by source: bill savings and each program or annual incentive, one bar per year. Drawn
 * twice, for phones and for wider screens and paper; CSS shows one.
 */
export function SavingsChart({ keys, points }: { keys: Keys; points: SavingsBarPoint[] }) {
  const cacheKey = JSON.stringify([keys, points]);
  return (
    <>
      <div role="img" aria-label="Stacked bar chart of annual savings by source; the savings breakdown table lists the same figures.">
        <ChartDrawing frame={NARROW_FRAME} cacheKey={cacheKey} className="block sm:hidden print:hidden" chart={(recharts) => savingsChart(recharts, NARROW_FRAME, keys, points)} />
        <ChartDrawing frame={WIDE_FRAME} cacheKey={cacheKey} className="mx-auto hidden max-w-3xl sm:block print:block print:max-w-none" chart={(recharts) => savingsChart(recharts, WIDE_FRAME, keys, points)} />
      </div>
      <ChartLegend entries={keys.map((entry, index) => ({ label: entry.label, color: colorOf(index), shape: "square" }))} />
    </>
  );
}

/** A year's bar spans from the sum of its negative values to the sum of its positive ones (stackOffset "sign"). */
function barEnds(point: SavingsBarPoint, keys: Keys): [number, number] {
  let above = 0;
  let below = 0;
  for (const { key } of keys) {
    const value = point[key] ?? 0;
    if (value >= 0) above += value;
    else below += value;
  }
  return [below, above];
}

function savingsChart(R: Recharts, frame: ChartFrame, keys: Keys, points: SavingsBarPoint[]) {
  const ends = points.flatMap((point) => barEnds(point, keys));
  const ticks = niceTicks(Math.min(0, ...ends), Math.max(0, ...ends), frame.valueSteps);
  const firstYear = points[0]?.year ?? 1;
  const lastYear = points.at(-1)?.year ?? firstYear;
  const titles = points.map((point) => `Year ${point.year}: ${keys.map((entry) => `${entry.label} ${fullUsd(point[entry.key] ?? 0)}`).join(", ")}`);
  return (
    // Each year is a band; its bar takes 70% of it, centred on the year's label.
    <R.BarChart width={frame.width} height={frame.height} data={points} margin={{ top: frame.margin.top, right: frame.margin.right, bottom: 0, left: 0 }} stackOffset="sign" barCategoryGap="30%" accessibilityLayer={false}>
      {valueGrid(R)}
      {yearAxis(R, frame, yearLabels(firstYear, lastYear, frame.labelEvery), "category")}
      {valueAxis(R, frame, ticks)}
      {keys.map((entry, index) => (
        <R.Bar key={entry.key} dataKey={entry.key} name={entry.label} stackId="savings" fill={colorOf(index)} stroke="#ffffff" strokeWidth={0.5} isAnimationActive={false} />
      ))}
      <YearTitles recharts={R} titles={titles} layout="bands" />
    </R.BarChart>
  );
}
