"use client";

import { dollarsToCents, formatUsd } from "@/lib/core/money";
import type { BillsView } from "@/lib/proposal/bills-view";
import { ChartDrawing, ChartLegend, valueAxis, valueGrid, YearTitles, type Recharts } from "../chart-parts";
import { NARROW_FRAME, niceTicks, WIDE_FRAME, type ChartFrame } from "../chart-scale";

type Chart = BillsView["chart"];

// Okabe–Ito orange for the bill today, blue for the bill with the system: apart in colour, in grayscale and in order.
const COLORS = { before: "#E69F00", after: "#0072B2" } as const;
const LABEL = "#475569";
const AXIS = "#64748b";

/**
 * Each month's bill without solar beside the bill with the system, as bars. Drawn twice, for phones and for wider
 * screens and paper; CSS shows one. The table beside it is the same figures in words, so the drawing is one image
 * with the chart's summary as its name.
 */
export function BillChart({ chart }: { chart: Chart }) {
  const cacheKey = JSON.stringify(chart.points);
  return (
    <>
      <div role="img" aria-label={chart.summary}>
        <ChartDrawing frame={NARROW_FRAME} cacheKey={cacheKey} className="block sm:hidden print:hidden" chart={(recharts) => billChart(recharts, NARROW_FRAME, chart)} />
        <ChartDrawing frame={WIDE_FRAME} cacheKey={cacheKey} className="mx-auto hidden max-w-3xl sm:block print:block print:max-w-none" chart={(recharts) => billChart(recharts, WIDE_FRAME, chart)} />
      </div>
      <ChartLegend entries={chart.keys.map((entry) => ({ label: entry.label, color: COLORS[entry.key], shape: "square" }))} />
    </>
  );
}

const written = (dollars: number) => formatUsd(dollarsToCents(dollars), { cents: true });

function billChart(R: Recharts, frame: ChartFrame, chart: Chart) {
  const values = chart.points.flatMap((point) => [point.before, point.after]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), frame.valueSteps);
  const [before, after] = chart.keys;
  const titles = chart.points.map((point) => `${point.month}: ${written(point.before)} ${before!.label.toLowerCase()}, ${written(point.after)} ${after!.label.toLowerCase()}`);
  // A phone's frame has room for twelve three-letter months only a size smaller.
  const fontSize = frame.name === "narrow" ? frame.fontSize - 1 : frame.fontSize;
  return (
    <R.BarChart width={frame.width} height={frame.height} data={chart.points} margin={{ top: frame.margin.top, right: frame.margin.right, bottom: 0, left: 0 }} barCategoryGap="20%" barGap={1} accessibilityLayer={false}>
      {valueGrid(R)}
      <R.XAxis dataKey="month" type="category" interval={0} height={frame.margin.bottom - 14} stroke={AXIS} tickLine={false} tick={{ fill: LABEL, fontSize }} />
      {valueAxis(R, frame, ticks)}
      {chart.keys.map((entry) => (
        <R.Bar key={entry.key} dataKey={entry.key} name={entry.label} fill={COLORS[entry.key]} isAnimationActive={false} />
      ))}
      <YearTitles recharts={R} titles={titles} layout="bands" />
    </R.BarChart>
  );
}
