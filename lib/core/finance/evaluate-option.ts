/**
 * One option, fully priced: the programs of its state, each enabled program's benefit, the
 * custom incentives, and the financials with and without Grid Services. Pure and deterministic;
 * it never throws for a bad program id or bad program inputs (those become results with no
 * benefit and a reason), because the web app renders whatever is stored.
 */
import type { Cents } from "../money/round";
import { checkEligibility } from "../programs/eligibility";
import { getProgram, programsForState } from "../programs/registry";
import type { Eligibility, EligibilityFacts } from "../programs/eligibility";
import type { BatterySpec, ProgramContext, ProgramDefinition } from "../programs/types";
import { isBattery } from "./battery";
import { billSavingsByYear, computeFinancials } from "./cash-flow";
import type { CashFlowInput } from "./cash-flow";
import { computeCustomIncentive } from "./custom-incentives";
import type {
  AnnualStream,
  CustomIncentiveResult,
  InputIssue,
  OptionEvaluation,
  OptionInput,
  ProgramResult,
  ProgramSummary,
} from "./option-input";

/** A battery with no units or no capacity is no battery. */
function batteryOf(input: OptionInput): BatterySpec | null {
  const battery = input.system.battery;
  return battery !== null && isBattery(battery) ? battery : null;
}

function zeros(years: number): Cents[] {
  return new Array<Cents>(years).fill(0);
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join(".");
}

/** A result that counts for nothing: unknown program, ineligible, invalid inputs or enabled twice. */
function uncountedResult(
  id: string,
  program: ProgramDefinition | undefined,
  years: number,
  eligibility: Eligibility,
  extra: { inputs: unknown; inputIssues?: InputIssue[]; warnings?: string[]; explanation: string[] },
): ProgramResult {
  return {
    id,
    name: program?.name ?? id,
    shortName: program?.shortName ?? id,
    isKnown: program !== undefined,
    eligible: eligibility.eligible,
    reasons: eligibility.reasons,
    warnings: [...eligibility.warnings, ...(extra.warnings ?? [])],
    isCounted: false,
    upfrontCents: 0,
    annualCents: zeros(years),
    explanation: extra.explanation,
    rateVersion: null,
    averageKw: null,
    capBinding: null,
    payee: program?.payee ?? null,
    status: program?.status ?? null,
    inputs: extra.inputs,
    inputIssues: extra.inputIssues ?? [],
  };
}

function evaluateProgram(
  id: string,
  rawInputs: unknown,
  context: ProgramContext,
  eligibilityCache: EligibilityCache,
  isDuplicate: boolean,
): ProgramResult {
  const program = getProgram(id);
  const years = context.years;
  if (program === undefined) {
    const unknown: Eligibility = { eligible: false, reasons: [`Unknown program "${id}": it is not in the catalog.`], reasonCodes: [], warnings: [] };
    return uncountedResult(id, undefined, years, unknown, { inputs: rawInputs, explanation: [] });
  }
  const eligibility = eligibilityCache.of(program);
  if (!eligibility.eligible) {
    return uncountedResult(id, program, years, eligibility, {
      inputs: rawInputs,
      explanation: [`Not eligible, no benefit counted: ${eligibility.reasons.join(" ")}`],
    });
  }
  if (isDuplicate) {
    return uncountedResult(id, program, years, eligibility, {
      inputs: rawInputs,
      warnings: [`${program.shortName} is enabled more than once: counted once.`],
      explanation: ["Enabled more than once: counted once, above."],
    });
  }
  const parsed = program.inputSchema.safeParse(rawInputs ?? {});
  if (!parsed.success) {
    const inputIssues = parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
    return uncountedResult(id, program, years, eligibility, {
      inputs: rawInputs,
      inputIssues,
      warnings: [`${program.shortName} inputs are not valid; no benefit counted.`],
      explanation: inputIssues.map((issue) => `Invalid input ${issue.path || "(inputs)"}: ${issue.message}`),
    });
  }

  const computation = program.compute(context, parsed.data);
  return {
    id,
    name: program.name,
    shortName: program.shortName,
    isKnown: true,
    eligible: true,
    reasons: [],
    warnings: [...eligibility.warnings, ...computation.warnings],
    isCounted: true,
    upfrontCents: computation.upfrontCents,
    annualCents: computation.annualCents,
    explanation: computation.explanation,
    rateVersion: computation.rateVersion,
    averageKw: computation.averageKw,
    capBinding: computation.capBinding,
    payee: computation.payee ?? program.payee,
    status: program.status,
    inputs: parsed.data,
    inputIssues: [],
  };
}

/** Each program's eligibility is checked once per evaluation, whether it is listed, enabled, or both. */
class EligibilityCache {
  private readonly byId = new Map<string, Eligibility>();
  private readonly facts: EligibilityFacts;
  constructor(facts: EligibilityFacts) {
    this.facts = facts;
  }
  of(program: ProgramDefinition): Eligibility {
    let eligibility = this.byId.get(program.id);
    if (eligibility === undefined) {
      eligibility = checkEligibility(program, this.facts);
      this.byId.set(program.id, eligibility);
    }
    return eligibility;
  }
}

// The loops below are plain `for` loops on purpose: this function runs for every stored option on
// every repricing, and callbacks allocate a closure per call (scripts/bench-engine.ts).
export function evaluateOption(input: OptionInput): OptionEvaluation {
  const years = input.assumptions.years;
  const battery = batteryOf(input);
  const context: ProgramContext = {
    project: input.project,
    battery,
    hasSolar: input.system.hasSolar ?? (input.system.pvKw > 0 || input.costs.solarCents > 0),
    batteryCostCents: input.costs.batteryCents,
    years,
    participation: input.participation ?? "expected",
  };
  const eligibility = new EligibilityCache({
    state: input.project.state,
    segment: input.project.segment,
    utility: input.project.utility,
    hasBattery: battery !== null,
  });

  const enabledIds = new Set<string>();
  for (const entry of input.programs) enabledIds.add(entry.id);
  const availablePrograms: ProgramSummary[] = [];
  for (const program of programsForState(input.project.state)) {
    const { eligible, reasons, warnings } = eligibility.of(program);
    availablePrograms.push({
      id: program.id,
      name: program.name,
      shortName: program.shortName,
      paysHow: program.paysHow,
      status: program.status,
      eligible,
      reasons,
      warnings,
      isEnabled: enabledIds.has(program.id),
    });
  }

  const programs: ProgramResult[] = [];
  const seenIds = new Set<string>();
  // Counted programs: their upfront offsets the price, their annual payments are savings streams.
  let programUpfrontCents = 0;
  const programStreams: AnnualStream[] = [];
  for (const entry of input.programs) {
    const result = evaluateProgram(entry.id, entry.inputs, context, eligibility, seenIds.has(entry.id));
    seenIds.add(entry.id);
    programs.push(result);
    if (result.isCounted) {
      programUpfrontCents += result.upfrontCents;
      programStreams.push({ id: result.id, name: result.name, cents: result.annualCents });
    }
  }

  const customIncentives: CustomIncentiveResult[] = [];
  const customStreams: AnnualStream[] = [];
  let customUpfrontCents = 0;
  for (const incentive of input.customIncentives) {
    const result = computeCustomIncentive(incentive, { years, pvKw: input.system.pvKw, battery });
    customIncentives.push(result);
    customUpfrontCents += result.upfrontCents;
    if (result.kind === "annual") customStreams.push({ id: result.id, name: result.name, cents: result.annualCents });
  }

  const base: Omit<CashFlowInput, "upfrontIncentivesCents" | "streams"> = {
    systemCostCents: input.costs.solarCents + input.costs.batteryCents + input.costs.otherCents,
    billSavingsCents: billSavingsByYear(input.billSavingsYear1Cents, years, input.assumptions.utilityEscalation, input.assumptions.degradation),
    years,
    discountRate: input.assumptions.discountRate,
    omCostCents: new Array<Cents>(years).fill(input.assumptions.omCostYearlyCents ?? 0),
  };
  // Without Grid Services = the same option with the catalog programs removed; custom incentives
  // are local rebates, not Grid Services, so they stay in both.
  const withGridServices = computeFinancials({
    ...base,
    upfrontIncentivesCents: programUpfrontCents + customUpfrontCents,
    streams: [...programStreams, ...customStreams],
  });
  const withoutGridServices = computeFinancials({ ...base, upfrontIncentivesCents: customUpfrontCents, streams: customStreams });

  return { availablePrograms, programs, customIncentives, financials: { withGridServices, withoutGridServices } };
}
