/**
 * The questions present mode lets the homeowner answer live, in the meeting: program inputs that are facts about the
 * household (its income tier, whether it sits on a Grid Edge circuit), not the installer's engineering. Their labels
 * and choices are the program's own form fields, so the meeting asks what Manage incentives asks.
 */
import { z } from "zod";
import { PARTICIPATION_SHARE, getProgram, type InputField } from "../core/programs";
import { formatPercent } from "../core/money";
import type { Participation, StoredOption } from "./option-input";
import { participationLevels } from "./participation";

/** Program id → the inputs a homeowner can answer. Every other input stays as the installer saved it. */
const HOMEOWNER_INPUTS: Readonly<Record<string, readonly string[]>> = {
  "ct-ess": ["customerTier", "gridEdge"],
};

export type PresentAnswer = string | boolean;
/** Program id → input name → the homeowner's answer. */
export type PresentAnswers = Partial<Record<string, Partial<Record<string, PresentAnswer>>>>;

export type PresentQuestion = {
  programId: string;
  programShortName: string;
  name: string;
  label: string;
  help: string | null;
  kind: "select" | "boolean";
  options: { value: string; label: string }[];
  /** The answer the figures are computed with: the homeowner's, else the saved input, else the program's default. */
  value: PresentAnswer;
};

type AskedField = InputField & { kind: "select" | "boolean" };

function askedFields(programId: string): AskedField[] {
  const program = getProgram(programId);
  const names = HOMEOWNER_INPUTS[programId] ?? [];
  // A field that is not a yes/no or a choice is not a question for the homeowner, whatever the list says.
  return (program?.fields ?? []).filter((field): field is AskedField => names.includes(field.name) && (field.kind === "select" || field.kind === "boolean"));
}

function answerSchema(field: AskedField) {
  if (field.kind === "boolean") return z.boolean();
  const values = (field.options ?? []).map((option) => option.value);
  return z.enum(values as [string, ...string[]]);
}

/**
 * The answers a preview request may carry: only the questions above, only their choices. Strict, so a request that
 * tries to set any other input (a power override, a rate version) is refused rather than quietly half-applied.
 */
export const ZPresentAnswers = z
  .object(
    Object.fromEntries(
      Object.keys(HOMEOWNER_INPUTS).map((programId) => [
        programId,
        z
          .object(Object.fromEntries(askedFields(programId).map((field) => [field.name, answerSchema(field).optional()])))
          .strict()
          .optional(),
      ]),
    ),
  )
  .strict() as unknown as z.ZodType<PresentAnswers>;

const asRecord = (value: unknown): Record<string, unknown> => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * The option as if the homeowner's answers were saved: each answered program's inputs with the answers laid over
 * them (a program with no saved row gets one, switched off, so a preview that switches it on finds the answers).
 * A copy: the stored option is not touched.
 */
export function withAnswers<T extends StoredOption>(option: T, answers: PresentAnswers = {}): Omit<T, "programs"> & Pick<StoredOption, "programs"> {
  const answered = Object.entries(answers).filter((entry): entry is [string, Partial<Record<string, PresentAnswer>>] => entry[1] !== undefined && Object.keys(entry[1]).length > 0);
  if (answered.length === 0) return option;
  const byProgram = new Map(answered);
  const programs: StoredOption["programs"] = option.programs.map((row) => {
    const given = byProgram.get(row.programId);
    return given ? { ...row, inputs: { ...asRecord(row.inputs), ...given } } : row;
  });
  for (const [programId, given] of answered) if (!programs.some((row) => row.programId === programId)) programs.push({ programId, enabled: false, inputs: { ...given } });
  return { ...option, programs };
}

/**
 * The questions of the programs switched on, with the answers the figures use: `inputsOf` gives a program's inputs
 * as the engine parsed them (defaults filled in), so an unanswered question shows what is counted.
 */
export function presentQuestions(programs: { id: string; shortName: string; isEnabled: boolean; eligible: boolean }[], inputsOf: (programId: string) => unknown): PresentQuestion[] {
  return programs
    .filter((program) => program.isEnabled && program.eligible)
    .flatMap((program) => {
      const inputs = asRecord(inputsOf(program.id));
      return askedFields(program.id).map((field): PresentQuestion => {
        const options = field.options ? field.options.map(({ value, label }) => ({ value, label })) : [];
        const fallback: PresentAnswer = field.kind === "boolean" ? false : (options[0]?.value ?? "");
        const stored = inputs[field.name];
        const value = field.kind === "boolean" ? (typeof stored === "boolean" ? stored : fallback) : typeof stored === "string" && options.some((option) => option.value === stored) ? stored : fallback;
        return { programId: program.id, programShortName: program.shortName, name: field.name, label: field.label, help: field.help ?? null, kind: field.kind, options, value };
      });
    });
}

export type ParticipationChoice = { level: Participation; label: string; description: string };

const participationLabels: Record<Participation, string> = { low: "Low", expected: "Expected", high: "High" };

/** Low, expected, high, each with the share of the utility's events the battery is counted as answering. */
export const participationChoices: ParticipationChoice[] = participationLevels.map((level) => ({
  level,
  label: participationLabels[level],
  description: PARTICIPATION_SHARE[level] >= 1 ? "every event" : `${formatPercent(PARTICIPATION_SHARE[level], 0)} of events`,
}));
