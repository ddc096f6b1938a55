import { chartColors, type SavingsBarPoint } from "@/lib/proposal/chart-data";
import { fullUsd } from "./chart-format";
import { ChartLegend, ChartSvg, ValueGrid, YearAxis } from "./chart-parts";
import { linearScale, NARROW_FRAME, niceTicks, WIDE_FRAME, yearLabels, type ChartFrame } from "./chart-scale";

type Keys = { key: string; label: string }[];

const colorOf = (index: number) => chartColors[index % chartColors.length]!;

/**
 * Annual savings stacked by source: bill savings and each program or annual incentive, one bar per year. Drawn twice
 * on the server, for phones and for wider screens and paper; CSS shows one.
 */
export function SavingsChart({ keys, points }: { keys: Keys; points: SavingsBarPoint[] }) {
  return (
    <>
      <div role="img" aria-label="Stacked bar chart of annual savings by source; the savings breakdown table lists the same figures.">
        <SavingsDrawing frame={NARROW_FRAME} keys={keys} points={points} className="block sm:hidden print:hidden" />
        <SavingsDrawing frame={WIDE_FRAME} keys={keys} points={points} className="mx-auto hidden max-w-3xl sm:block print:block print:max-w-none" />
      </div>
      <ChartLegend entries={keys.map((entry, index) => ({ label: entry.label, color: colorOf(index), shape: "square" }))} />
    </>
  );
}

/** One year's bar as segments: positive values stack upwards from zero, negative ones downwards, in the keys' order. */
function segmentsOf(point: SavingsBarPoint, keys: Keys) {
  let above = 0;
  let below = 0;
  return keys.map((entry, index) => {
    const value = point[entry.key] ?? 0;
    const from = value >= 0 ? above : below;
    if (value >= 0) above += value;
    else below += value;
    return { key: entry.key, label: entry.label, color: colorOf(index), value, from, to: from + value };
  });
}

function SavingsDrawing({ frame, keys, points, className }: { frame: ChartFrame; keys: Keys; points: SavingsBarPoint[]; className: string }) {
  const { top, right, bottom, left } = frame.margin;
  const bars = points.map((point) => ({ year: point.year, segments: segmentsOf(point, keys) }));
  const ends = bars.flatMap((bar) => bar.segments.map((segment) => segment.to));
  const ticks = niceTicks(Math.min(0, ...ends), Math.max(0, ...ends), frame.valueSteps);
  const y = linearScale([ticks[0]!, ticks.at(-1)!], [frame.height - bottom, top]);
  const firstYear = points[0]?.year ?? 1;
  const lastYear = points.at(-1)?.year ?? firstYear;
  // Each year is a band; its bar takes 70% of it, centred on the year's label.
  const band = (frame.width - left - right) / Math.max(1, lastYear - firstYear + 1);
  const x = (year: number) => left + (year - firstYear + 0.5) * band;
  const barWidth = band * 0.7;
  return (
    <ChartSvg frame={frame} className={className}>
      <ValueGrid frame={frame} ticks={ticks} y={y} />
      {bars.map((bar) => (
        <g key={bar.year}>
          {bar.segments
            .filter((segment) => segment.value !== 0)
            .map((segment) => (
              <rect
                key={segment.key}
                x={x(bar.year) - barWidth / 2}
                width={barWidth}
                y={Math.min(y(segment.from), y(segment.to))}
                height={Math.abs(y(segment.from) - y(segment.to))}
                fill={segment.color}
                stroke="#ffffff"
                strokeWidth={0.5}
              >
                <title>{`Year ${bar.year}, ${segment.label}: ${fullUsd(segment.value)}`}</title>
              </rect>
            ))}
        </g>
      ))}
      <YearAxis frame={frame} years={yearLabels(firstYear, lastYear, frame.labelEvery)} x={x} />
    </ChartSvg>
  );
}
