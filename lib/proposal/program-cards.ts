import { wouldPayIntro, type OptionEvaluation, type ProgramResult } from "../core/finance";
import { formatKw } from "../core/money";
import { exclusionsOf, getProgram, type InputField, type Payee, type ProgramStatusKind } from "../core/programs";
import { summarizeBenefit, type BenefitSummary } from "./program-benefit";

export type ProgramCardModel = {
  id: string;
  name: string;
  administrator: string;
  paysHow: string;
  status: { kind: ProgramStatusKind; note: string };
  ratesVerifiedOn: string;
  payeeNote: string | null;
  eligible: boolean;
  reasons: string[];
  warnings: string[];
  isEnabled: boolean;
  /** The programs this one can never be counted with for the same battery: the rule and which to enable. */
  exclusions: string[];
  /**
   * When this program and one it excludes are both enabled on the option: whether this one counts, and the
   * sentence that says why (the same sentence opens its explanation on the proposal).
   */
  conflict: { isCounted: boolean; message: string } | null;
  fields: readonly InputField[];
  /** The stored inputs, as the strings a form shows. */
  values: Record<string, string>;
  /** What each blank input means: the program's defaults, shown as placeholders. */
  defaults: Record<string, string>;
  preview: {
    /** What the program pays when it counts (for a program an exclusion sets aside: what it would pay if it counted). */
    summary: BenefitSummary;
    years: number;
    explanation: string[];
    capBinding: string | null;
    averageKw: { text: string; source: "modeled" | "override" } | null;
    rateVersion: { id: string; effectiveDate: string; sourceTitle: string; sourceUrl: string } | null;
  } | null;
};

export function describePayee(payee: Payee | null | undefined): string | null {
  if (!payee) return null;
  const parts: string[] = [];
  if (payee.upfront === "contractor") parts.push("The upfront incentive is paid to the installer, who passes it on as a lower price.");
  if (payee.upfront === "customer") parts.push("The upfront incentive is paid to the customer.");
  if (payee.annual === "customer") parts.push("Annual payments go to the customer.");
  if (payee.annual === "contractor") parts.push("Annual payments go to the installer, in exchange for a lower price.");
  return parts.join(" ") || null;
}

function inputsAsStrings(inputs: unknown): Record<string, string> {
  if (!inputs || typeof inputs !== "object") return {};
  return Object.fromEntries(Object.entries(inputs as Record<string, unknown>).filter(([, value]) => value !== undefined && value !== null).map(([key, value]) => [key, String(value)]));
}

/** The schema's defaults, and those the rule resolved for this option (DSGS's paid seasons follow the proposal date). */
function defaultsOf(program: { inputSchema: { safeParse(value: unknown): { success: boolean; data?: unknown } } }, result: ProgramResult | undefined): Record<string, string> {
  const parsed = program.inputSchema.safeParse({});
  return { ...(parsed.success ? inputsAsStrings(parsed.data) : {}), ...inputsAsStrings(result?.resolvedDefaults) };
}

/** "ELRP and DSGS cannot pay for the same battery: …", once per exclusion the program takes part in. */
function describeExclusions(programId: string): string[] {
  return exclusionsOf(programId).map(
    (exclusion) => `${exclusion.rule}: ${exclusion.basis}. ${exclusion.guidance} With both on, only one counts: the one enabled first, unless you choose to count the other.`,
  );
}

/** The option's own conflict for this program (both enabled), from the evaluation of the option as stored. */
function conflictOf(result: ProgramResult | undefined): ProgramCardModel["conflict"] {
  const conflicts = result?.conflicts ?? [];
  if (!result || conflicts.length === 0) return null;
  const message = conflicts.map((conflict) => (conflict.countedId === result.id ? conflict.countedMessage : conflict.notCountedMessage)).join(" ");
  return { isCounted: result.isCounted, message };
}

/**
 * The benefit preview comes from a run with every program of the state on, where two programs that exclude each
 * other always conflict. Which one counts is the option's own business (the card's `conflict`), so the preview
 * shows each program as if it counted: its figures, and its explanation without the conflict's sentence.
 */
function previewOf(result: ProgramResult | undefined, years: number): ProgramCardModel["preview"] {
  if (!result || !result.eligible || result.inputIssues.length > 0) return null;
  const conflictLines = new Set(result.conflicts.flatMap((conflict) => [conflict.countedMessage, conflict.notCountedMessage]));
  if (result.benefitIfCounted !== null) conflictLines.add(wouldPayIntro(result.shortName));
  return {
    summary: summarizeBenefit(result.benefitIfCounted ?? result),
    years,
    explanation: result.explanation.filter((line) => !conflictLines.has(line)),
    capBinding: result.capBinding,
    averageKw: result.averageKw ? { text: formatKw(result.averageKw.kw), source: result.averageKw.source } : null,
    rateVersion: result.rateVersion ? { id: result.rateVersion.id, effectiveDate: result.rateVersion.effectiveDate, sourceTitle: result.rateVersion.sourceTitle, sourceUrl: result.rateVersion.sourceUrl } : null,
  };
}

/**
 * One card per program of the project's state: eligibility and warnings from the option as stored,
 * the benefit preview from a run with every program on (so a program that is off still shows what it would pay).
 */
export function buildProgramCards(evaluation: OptionEvaluation, preview: OptionEvaluation, storedInputs: ReadonlyMap<string, unknown>, years: number): ProgramCardModel[] {
  return evaluation.availablePrograms.flatMap((summary) => {
    const program = getProgram(summary.id);
    if (!program) return [];
    const result = preview.programs.find((entry) => entry.id === summary.id);
    const stored = evaluation.programs.find((entry) => entry.id === summary.id);
    return [
      {
        id: program.id,
        name: program.name,
        administrator: program.administrator,
        paysHow: program.paysHow,
        status: program.status,
        ratesVerifiedOn: program.ratesVerifiedOn,
        payeeNote: describePayee(result?.payee ?? program.payee),
        eligible: summary.eligible,
        reasons: summary.reasons,
        // The card shows the status note on its own; a warning that repeats it would say the same thing twice.
        warnings: summary.warnings.filter((warning) => !warning.includes(program.status.note)),
        isEnabled: summary.isEnabled,
        exclusions: describeExclusions(program.id),
        conflict: conflictOf(stored),
        fields: program.fields,
        values: inputsAsStrings(storedInputs.get(program.id)),
        defaults: defaultsOf(program, result),
        preview: previewOf(result, years),
      },
    ];
  });
}
