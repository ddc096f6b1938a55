import type { OptionEvaluation, ProgramResult } from "../core/finance";
import { formatKw } from "../core/money";
import { getProgram, type InputField, type Payee, type ProgramStatusKind } from "../core/programs";
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
  fields: readonly InputField[];
  /** The stored inputs, as the strings a form shows. */
  values: Record<string, string>;
  /** What each blank input means: the program's defaults, shown as placeholders. */
  defaults: Record<string, string>;
  preview: {
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

function defaultsOf(program: { inputSchema: { safeParse(value: unknown): { success: boolean; data?: unknown } } }): Record<string, string> {
  const parsed = program.inputSchema.safeParse({});
  return parsed.success ? inputsAsStrings(parsed.data) : {};
}

function previewOf(result: ProgramResult | undefined, years: number): ProgramCardModel["preview"] {
  if (!result || !result.eligible || result.inputIssues.length > 0) return null;
  return {
    summary: summarizeBenefit(result),
    years,
    explanation: result.explanation,
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
        fields: program.fields,
        values: inputsAsStrings(storedInputs.get(program.id)),
        defaults: defaultsOf(program),
        preview: previewOf(result, years),
      },
    ];
  });
}
