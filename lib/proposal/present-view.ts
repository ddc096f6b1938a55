/**
 * Present mode's read model: what the sales meeting shows for an option as the homeowner answers (programs on or
 * off, participation, their tier and Grid Edge). The figures, the chart and the payments come from the one proposal
 * view and the evaluation behind it; this only picks and words them for a room. The page and the preview action both
 * build it here, so the first screen and every live answer agree.
 */
import type { OptionEvaluation } from "../core/finance";
import type { BillsView } from "./bills-view";
import { evaluateStoredOption, optionBillsOf } from "./evaluate";
import { formatMoney } from "./figures";
import type { Participation } from "./option-input";
import { participationChoices, presentQuestions, withAnswers, type ParticipationChoice, type PresentAnswers, type PresentQuestion } from "./present-questions";
import { buildProposalPreview, type ProposalPreview } from "./summary";
import type { GridServicesPayment } from "./grid-services-payments";
import { buildProposalView, type ProposalOption, type ProposalView } from "./view";

export type PresentRequest = { enabledPrograms?: Record<string, boolean>; participation?: Participation; answers?: PresentAnswers };

export type PresentedProgram = {
  id: string;
  name: string;
  eligible: boolean;
  isEnabled: boolean;
  /** Under the program's name: included, not included, why not eligible, or which program counts instead. */
  status: string;
};

export type Presentation = {
  participation: Participation;
  /** Low, expected, high, in words: sent with the figures so the browser never loads the program catalog for them. */
  participationChoices: ParticipationChoice[];
  programs: PresentedProgram[];
  /** What each counted program pays, in the proposal document's own words (the view's "What Grid Services pays you"). */
  payments: GridServicesPayment[];
  questions: PresentQuestion[];
  cashFlow: ProposalView["charts"]["cashFlow"];
  paybackMarkers: ProposalView["charts"]["paybackMarkers"];
  /** The chart in a sentence, for a screen reader and for anyone who cannot read the lines. */
  cashFlowSummary: string;
  /** Cash and each financing offered, as the proposal's "Ways to pay" writes them (with Grid Services as tried). */
  waysToPay: WayToPay[];
  /** The year's electric bill before and after, from the proposal's bills; null when the option has no usage and rates. */
  bills: PresentedBills | null;
};

export type PresentedBills = {
  /** The year's bill without solar, and with the system as the proposal counts it, written. */
  before: string;
  after: string;
  savings: BillsView["savings"];
  chart: BillsView["chart"];
};

export type WayToPay = { id: string; label: string; isPreferred: boolean; atSigning: string; monthlyPayment: string; monthlySavingsYear1: string; payback: string; lifetimeNet: string };

function waysToPayOf(view: ProposalView): WayToPay[] {
  return view.financing.choices.map(({ id, label, isPreferred, withGridServices: figures }) => ({
    id,
    label,
    isPreferred,
    atSigning: figures.netPrice,
    monthlyPayment: figures.monthlyPayment,
    monthlySavingsYear1: figures.monthlySavingsYear1,
    payback: figures.payback,
    lifetimeNet: figures.lifetimeNet,
  }));
}

export type PresentFigures = { preview: ProposalPreview; presentation: Presentation };

function programsOf(evaluation: OptionEvaluation): PresentedProgram[] {
  const shortNames = new Map(evaluation.availablePrograms.map((program) => [program.id, program.shortName]));
  return evaluation.availablePrograms.map((program) => {
    const conflict = evaluation.conflicts.find((entry) => entry.notCountedId === program.id);
    const status = !program.eligible
      ? (program.reasons[0] ?? "Not eligible")
      : !program.isEnabled
        ? "Not included"
        : conflict
          ? `Not counted: ${shortNames.get(conflict.countedId) ?? conflict.countedId} pays instead`
          : "Included";
    return { id: program.id, name: program.name, eligible: program.eligible, isEnabled: program.isEnabled, status };
  });
}

function summarizeCashFlow(view: ProposalView): string {
  const last = view.charts.cashFlow.at(-1);
  const payback = view.headline.find((row) => row.key === "payback");
  if (!last || !payback) return "";
  const { withGridServices, withoutGridServices } = view.financials;
  const atEnd = (dollars: number) => formatMoney(Math.round(dollars * 100));
  const reach = (paybackYears: number | null, written: string) => (paybackYears === null ? `does not pay back within ${last.year} years` : `pays back in ${written}`);
  return (
    `The line starts below zero at the net price, ${formatMoney(withGridServices.netCostCents)} with Grid Services. ` +
    `With Grid Services it ${reach(withGridServices.paybackYears, payback.withGridServices)} and stands at ${atEnd(last.withGridServices)} by year ${last.year}; ` +
    `without, it ${reach(withoutGridServices.paybackYears, payback.withoutGridServices)} and stands at ${atEnd(last.withoutGridServices)}.`
  );
}

function presentedBills(bills: BillsView | null): PresentedBills | null {
  if (!bills) return null;
  return { before: bills.year.written[0]!, after: bills.year.written.at(-1)!, savings: bills.savings, chart: bills.chart };
}

/** The meeting's figures for an option, with the homeowner's answers tried and nothing saved. */
export function presentOption(option: ProposalOption, request: PresentRequest = {}, proposalDate?: string): PresentFigures {
  const participation = request.participation ?? "expected";
  const answered = withAnswers(option, request.answers);
  const evaluation = evaluateStoredOption(answered, { enabledPrograms: request.enabledPrograms, participation, ...(proposalDate ? { proposalDate } : {}) });
  const view = buildProposalView({ option: answered, evaluation, participation, bills: optionBillsOf(answered, evaluation) });
  const results = new Map(evaluation.programs.map((program) => [program.id, program]));
  return {
    preview: buildProposalPreview(answered, evaluation),
    presentation: {
      participation,
      participationChoices,
      programs: programsOf(evaluation),
      payments: view.gridServices.programs,
      questions: presentQuestions(evaluation.availablePrograms, (programId) => results.get(programId)?.inputs),
      cashFlow: view.charts.cashFlow,
      paybackMarkers: view.charts.paybackMarkers,
      cashFlowSummary: summarizeCashFlow(view),
      waysToPay: waysToPayOf(view),
      bills: presentedBills(view.bills),
    },
  };
}
