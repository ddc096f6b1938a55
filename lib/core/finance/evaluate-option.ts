/**
 * One option, fully priced: the programs of its state, each enabled program's benefit, the
 * custom incentives, and the financials with and without Grid Services. Pure and deterministic
 * for a given proposal date (the only clock reading is the default date, today); it never throws
 * for a bad program id or bad program inputs (those become results with no benefit and a reason),
 * because the web app renders whatever is stored.
 */
import { todayIsoDate } from "../dates/iso-date";
import { lifecycleCosts } from "../financing/replacements";
import type { Cents } from "../money/round";
import { checkEligibility, isUtilityListed } from "../programs/eligibility";
import { findExclusion } from "../programs/exclusions";
import { DEFAULT_BATTERY_FADE_PER_YEAR } from "../programs/fade";
import { getProgram, programsForState } from "../programs/registry";
import type { Eligibility, EligibilityFacts } from "../programs/eligibility";
import type { ProgramContext, ProgramDefinition } from "../programs/types";
import { batteryOf } from "./battery";
import { billSavingsByYear, computeFinancials } from "./cash-flow";
import type { CashFlowInput } from "./cash-flow";
import { computeCustomIncentive, uncountedCustomIncentive } from "./custom-incentives";
import type {
  AnnualStream,
  CustomIncentiveResult,
  EnabledProgramInput,
  InputIssue,
  OptionEvaluation,
  OptionInput,
  ProgramConflict,
  ProgramResult,
  ProgramSummary,
  UpkeepSummary,
} from "./option-input";

/** A battery with no units or no capacity is no battery. */
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
    conflicts: [],
    benefitIfCounted: null,
    resolvedDefaults: {},
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
    conflicts: [],
    benefitIfCounted: null,
    resolvedDefaults: computation.resolvedDefaults ?? {},
  };
}

/**
 * The order in which excluded programs claim the battery: programs the installer chose (`preferred`) first, then
 * the order they were enabled in, by `enabledOrder` where given, else by position in the list (a stable sort keeps
 * the list order between equal or absent values).
 */
function enabledFirstOrder(entries: readonly EnabledProgramInput[]): number[] {
  const indices: number[] = [];
  for (let index = 0; index < entries.length; index++) indices.push(index);
  let hasOrder = false;
  for (const entry of entries) if (entry.enabledOrder !== undefined || entry.preferred === true) hasOrder = true;
  if (!hasOrder) return indices;
  const rankOf = (index: number) => (entries[index]?.preferred === true ? 0 : 1);
  const orderOf = (index: number) => entries[index]?.enabledOrder ?? Number.POSITIVE_INFINITY;
  // Two absent orders subtract to NaN, which is falsy: the list position decides.
  return indices.sort((a, b) => rankOf(a) - rankOf(b) || orderOf(a) - orderOf(b) || a - b);
}

/** The line after "Not counted: …" on a result an exclusion set aside: the lines below it are what it would pay. */
export function wouldPayIntro(shortName: string): string {
  return `What ${shortName} would pay were it counted instead:`;
}

/**
 * Programs that exclude each other (lib/core/programs/exclusions.ts): walking the counted results with the
 * installer's choice first, then in the order they were enabled, a result whose program excludes one already counted
 * is set aside: it keeps what it would pay in `benefitIfCounted` and counts for nothing. Both results' explanations
 * start with the reason, which says who decided: the installer's choice, or which was enabled first. Only a counted
 * program sets another aside (an ineligible or invalid one does not), so of two excluded programs exactly one counts
 * whenever either could, whatever the flags say.
 */
function resolveExclusions(
  programs: ProgramResult[],
  entries: readonly EnabledProgramInput[],
  utility: string | null | undefined,
): ProgramConflict[] {
  const conflicts: ProgramConflict[] = [];
  const countedSoFar: { result: ProgramResult; isPreferred: boolean }[] = [];
  for (const index of enabledFirstOrder(entries)) {
    const result = programs[index];
    if (result === undefined || !result.isCounted) continue;
    const isPreferred = entries[index]?.preferred === true;
    let setAsideBy: ProgramResult | undefined;
    let setAsideReason = "";
    for (const { result: counted, isPreferred: isCountedPreferred } of countedSoFar) {
      const exclusion = findExclusion(counted.id, result.id);
      if (exclusion === undefined) continue;
      setAsideBy = counted;
      // The choice decides only when it tells the two apart: were both chosen (stale rows), the first enabled counts.
      const isChoice = isCountedPreferred && !isPreferred;
      setAsideReason = isChoice ? `the installer chose ${counted.shortName}` : `${counted.shortName} was enabled first`;
      const conflict: ProgramConflict = {
        countedId: counted.id,
        notCountedId: result.id,
        rule: exclusion.rule,
        basis: exclusion.basis,
        guidance: exclusion.guidance,
        decidedBy: isChoice ? "installer-choice" : "enabled-first",
        countedMessage: isChoice
          ? `Counted: ${exclusion.rule}; the installer chose ${counted.shortName}.`
          : `Counted: ${exclusion.rule}; ${counted.shortName} was enabled first, so ${result.shortName} is not counted.`,
        notCountedMessage: `Not counted: ${exclusion.rule}; ${setAsideReason}.`,
      };
      conflicts.push(conflict);
      counted.conflicts.push(conflict);
      counted.explanation = [conflict.countedMessage, ...counted.explanation];
      counted.warnings = [...counted.warnings, ...guidanceWarning(counted, result, exclusion.guidance, utility)];
      result.conflicts.push(conflict);
      break;
    }
    if (setAsideBy === undefined) {
      countedSoFar.push({ result, isPreferred });
      continue;
    }
    const conflict = result.conflicts[result.conflicts.length - 1]!;
    programs[index] = {
      ...result,
      isCounted: false,
      upfrontCents: 0,
      annualCents: new Array<Cents>(result.annualCents.length).fill(0),
      benefitIfCounted: { upfrontCents: result.upfrontCents, annualCents: result.annualCents },
      explanation: [conflict.notCountedMessage, wouldPayIntro(result.shortName), ...result.explanation],
      warnings: [...result.warnings, `${result.shortName} is not counted: ${setAsideReason}, and ${conflict.basis}.`],
    };
  }
  return conflicts;
}

/**
 * The product's guidance when the project's utility runs the program that was set aside and not the
 * one that counts (a PG&E project counting DSGS): a warning, never a change to what counts.
 */
function guidanceWarning(counted: ProgramResult, setAside: ProgramResult, guidance: string, utility: string | null | undefined): string[] {
  const name = utility?.trim();
  const countedProgram = getProgram(counted.id);
  const setAsideProgram = getProgram(setAside.id);
  if (!name || countedProgram === undefined || setAsideProgram === undefined) return [];
  if (isUtilityListed(countedProgram, name) || !isUtilityListed(setAsideProgram, name)) return [];
  return [`${guidance} This ${name} project counts ${counted.shortName}: choose "Count ${setAside.shortName} instead", or switch ${counted.shortName} off.`];
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
  const proposalDate = input.proposalDate ?? todayIsoDate();
  const context: ProgramContext = {
    project: input.project,
    battery,
    hasSolar: input.system.hasSolar ?? (input.system.pvKw > 0 || input.costs.solarCents > 0),
    batteryCostCents: input.costs.batteryCents,
    years,
    participation: input.participation ?? "expected",
    proposalDate,
    batteryFadePerYear: input.assumptions.batteryFade ?? DEFAULT_BATTERY_FADE_PER_YEAR,
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
  for (const entry of input.programs) {
    programs.push(evaluateProgram(entry.id, entry.inputs, context, eligibility, seenIds.has(entry.id)));
    seenIds.add(entry.id);
  }
  const conflicts = resolveExclusions(programs, input.programs, input.project.utility);
  // Counted programs: their upfront offsets the price, their annual payments are savings streams.
  let programUpfrontCents = 0;
  const programStreams: AnnualStream[] = [];
  for (const result of programs) {
    if (result.isCounted) {
      programUpfrontCents += result.upfrontCents;
      programStreams.push({ id: result.id, name: result.name, cents: result.annualCents });
    }
  }

  const customIncentives: CustomIncentiveResult[] = [];
  const customStreams: AnnualStream[] = [];
  const independentStreams: AnnualStream[] = [];
  let customUpfrontCents = 0;
  let independentUpfrontCents = 0;
  const countedIds = new Set<string>();
  for (const result of programs) if (result.isCounted) countedIds.add(result.id);
  for (const incentive of input.customIncentives) {
    const requires = incentive.requiresProgramId ?? null;
    const result =
      requires !== null && !countedIds.has(requires)
        ? uncountedCustomIncentive(incentive, years, getProgram(requires)?.shortName ?? requires)
        : computeCustomIncentive(incentive, { years, pvKw: input.system.pvKw, battery });
    customIncentives.push(result);
    customUpfrontCents += result.upfrontCents;
    const stream = { id: result.id, name: result.name, cents: result.annualCents };
    if (result.kind === "annual") customStreams.push(stream);
    // Without Grid Services keeps only the incentives that do not depend on a program.
    if (requires === null) {
      independentUpfrontCents += result.upfrontCents;
      if (result.kind === "annual") independentStreams.push(stream);
    }
  }

  // O&M (escalated) and the battery and inverter replacements: the same with and without Grid Services.
  const lifecycle = lifecycleCosts({
    years,
    replacements: input.assumptions.replacements ?? [],
    om: { yearlyCents: input.assumptions.omCostYearlyCents ?? 0, escalator: input.assumptions.omEscalation ?? 0 },
  });
  const upkeep: UpkeepSummary = { replacements: lifecycle.replacementYears, explanation: lifecycle.explanation };
  const billSavings = billSavingsOf(input, years);
  const base: Omit<CashFlowInput, "upfrontIncentivesCents" | "streams"> = {
    systemCostCents: input.costs.solarCents + input.costs.batteryCents + input.costs.otherCents,
    billSavingsCents: billSavings,
    years,
    discountRate: input.assumptions.discountRate,
    omCostCents: lifecycle.omCents,
    replacementCents: lifecycle.replacementCents,
  };
  // Without Grid Services = the same option with the catalog programs removed, and with them every custom
  // incentive tied to a program; the other custom incentives are local rebates and stay in both.
  const withGridServices = computeFinancials({
    ...base,
    billSavingsCents: withGridServicesBill(input, billSavings, programStreams, years),
    upfrontIncentivesCents: programUpfrontCents + customUpfrontCents,
    streams: [...programStreams, ...customStreams],
  });
  const withoutGridServices = computeFinancials({ ...base, upfrontIncentivesCents: independentUpfrontCents, streams: independentStreams });

  return { proposalDate, availablePrograms, programs, conflicts, customIncentives, upkeep, financials: { withGridServices, withoutGridServices } };
}

/**
 * Bill savings by year without Grid Services. From the bill model, the solar share loses the panels' degradation
 * each year and the battery's share does not (it moves the same kWh whatever the panels make); both rise with the
 * utility's prices. Typed (one figure), all of it degrades, as before the bill model.
 */
function billSavingsOf(input: OptionInput, years: number): Cents[] {
  const { utilityEscalation, degradation } = input.assumptions;
  const bills = input.billsYear1;
  if (!bills) return billSavingsByYear(input.billSavingsYear1Cents, years, utilityEscalation, degradation);
  const solar = billSavingsByYear(bills.solarCents, years, utilityEscalation, degradation);
  const battery = billSavingsByYear(bills.batteryCents, years, utilityEscalation, 0);
  return solar.map((cents, index) => (cents + battery[index]!) as Cents);
}

/** With Grid Services: the events' effect on the bill, in the years a counted program pays (its events run then). */
function withGridServicesBill(input: OptionInput, billSavings: readonly Cents[], programStreams: readonly AnnualStream[], years: number): Cents[] {
  const effect = input.billsYear1?.gridServicesCents ?? 0;
  if (effect === 0 || programStreams.length === 0) return [...billSavings];
  const byYear = billSavingsByYear(effect as Cents, years, input.assumptions.utilityEscalation, 0);
  return billSavings.map((cents, index) => (programStreams.some((stream) => (stream.cents[index] ?? 0) > 0) ? ((cents + byYear[index]!) as Cents) : cents));
}
