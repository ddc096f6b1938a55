"use client";

import type { LabelProps } from "recharts";
import type { CashFlowPoint } from "@/lib/proposal/chart-data";
import type { ProposalView } from "@/lib/proposal/view";
import { fullUsd } from "./chart-format";
import { ChartDrawing, ChartLegend, valueAxis, valueGrid, yearAxis, YearTitles, type Recharts } from "./chart-parts";
import { clampLabel, NARROW_FRAME, niceTicks, WIDE_FRAME, yearLabels, type ChartFrame } from "./chart-scale";

type Markers = ProposalView["charts"]["paybackMarkers"];

const WITH_COLOR = "#0072B2";
const WITHOUT_COLOR = "#B46A00"; // Okabe–Ito orange darkened to 4.5:1 on white, as its marker label is text
const WITHOUT_LINE = "#E69F00";

/**
 * Cumulative cash flow with and without Grid Services, year 0 (the net price paid) to the last year; dashed vertical
 * lines mark each payback year. Drawn twice, for phones and for wider screens and paper; CSS shows one.
 */
export function CashFlowChart({ points, markers }: { points: CashFlowPoint[]; markers: Markers }) {
  const cacheKey = JSON.stringify([points, markers]);
  return (
    <>
      <div role="img" aria-label="Line chart of the cumulative cash flow with and without Grid Services by year; the savings breakdown table lists the same figures.">
        <ChartDrawing frame={NARROW_FRAME} cacheKey={cacheKey} className="block sm:hidden print:hidden" chart={(recharts) => cashFlowChart(recharts, NARROW_FRAME, points, markers)} />
        <ChartDrawing frame={WIDE_FRAME} cacheKey={cacheKey} className="mx-auto hidden max-w-3xl sm:block print:block print:max-w-none" chart={(recharts) => cashFlowChart(recharts, WIDE_FRAME, points, markers)} />
      </div>
      <ChartLegend
        entries={[
          { label: "With Grid Services", color: WITH_COLOR, shape: "line" },
          { label: "Without Grid Services", color: WITHOUT_LINE, shape: "dashed-line" },
        ]}
      />
    </>
  );
}

function cashFlowChart(R: Recharts, frame: ChartFrame, points: CashFlowPoint[], markers: Markers) {
  const firstYear = points[0]?.year ?? 0;
  const lastYear = points.at(-1)?.year ?? firstYear;
  const values = points.flatMap((point) => [point.withGridServices, point.withoutGridServices]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), frame.valueSteps);
  const { withGridServices: paybackWith, withoutGridServices: paybackWithout } = markers;
  const showWithout = paybackWithout !== null && paybackWithout.at !== paybackWith?.at;
  const titles = points.map((point) => `Year ${point.year}: ${fullUsd(point.withGridServices)} with Grid Services, ${fullUsd(point.withoutGridServices)} without`);
  return (
    <R.LineChart width={frame.width} height={frame.height} data={points} margin={{ top: frame.margin.top, right: frame.margin.right, bottom: 0, left: 0 }} accessibilityLayer={false}>
      {valueGrid(R)}
      {yearAxis(R, frame, yearLabels(firstYear, lastYear, frame.labelEvery), "number")}
      {valueAxis(R, frame, ticks)}
      {paybackWith !== null ? paybackMarker(R, frame, paybackWith.at, `Payback ${paybackWith.label}`, WITH_COLOR, 0) : null}
      {showWithout ? paybackMarker(R, frame, paybackWithout.at, `Payback ${paybackWithout.label}`, WITHOUT_COLOR, 1) : null}
      <R.Line dataKey="withoutGridServices" name="Without Grid Services" type="linear" stroke={WITHOUT_LINE} strokeWidth={2.5} strokeDasharray="6 4" dot={false} activeDot={false} isAnimationActive={false} />
      <R.Line dataKey="withGridServices" name="With Grid Services" type="linear" stroke={WITH_COLOR} strokeWidth={2.5} dot={false} activeDot={false} isAnimationActive={false} />
      <YearTitles recharts={R} titles={titles} layout="points" />
    </R.LineChart>
  );
}

/**
 * A payback year: a dashed line across the plot and its label, centred above the plot (row 0), or just inside its
 * top beside the line (row 1), so two close paybacks never print over each other.
 */
function paybackMarker(R: Recharts, frame: ChartFrame, at: number, label: string, color: string, row: 0 | 1) {
  const fontSize = frame.fontSize - 1;
  const labelWidth = label.length * fontSize * 0.55;
  const content = ({ viewBox }: LabelProps) => {
    const x = viewBox && "x" in viewBox ? Number(viewBox.x) : 0;
    const top = frame.margin.top;
    const beside = x + 4 + labelWidth <= frame.width - frame.margin.right ? { x: x + 4, anchor: "start" as const } : { x: x - 4, anchor: "end" as const };
    const labelAt = row === 0 ? clampLabel(x, frame, labelWidth) : beside;
    return (
      <text x={labelAt.x} y={row === 0 ? top - 8 : top + fontSize} textAnchor={labelAt.anchor} fill={color} fontSize={fontSize}>
        {label}
      </text>
    );
  };
  return <R.ReferenceLine key={`payback-${row}`} x={at} stroke={color} strokeDasharray="2 3" strokeWidth={1.2} label={content} />;
}
