/**
 * Battery capacity fade (docs/programs.md, "Battery fade"). A battery stores less each year, so in the years when
 * stored energy (not rated power) bounds what it delivers during an event, it delivers less and a program that pays
 * per kW or kWh delivered pays less. Capacity falls linearly by a share of the original each year:
 *
 *   capacity in project year y = original × (1 − fade × (y − 1))          (never below 0)
 *   payment in project year y  = payment at full capacity × delivered kW in year y ÷ delivered kW in year 1
 *
 * The delivered kW of each year comes from the same average-power model at that year's capacity, so a battery limited
 * by its rated power loses nothing until its energy becomes the limit. An installer's own average-kW figure (the
 * override) is a year-1 figure: it scales with the capacity left.
 */
import { formatPercent, formatUsd } from "../money/format";
import { roundCents, roundShare } from "../money/round";
import type { Cents } from "../money/round";
import { averageKwAtCapacity } from "./average-power";
import type { AveragePowerInput } from "./average-power";

/**
 * The default: 3% of the original capacity a year, the floor that the common residential warranties guarantee
 * (70% of capacity after 10 years: Tesla Powerwall and Enphase IQ Battery limited warranties). A homeowner can rely
 * on at least this; the option may set its battery's own figure.
 */
export const DEFAULT_BATTERY_FADE_PER_YEAR = 0.03;

/** The share of the original capacity left in a project year (1-based), to 0.1 %. */
export function capacityLeft(fadePerYear: number, projectYear: number): number {
  return Math.max(0, roundShare(1 - fadePerYear * (projectYear - 1)));
}

/**
 * Per project year, the delivered power relative to year 1 (1 = as new). `model` is the input of the program's
 * average-power model at full capacity. Only the years `isNeeded` asks for are worked out (a program pays in a few of
 * the horizon's years, often one); the others stay 1.
 */
export function deliveredShareByYear(model: AveragePowerInput, fadePerYear: number, years: number, isNeeded: (year: number) => boolean = () => true): number[] {
  const shares = new Array<number>(years).fill(1);
  if (fadePerYear <= 0 || model.battery === null) return shares;
  const overridden = model.overrideKw !== undefined;
  const averageKw = averageKwAtCapacity(model);
  const atFull = averageKw(1);
  for (let year = 2; year <= years; year++) {
    if (!isNeeded(year)) continue;
    const left = capacityLeft(fadePerYear, year);
    shares[year - 1] = overridden || atFull === 0 ? left : Math.min(1, averageKw(left) / atFull);
  }
  return shares;
}

export interface FadedPayments {
  annualCents: Cents[];
  /** One line for the explanation, or none when nothing fades. */
  explanation: string[];
}

/** A program's yearly payments at full capacity, reduced year by year as the battery delivers less. */
export function applyFade(annualCents: readonly Cents[], model: AveragePowerInput, fadePerYear: number): FadedPayments {
  const shares = deliveredShareByYear(model, fadePerYear, annualCents.length, (year) => (annualCents[year - 1] ?? 0) !== 0);
  const faded = annualCents.map((cents, index) => roundCents(cents * (shares[index] ?? 1)));
  if (fadePerYear <= 0) return { annualCents: faded, explanation: [] };
  const changed = faded.some((cents, index) => cents !== annualCents[index]);
  const samples = [5, 10]
    .filter((year) => year <= faded.length && (faded[year - 1] ?? 0) > 0)
    .map((year) => `year ${year} ${formatUsd(faded[year - 1] ?? 0)} (capacity ${formatPercent(capacityLeft(fadePerYear, year), 1)} of new)`);
  const source = fadePerYear === DEFAULT_BATTERY_FADE_PER_YEAR ? "the default: the common 10-year warranties guarantee 70% of capacity after 10 years" : "the option's figure";
  const head = `Battery fade: ${formatPercent(fadePerYear, 1)} of the original capacity a year (${source})`;
  const line = !changed
    ? `${head}; the paid years are limited by rated power, not stored energy, so payments do not fall`
    : `${head}; payments follow the power the battery still delivers${samples.length === 0 ? "" : `: ${samples.join(", ")}`}`;
  return { annualCents: faded, explanation: [line] };
}
