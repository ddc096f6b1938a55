import { evaluateOption, type OptionEvaluation } from "../finance";
import { programsForState } from "../programs";
import { toOptionInput, type EvaluationOverrides, type StoredOption } from "./option-input";

/** The proposal's numbers for a stored option: the engine, run once on the stored inputs. */
export function evaluateStoredOption(option: StoredOption, overrides: EvaluationOverrides = {}): OptionEvaluation {
  return evaluateOption(toOptionInput(option, overrides));
}

/**
 * What each program of the state would pay if it were switched on, for the previews on
 * "Manage incentives": every program's rule is independent, so one run with all of them on answers for each.
 */
export function previewStatePrograms(option: StoredOption): OptionEvaluation {
  const everyProgram = Object.fromEntries(programsForState(option.project.state).map((program) => [program.id, true]));
  return evaluateStoredOption(option, { enabledPrograms: everyProgram });
}
