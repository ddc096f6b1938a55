/**
 * The geometry the proposal's charts share. Recharts draws each chart at a fixed size (a frame) into an SVG whose
 * viewBox is that size; CSS then scales the SVG to whatever width the page gives it. On paper that is the printed
 * width, so a chart can never be wider than the page it is printed on, and nothing has to measure itself first.
 */

/** A chart's drawing size and the room around its plot for the axes' labels. */
export type ChartFrame = {
  /** Names the frame in cache keys. */
  name: "wide" | "narrow";
  width: number;
  height: number;
  /** Top and right: around the plot; left: the dollar axis (its labels); bottom: the year axis and its title. */
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  /** The one in so many years that gets a label on the year axis (the first and last year always do). */
  labelEvery: number;
  /** About how many steps the dollar axis is divided into. */
  valueSteps: number;
};

/** Print and screens from 640 px: about the printed width of US Letter and A4, so a printed chart is drawn 1:1. */
export const WIDE_FRAME: ChartFrame = { name: "wide", width: 680, height: 300, margin: { top: 26, right: 18, bottom: 40, left: 64 }, fontSize: 12, labelEvery: 1, valueSteps: 6 };

/** Phones: half as wide, so the same labels stay legible where the wide drawing would shrink them to 6 px. */
export const NARROW_FRAME: ChartFrame = { name: "narrow", width: 340, height: 250, margin: { top: 24, right: 12, bottom: 38, left: 50 }, fontSize: 11, labelEvery: 5, valueSteps: 4 };

/** Steps of 1, 2, 2.5 or 5 times a power of ten, so the value axis reads "$10K, $20K, $30K". */
const STEP_MULTIPLES = [1, 2, 2.5, 5, 10];

/**
 * Round ticks covering [min, max] in about `target` steps; zero is always one of them when the range includes it,
 * because payback is where the cumulative line crosses zero.
 */
export function niceTicks(min: number, max: number, target: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const low = Math.min(min, max, 0);
  const high = Math.max(min, max, 0);
  // An all-zero series still needs an axis with some height.
  if (high - low === 0) return [0, 1];
  const rough = (high - low) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = STEP_MULTIPLES.map((multiple) => multiple * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  // Integer multiples of the step, so floating-point sums never print "$29.999K".
  for (let index = first; index <= last; index++) ticks.push(index * step);
  return ticks;
}

/**
 * The years that get a label on the year axis: every `every`-th year counted from zero, plus the first and the last,
 * so the axis always ends on the analysis period's last year ("25"). A regular label too close to the last one is
 * dropped so the two never overlap.
 */
export function yearLabels(first: number, last: number, every: number): number[] {
  if (last < first) return [];
  if (every <= 1) return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const labels = new Set<number>([first]);
  for (let year = Math.ceil(first / every) * every; year < last; year += every) {
    if (year > first && last - year >= every / 2) labels.add(year);
  }
  labels.add(last);
  return [...labels].sort((a, b) => a - b);
}

/** Keeps a label's anchor inside the drawing: `text-anchor` start at the left edge, end at the right edge. */
export function clampLabel(x: number, frame: ChartFrame, approximateWidth: number): { x: number; anchor: "start" | "middle" | "end" } {
  const half = approximateWidth / 2;
  if (x - half < 2) return { x: Math.max(2, x - 4), anchor: "start" };
  if (x + half > frame.width - 2) return { x: Math.min(frame.width - 2, x + 4), anchor: "end" };
  return { x, anchor: "middle" };
}
