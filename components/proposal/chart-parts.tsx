import type { ReactNode } from "react";
import { compactUsd } from "./chart-format";
import type { ChartFrame } from "./chart-scale";

// slate-500 for the axis, slate-200 for the grid, slate-600 for labels (4.5:1 on white at any size), slate-700 for zero.
const AXIS = "#64748b";
const GRID = "#e2e8f0";
const LABEL = "#475569";
const ZERO = "#334155";

/**
 * One drawing of a chart: an SVG in the frame's coordinates, as wide as its container and as tall as its aspect
 * ratio makes it. Hidden from assistive technology: the element around it is the image and carries its description.
 */
export function ChartSvg({ frame, className, children }: { frame: ChartFrame; className: string; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      width={frame.width}
      height={frame.height}
      className={`h-auto w-full ${className}`}
      fontSize={frame.fontSize}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Horizontal grid lines with their dollar labels on the left; the zero line is darker. */
export function ValueGrid({ frame, ticks, y }: { frame: ChartFrame; ticks: number[]; y: (dollars: number) => number }) {
  const { left, right } = frame.margin;
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={frame.width - right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? ZERO : GRID} strokeWidth={tick === 0 ? 1.2 : 1} />
          <text x={left - 8} y={y(tick)} dy="0.32em" textAnchor="end" fill={LABEL}>
            {compactUsd(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The year axis along the bottom of the plot, with its labelled years and its title. */
export function YearAxis({ frame, years, x }: { frame: ChartFrame; years: number[]; x: (year: number) => number }) {
  const { left, right, bottom } = frame.margin;
  const baseline = frame.height - bottom;
  return (
    <g fill={LABEL}>
      <line x1={left} x2={frame.width - right} y1={baseline} y2={baseline} stroke={AXIS} />
      {years.map((year) => (
        <text key={year} x={x(year)} y={baseline + frame.fontSize + 5} textAnchor="middle">
          {year}
        </text>
      ))}
      <text x={(left + frame.width - right) / 2} y={frame.height - 4} textAnchor="middle">
        Year
      </text>
    </g>
  );
}

export type LegendEntry = { label: string; color: string; shape: "line" | "dashed-line" | "square" };

/** The legend as text under the drawing, so it wraps on a phone and prints as text. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-5 gap-y-1 text-xs text-slate-700">
      {entries.map((entry) => (
        <li key={entry.label} className="flex items-center gap-1.5">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 18 10" width={18} height={10} className="shrink-0">
            {entry.shape === "square" ? (
              <rect x={4} y={0} width={10} height={10} rx={1.5} fill={entry.color} />
            ) : (
              <line x1={0} x2={18} y1={5} y2={5} stroke={entry.color} strokeWidth={2.5} strokeDasharray={entry.shape === "dashed-line" ? "5 3" : undefined} />
            )}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
