import type { CashFlowPoint } from "@/lib/proposal/chart-data";
import type { ProposalView } from "@/lib/proposal/view";
import { fullUsd } from "./chart-format";
import { ChartLegend, ChartSvg, ValueGrid, YearAxis } from "./chart-parts";
import { clampLabel, linearScale, NARROW_FRAME, niceTicks, WIDE_FRAME, yearLabels, type ChartFrame } from "./chart-scale";

type Markers = ProposalView["charts"]["paybackMarkers"];

const WITH_COLOR = "#0072B2";
const WITHOUT_COLOR = "#B46A00"; // Okabe–Ito orange darkened to 4.5:1 on white, as its marker label is text
const WITHOUT_LINE = "#E69F00";

/**
 * Cumulative cash flow with and without Grid Services, year 0 (the net price paid) to the last year; dashed vertical
 * lines mark each payback year. Drawn twice on the server, for phones and for wider screens and paper; CSS shows one.
 */
export function CashFlowChart({ points, markers }: { points: CashFlowPoint[]; markers: Markers }) {
  return (
    <>
      <div role="img" aria-label="Line chart of the cumulative cash flow with and without Grid Services by year; the savings breakdown table lists the same figures.">
        <CashFlowDrawing frame={NARROW_FRAME} points={points} markers={markers} className="block sm:hidden print:hidden" />
        <CashFlowDrawing frame={WIDE_FRAME} points={points} markers={markers} className="mx-auto hidden max-w-3xl sm:block print:block print:max-w-none" />
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

function CashFlowDrawing({ frame, points, markers, className }: { frame: ChartFrame; points: CashFlowPoint[]; markers: Markers; className: string }) {
  const { top, right, bottom, left } = frame.margin;
  const firstYear = points[0]?.year ?? 0;
  const lastYear = points.at(-1)?.year ?? firstYear;
  const values = points.flatMap((point) => [point.withGridServices, point.withoutGridServices]);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), frame.valueSteps);
  const x = linearScale([firstYear, lastYear], [left, frame.width - right]);
  const y = linearScale([ticks[0]!, ticks.at(-1)!], [frame.height - bottom, top]);
  const pathOf = (value: (point: CashFlowPoint) => number) => points.map((point, index) => `${index === 0 ? "M" : "L"}${x(point.year).toFixed(1)},${y(value(point)).toFixed(1)}`).join(" ");
  const step = (frame.width - left - right) / Math.max(1, lastYear - firstYear);

  const { withGridServices: paybackWith, withoutGridServices: paybackWithout } = markers;
  const showWithout = paybackWithout !== null && paybackWithout.at !== paybackWith?.at;
  return (
    <ChartSvg frame={frame} className={className}>
      <ValueGrid frame={frame} ticks={ticks} y={y} />
      <YearAxis frame={frame} years={yearLabels(firstYear, lastYear, frame.labelEvery)} x={x} />
      {paybackWith !== null ? <PaybackMarker frame={frame} x={x(paybackWith.at)} label={`Payback ${paybackWith.label}`} color={WITH_COLOR} row={0} /> : null}
      {showWithout ? <PaybackMarker frame={frame} x={x(paybackWithout.at)} label={`Payback ${paybackWithout.label}`} color={WITHOUT_COLOR} row={1} /> : null}
      <path d={pathOf((point) => point.withoutGridServices)} fill="none" stroke={WITHOUT_LINE} strokeWidth={2.5} strokeDasharray="6 4" strokeLinejoin="round" />
      <path d={pathOf((point) => point.withGridServices)} fill="none" stroke={WITH_COLOR} strokeWidth={2.5} strokeLinejoin="round" />
      {/* One hover target per year, with the year's two figures as the browser's tooltip. */}
      {points.map((point) => (
        <rect key={point.year} x={x(point.year) - step / 2} y={top} width={step} height={frame.height - top - bottom} fill="transparent">
          <title>{`Year ${point.year}: ${fullUsd(point.withGridServices)} with Grid Services, ${fullUsd(point.withoutGridServices)} without`}</title>
        </rect>
      ))}
    </ChartSvg>
  );
}

/**
 * A payback year: a dashed line across the plot and its label, centred above the plot (row 0), or just inside its
 * top beside the line (row 1), so two close paybacks never print over each other.
 */
function PaybackMarker({ frame, x, label, color, row }: { frame: ChartFrame; x: number; label: string; color: string; row: 0 | 1 }) {
  const { top, right, bottom } = frame.margin;
  const fontSize = frame.fontSize - 1;
  const labelWidth = label.length * fontSize * 0.55;
  const beside = x + 4 + labelWidth <= frame.width - right ? { x: x + 4, anchor: "start" as const } : { x: x - 4, anchor: "end" as const };
  const labelAt = row === 0 ? clampLabel(x, frame, labelWidth) : beside;
  return (
    <g>
      <line x1={x} x2={x} y1={top} y2={frame.height - bottom} stroke={color} strokeDasharray="2 3" strokeWidth={1.2} />
      <text x={labelAt.x} y={row === 0 ? top - 8 : top + fontSize} textAnchor={labelAt.anchor} fill={color} fontSize={fontSize}>
        {label}
      </text>
    </g>
  );
}
