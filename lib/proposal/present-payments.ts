/**
 * What each counted Grid Services program pays, in the words a presenter says aloud: "CT-ESS pays you about $1,458
 * a year for 5 years, then about $842 a year to year 10." Read from the engine's yearly payments, so it is the
 * money the figures and the chart count, not a rate table restated.
 */
import type { ProgramResult } from "../core/finance";
import type { Cents } from "../core/money";
import { formatMoney } from "./figures";

export type ProgramPayments = {
  id: string;
  name: string;
  /** The yearly payments in one sentence; null when the program pays nothing by the year. */
  yearly: string | null;
  /** The upfront incentive in one sentence; null when there is none. */
  upfront: string | null;
  /** All the yearly payments added up, and the last year one is paid. */
  total: { cents: Cents; lastYear: number } | null;
};

/**
 * How far a year may move from its run's first year before it counts as a new step. Battery fade moves a payment a
 * few percent a year; a program's rate step (CT-ESS: $225 to $130 per kW) moves it by far more.
 */
const STEP_SHARE = 0.15;

type Run = { from: number; to: number; cents: Cents[] };

/** Consecutive paid years of about the same amount. */
export function paymentRuns(annualCents: readonly Cents[]): Run[] {
  const runs: Run[] = [];
  annualCents.forEach((cents, index) => {
    if (cents <= 0) return;
    const year = index + 1;
    const run = runs.at(-1);
    const first = run?.cents[0];
    if (run && first !== undefined && run.to === year - 1 && Math.abs(cents - first) <= first * STEP_SHARE) {
      run.to = year;
      run.cents.push(cents);
    } else {
      runs.push({ from: year, to: year, cents: [cents] });
    }
  });
  return runs;
}

/** "$1,125" when every year pays the same, "about $1,091" (the average) when fade moves it. */
function amountOf(run: Run): string {
  const average = Math.round(run.cents.reduce((sum, cents) => sum + cents, 0) / run.cents.length);
  const isEven = run.cents.every((cents) => cents === run.cents[0]);
  return `${isEven ? "" : "about "}${formatMoney(average)}`;
}

function describeRun(run: Run, previous: Run | undefined): string {
  const amount = amountOf(run);
  const single = run.from === run.to;
  if (!previous && run.from === 1) return single ? `${amount} in the first year` : `${amount} a year for ${run.to} years`;
  if (previous && previous.to === run.from - 1) return single ? `${amount} in year ${run.to}` : `${amount} a year to year ${run.to}`;
  return single ? `${amount} in year ${run.from}` : `${amount} a year from year ${run.from} to year ${run.to}`;
}

/** One sentence for the whole schedule: who is paid, then each run ("…, then …"). */
export function describeYearly(shortName: string, annualCents: readonly Cents[], paidTo: "customer" | "contractor" | undefined): string | null {
  const runs = paymentRuns(annualCents);
  if (runs.length === 0) return null;
  const who = paidTo === "contractor" ? "pays your installer" : "pays you";
  return `${shortName} ${who} ${runs.map((run, index) => describeRun(run, runs[index - 1])).join(", then ")}.`;
}

function describeUpfront(upfrontCents: Cents, paidTo: "customer" | "contractor" | undefined): string | null {
  if (upfrontCents <= 0) return null;
  // Either way the net price counts it: a contractor passes it on as a lower price.
  return paidTo === "customer" ? `Plus ${formatMoney(upfrontCents)} paid to you upfront.` : `Plus ${formatMoney(upfrontCents)} off your price upfront, paid to your installer.`;
}

/** The counted programs' payments, in the order the evaluation lists them (the catalog's). */
export function describeProgramPayments(programs: readonly ProgramResult[]): ProgramPayments[] {
  return programs
    .filter((program) => program.isCounted)
    .map((program) => {
      const paidYears = program.annualCents.flatMap((cents, index) => (cents > 0 ? [index + 1] : []));
      const totalCents = program.annualCents.reduce((sum, cents) => sum + cents, 0);
      return {
        id: program.id,
        name: program.name,
        yearly: describeYearly(program.shortName, program.annualCents, program.payee?.annual),
        upfront: describeUpfront(program.upfrontCents, program.payee?.upfront),
        total: paidYears.length > 0 ? { cents: totalCents, lastYear: paidYears.at(-1)! } : null,
      };
    });
}
