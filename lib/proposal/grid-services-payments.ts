/**
 * "What Grid Services pays you": each counted program's yearly payments in words a homeowner reads once and
 * remembers ("pays you about $1,458 a year for 5 years, then $842 a year to year 10"), with who receives them, the
 * upfront incentive beside them and the total; and one sentence for the proposal's headline. Built from the
 * engine's own per-year streams, so the words and the savings table cannot disagree.
 */
import type { ProgramResult } from "../core/finance";
import type { Cents } from "../core/money";
import { formatMoney } from "./figures";
import { describeReceiver } from "./pricing";

type ProgramPayments = Pick<ProgramResult, "id" | "name" | "isCounted" | "upfrontCents" | "annualCents" | "payee">;

/** Who receives the yearly payments: the homeowner, the installer (in exchange for a lower price), or not known. */
export type YearlyPayee = "you" | "installer" | null;

export type GridServicesPayment = {
  id: string;
  name: string;
  payee: YearlyPayee;
  /** The yearly payments in one sentence, the program's name first. */
  sentence: string;
  /** The upfront incentive and who receives it; null when the program pays none. */
  upfront: { cents: Cents; text: string } | null;
  /** Every yearly payment added up; null when there is none. */
  total: { cents: Cents; text: string } | null;
};

export type GridServicesPayments = {
  programs: GridServicesPayment[];
  /** One line for the headline area; null when no Grid Services program counts. */
  headline: string | null;
};

/** A run of paid years whose payments change by less than this from one year to the next reads as one stretch. */
const SAME_STRETCH_CHANGE = 0.05;
/** More stretches than this is no longer a sentence: the total and the years are said instead. */
const MOST_STRETCHES = 3;

type Stretch = { fromYear: number; toYear: number; cents: Cents[] };

/** Paid years (index 0 = project year 1) in stretches: a zero year, or a step of 5% or more, starts a new one. */
function stretchesOf(annualCents: readonly Cents[]): Stretch[] {
  const stretches: Stretch[] = [];
  annualCents.forEach((cents, index) => {
    if (cents <= 0) return;
    const year = index + 1;
    const last = stretches.at(-1);
    const previous = last?.cents.at(-1);
    if (last && previous !== undefined && last.toYear === year - 1 && Math.abs(cents - previous) < previous * SAME_STRETCH_CHANGE) {
      last.toYear = year;
      last.cents.push(cents);
    } else {
      stretches.push({ fromYear: year, toYear: year, cents: [cents] });
    }
  });
  return stretches;
}

function yearsPhrase(stretch: Stretch, isFirst: boolean, followsOn: boolean): string {
  const { fromYear, toYear } = stretch;
  if (fromYear === toYear) return `in year ${fromYear}`;
  if (isFirst && fromYear === 1) return `for ${toYear} years`;
  if (followsOn) return `to year ${toYear}`;
  return `from year ${fromYear} to year ${toYear}`;
}

/** "$1,458 a year for 5 years"; a stretch that moves each year (a battery that holds less as it ages) says both ends. */
function stretchPhrase(stretch: Stretch, isFirst: boolean, followsOn: boolean): string {
  const first = stretch.cents[0]!;
  const last = stretch.cents.at(-1)!;
  if (stretch.cents.every((cents) => cents === first)) {
    const perYear = stretch.fromYear === stretch.toYear ? formatMoney(first) : `${formatMoney(first)} a year`;
    return `${perYear} ${yearsPhrase(stretch, isFirst, followsOn)}`;
  }
  const direction = last < first ? "down" : "up";
  return `${formatMoney(first)} in year ${stretch.fromYear}, ${direction} to ${formatMoney(last)} in year ${stretch.toYear}`;
}

function payeeOf(program: ProgramPayments): YearlyPayee {
  if (program.payee?.annual === "customer") return "you";
  if (program.payee?.annual === "contractor") return "installer";
  return null;
}

const verbFor = (payee: YearlyPayee) => (payee === "you" ? "pays you" : payee === "installer" ? "pays your installer" : "pays");

/** The sentence for one program's yearly payments. */
function sentenceOf(program: ProgramPayments, payee: YearlyPayee, stretches: Stretch[], totalCents: Cents): string {
  if (stretches.length === 0) {
    // ConnectedSolutions RI's contractor route: the program pays, but the homeowner's share is the lower price.
    if (payee === "installer") return `${program.name} pays your installer, not you: its yearly payments go to the installer in exchange for a lower price.`;
    return `${program.name} makes no yearly payment in this proposal.`;
  }
  return `${program.name} ${verbFor(payee)} about ${amountsPhrase(stretches, totalCents)}.`;
}

function amountsPhrase(stretches: Stretch[], totalCents: Cents): string {
  if (stretches.length > MOST_STRETCHES) {
    return `${formatMoney(totalCents)} in all, in payments that change from year to year between year ${stretches[0]!.fromYear} and year ${stretches.at(-1)!.toYear}`;
  }
  const phrases = stretches.map((stretch, index) => {
    const previous = stretches[index - 1];
    const phrase = stretchPhrase(stretch, index === 0, previous !== undefined && previous.toYear === stretch.fromYear - 1);
    return index === 0 ? phrase : `then ${phrase}`;
  });
  return phrases.join(", ");
}

/**
 * A stream of yearly payments in the same words as the sentence, without the program or who is paid ("$1,125 a year
 * for 5 years, then $842 a year to year 10"), for a line that names them itself; null when no year pays.
 */
export function describeYearlyAmounts(annualCents: readonly Cents[]): string | null {
  const stretches = stretchesOf(annualCents);
  if (stretches.length === 0) return null;
  return amountsPhrase(stretches, annualCents.reduce((total, cents) => total + cents, 0));
}

/** One program, counted in the proposal, as the "What Grid Services pays you" section says it. */
export function describeProgramPayments(program: ProgramPayments): GridServicesPayment {
  const payee = payeeOf(program);
  const stretches = stretchesOf(program.annualCents);
  const totalCents = program.annualCents.reduce((total, cents) => total + cents, 0);
  const firstYear = stretches[0]?.fromYear;
  const lastYear = stretches.at(-1)?.toYear;
  return {
    id: program.id,
    name: program.name,
    payee,
    sentence: sentenceOf(program, payee, stretches, totalCents),
    upfront: program.upfrontCents > 0 ? { cents: program.upfrontCents, text: `${formatMoney(program.upfrontCents)} upfront: ${describeReceiver(program.payee?.upfront ?? null).toLowerCase()}.` } : null,
    total:
      firstYear === undefined || lastYear === undefined
        ? null
        : { cents: totalCents, text: `About ${formatMoney(totalCents)} in all${firstYear === lastYear ? `, in year ${firstYear}` : ` over years ${firstYear} to ${lastYear}`}.` },
  };
}

/** Every counted program, in the evaluation's order, and the headline's one line. */
export function describeGridServicesPayments(programs: readonly ProgramPayments[]): GridServicesPayments {
  const described = programs.filter((program) => program.isCounted).map(describeProgramPayments);
  return { programs: described, headline: headlineOf(described) };
}

function headlineOf(programs: GridServicesPayment[]): string | null {
  if (programs.length === 0) return null;
  if (programs.length === 1) return programs[0]!.sentence;
  const paid = programs.filter((program) => program.total !== null);
  const totalCents = paid.reduce((total, program) => total + program.total!.cents, 0);
  const verb = programs.every((program) => program.payee === "you") ? "pay you" : "pay";
  return paid.length === 0
    ? `${programs.length} Grid Services programs count in this proposal; none makes a yearly payment to you.`
    : `${programs.length} Grid Services programs ${verb} about ${formatMoney(totalCents)} in all, over the years each one pays.`;
}
