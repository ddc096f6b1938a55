import type { OptionBills } from "../core/bills";
import { evaluateOption, type Financials, type OptionEvaluation } from "../core/finance";
import { programsForState } from "../core/programs";
import { billsOf } from "./option-bills";
import { toOptionInput, type EvaluationOverrides, type Participation, type StoredOption } from "./option-input";
import { participationLevels } from "./participation";
import { buildProposalView, type ProposalOption, type ProposalView } from "./view";

/** The proposal's numbers for a stored option: the engine, run once on the stored inputs. */
export function evaluateStoredOption(option: StoredOption, overrides: EvaluationOverrides = {}): OptionEvaluation {
  return evaluateOption(toOptionInput(option, overrides));
}

/**
 * The option's bills as its evaluation priced them: the programs the evaluation was given are the enabled ones after
 * any override (toOptionInput lists exactly those), on the evaluation's proposal date. Memoized in the bill model,
 * so this is the same result the engine's input used.
 */
export function optionBillsOf(option: StoredOption, evaluation: OptionEvaluation): OptionBills | null {
  return billsOf(option, new Set(evaluation.programs.map((program) => program.id)), evaluation.proposalDate);
}

/**
 * What each program of the state would pay if it were switched on, for the previews on
 * "Manage incentives": every program's rule is independent, so one run with all of them on answers for each.
 * Two programs that exclude each other conflict in that run; the one set aside still carries what it would pay
 * (`benefitIfCounted`), which is what its preview shows.
 */
export function previewStatePrograms(option: StoredOption, overrides: Pick<EvaluationOverrides, "proposalDate"> = {}): OptionEvaluation {
  const everyProgram = Object.fromEntries(programsForState(option.project.state).map((program) => [program.id, true]));
  return evaluateStoredOption(option, { ...overrides, enabledPrograms: everyProgram });
}

/**
 * The live proposal of a stored option at one participation level. With `sensitivity`, the other two levels are
 * evaluated too (the proposal page's sensitivity table); nothing else runs the engine for a proposal.
 */
export function proposalViewOf(option: ProposalOption, { participation = "expected", sensitivity = false }: { participation?: Participation; sensitivity?: boolean } = {}): ProposalView {
  const evaluation = evaluateStoredOption(option, { participation });
  const byLevel = sensitivity
    ? (Object.fromEntries(
        participationLevels.map((level) => [level, level === participation ? evaluation.financials.withGridServices : evaluateStoredOption(option, { participation: level }).financials.withGridServices]),
      ) as Record<Participation, Financials>)
    : undefined;
  return buildProposalView({ option, evaluation, participation, sensitivity: byLevel, bills: optionBillsOf(option, evaluation) });
}
