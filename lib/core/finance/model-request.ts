/**
 * The JSON command line's contract (`npm run -s model -- FILE`): a request in dollars, validated
 * here, converted to an `OptionInput` in cents, evaluated, and converted back to dollars.
 * Validation is strict (an unknown key is an error, so a typo never silently drops an input) and
 * reports every bad field with its path; the CLI script only does the I/O.
 */
import { z } from "zod";
import type { FinancingFigures } from "../financing/figures";
import { financingChoiceSchema, parseFinancingChoice } from "../financing/financing-input";
import type { Financing } from "../financing/figures";
import { WARRANTY_DEFAULTS } from "../financing/replacements";
import { jsonNumber } from "../numbers/json-number";
import { decimalsOf, PROGRAM_INPUT_DECIMALS } from "../numbers/rules";
import { centsToDollars, dollarsToCents, type Cents } from "../money/round";
import { todayIsoDate } from "../dates/iso-date";
import { getProgram, programCatalog } from "../programs/registry";
import { TARIFFS } from "../programs/types";
import { evaluateOption } from "./evaluate-option";
import { optionFinancing } from "./option-financing";
import type { OptionFinancing } from "./option-financing";
import { checkPlausibility, checkUpkeep, refusals } from "./plausibility";
import type { PlausibilityFinding, UpkeepFinding } from "./plausibility";
import { billsRequestSchema, billsToDollars, modelBills, type BillsResponse } from "./model-bills";
import { isoDateSchema, MAX_HORIZON_YEARS, MAX_WARRANTY_YEARS } from "./option-input";
import type { CustomIncentiveInput, Financials, OptionEvaluation, OptionInput } from "./option-input";

const MAX_DOLLARS = 1e10;

/**
 * Numbers are held to what the app's forms accept (lib/core/numbers/rules.ts): bounds, a smallest size other than 0,
 * and decimals (dollars to the cent, sizes to the watt, fractions to 6 places), so 5e-324 kW is refused, not modeled.
 */
const dollars = (label: string) => jsonNumber(label, { min: 0, max: MAX_DOLLARS, decimals: 2, unit: "dollars" });
const FRACTION_DECIMALS = 6;

const customIncentiveRequestSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    id: z.string().optional(),
    name: z.string().min(1),
    kind: z.literal("upfront"),
    basis: z.enum(["fixed", "per_kwh", "per_watt"]).default("fixed"),
    /** fixed: dollars; per_kwh: dollars per kWh of battery; per_watt: dollars per W of PV. */
    amount: dollars("the amount"),
    cap: dollars("the cap").nullable().optional(),
    /** A program id: the incentive counts only while that program counts (a price cut given for its payments). */
    requiresProgram: z.string().nullable().optional(),
  }),
  z.strictObject({
    id: z.string().optional(),
    name: z.string().min(1),
    kind: z.literal("annual"),
    amount: dollars("the amount"),
    years: jsonNumber("the number of years", { min: 1, max: MAX_HORIZON_YEARS, integer: true }),
    requiresProgram: z.string().nullable().optional(),
  }),
]);

export const modelRequestSchema = z.strictObject({
  project: z.strictObject({
    state: z.string().regex(/^[A-Za-z]{2}$/, "expected a two-letter state code, e.g. CT"),
    segment: z.enum(["residential", "commercial"]),
    utility: z.string().nullable().optional(),
    tariff: z.enum(TARIFFS).nullable().optional(),
    pvKw: jsonNumber("PV size", { min: 0, smallestNonZero: 0.1, max: 100_000, unit: "kW" }).default(0),
    /** Solar on site, new or existing. Default: pvKw > 0 or a solar cost. */
    hasSolar: z.boolean().optional(),
    /** capacityKwh and powerKw are per unit. */
    battery: z
      .strictObject({
        capacityKwh: jsonNumber("battery capacity", { min: 0.1, max: 10_000, unit: "kWh" }),
        powerKw: jsonNumber("battery power", { min: 0.1, max: 10_000, unit: "kW" }),
        count: jsonNumber("battery count", { min: 1, max: 1_000, integer: true }).default(1),
        reservePercent: jsonNumber("backup reserve", { min: 0, max: 100, unit: "%" }).default(20),
      })
      .nullable()
      .optional(),
    costs: z.strictObject({ solar: dollars("solar cost"), battery: dollars("battery cost"), other: dollars("other costs").default(0) }),
    /** Required without `bills`; with it, the typed figure overrides the modelled one (checked in parseModelRequest). */
    billSavingsYear1: jsonNumber("year-1 bill savings", { min: -MAX_DOLLARS, max: MAX_DOLLARS, decimals: 2, unit: "dollars" }).optional(),
    assumptions: z
      .strictObject({
        years: jsonNumber("the horizon", { min: 1, max: MAX_HORIZON_YEARS, integer: true, unit: "years" }).default(25),
        utilityEscalation: jsonNumber("utility escalation", { min: -0.5, max: 0.5, decimals: FRACTION_DECIMALS, hint: "a fraction, 0.03 means 3% a year" }).default(0.03),
        discountRate: jsonNumber("the discount rate", { min: -0.5, max: 1, decimals: FRACTION_DECIMALS, hint: "a fraction, 0.05 means 5%" }).default(0.05),
        degradation: jsonNumber("panel degradation", { min: 0, max: 0.5, decimals: FRACTION_DECIMALS, hint: "a fraction, 0.005 means 0.5% a year" }).default(0.005),
        omCostYearly: dollars("the yearly O&M cost").default(0),
        batteryFade: jsonNumber("battery fade", { min: 0, max: 0.2, decimals: FRACTION_DECIMALS, hint: "a fraction of the original capacity lost a year, 0.03 means 3%" }).optional(),
        omEscalation: jsonNumber("O&M escalation", { min: 0, max: 0.5, decimals: FRACTION_DECIMALS, hint: "a fraction, 0.025 means 2.5% a year" }).default(0),
        /** Battery and inverter replacements, in the years their warranty runs out (default: none). */
        replacements: z
          .array(
            z.strictObject({
              component: z.enum(["battery", "inverter"]),
              /** Today's installed price, dollars. */
              cost: dollars("the replacement cost"),
              warrantyYears: jsonNumber("the warranty", { min: 1, max: MAX_WARRANTY_YEARS, integer: true, unit: "years" }).optional(),
              repeats: z.boolean().optional(),
              costEscalator: jsonNumber("the replacement cost's escalation", { min: -0.5, max: 0.5, decimals: FRACTION_DECIMALS, hint: "a fraction, 0.02 means 2% a year" }).optional(),
            }),
          )
          .max(4)
          .default([]),
      })
      .prefault({}),
  }),
  /**
   * How the homeowner pays: one choice or a list, in the form's schema (lib/core/financing/financing-input.ts: cents
   * and fractions, as the field names say). Checked in parseModelRequest so each message names its field.
   */
  financing: z.unknown().optional(),
  /**
   * Each entry: the program id plus its inputs, checked by the program's own schema. The order is the
   * order they were enabled in: of two programs that exclude each other (ELRP and DSGS), the first counts.
   */
  programs: z.array(z.looseObject({ id: z.string() })).default([]),
  customIncentives: z.array(customIncentiveRequestSchema).default([]),
  participation: z.enum(["low", "expected", "high"]).default("expected"),
  /** The day of the proposal, YYYY-MM-DD; default today (UTC). DSGS counts its default paid seasons from it. */
  proposalDate: isoDateSchema.optional(),
  /** Usage, production, tariff and export rule: the year-1 bill savings modelled hour by hour (model-bills.ts). */
  bills: billsRequestSchema.optional(),
});
export type ModelRequest = z.output<typeof modelRequestSchema>;

export interface ModelIssue {
  /** Where, as in the request: "project.costs.battery", "programs[0].customerTier". */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : `${text === "" ? "" : "."}${String(key)}`;
  return text === "" ? "(document)" : text;
}

function issuesOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): ModelIssue[] {
  return error.issues.flatMap((issue) =>
    // One line per unknown key, at the key's own path, so the message names the field.
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: formatPath([...prefix, ...issue.path, key]), message: "unknown field" }))
      : [{ path: formatPath([...prefix, ...issue.path]), message: issue.message }],
  );
}

/** Programs' own schemas, made strict once: a request with an unknown program input is an error. */
const strictProgramSchemas = new Map<string, z.ZodType>();
function strictSchemaOf(id: string): z.ZodType | undefined {
  let schema = strictProgramSchemas.get(id);
  if (schema === undefined) {
    const program = getProgram(id);
    if (program === undefined) return undefined;
    const inputSchema: z.ZodType = program.inputSchema;
    schema = inputSchema instanceof z.ZodObject ? inputSchema.strict() : inputSchema;
    strictProgramSchemas.set(id, schema);
  }
  return schema;
}

/**
 * The number inputs of a program with more decimals than the app's form takes (lib/core/numbers/rules.ts): the
 * programs' schemas (lib/core/programs) check bounds only, so 5e-324 kW would pass a minimum of 0.
 */
function tooPreciseInputs(id: string, inputs: unknown): { name: string; label: string }[] {
  const values = inputs as Record<string, unknown>;
  return (getProgram(id)?.fields ?? []).filter((field) => {
    const value = values[field.name];
    return field.kind === "number" && typeof value === "number" && decimalsOf(value) > PROGRAM_INPUT_DECIMALS;
  });
}

export type ParsedModelRequest =
  | { ok: true; request: ModelRequest; programInputs: { id: string; inputs: unknown; preferred?: boolean }[]; financing: Financing[] }
  | { ok: false; issues: ModelIssue[] };

/**
 * The request's `financing` (one choice or a list) through the forms' own parser, each message at its field:
 * "financing.loan.apr", or "financing[1].loan.apr" in a list. A down payment above the system's price is refused too.
 */
function checkFinancing(raw: unknown, priceCents: number | undefined): { issues: ModelIssue[]; financing: Financing[] } {
  if (raw === undefined) return { issues: [], financing: [] };
  const isList = Array.isArray(raw);
  const entries: unknown[] = isList ? raw : [raw];
  if (isList && entries.length === 0) return { issues: [{ path: "financing", message: "give at least one financing choice, or leave financing out" }], financing: [] };
  const issues: ModelIssue[] = [];
  const financing: Financing[] = [];
  entries.forEach((entry, index) => {
    const prefix = ["financing", ...(isList ? [index] : [])];
    // The schema first, for the command line's own wording of unknown keys; then the checks that need the price.
    const shape = financingChoiceSchema.safeParse(entry);
    if (!shape.success) {
      issues.push(...issuesOf(shape.error, prefix));
      return;
    }
    const parsed = parseFinancingChoice(entry, priceCents === undefined ? {} : { priceCents });
    if (parsed.success) financing.push(parsed.data);
    else for (const [field, message] of Object.entries(parsed.fieldErrors)) issues.push({ path: formatPath([...prefix, ...field.split(".")]), message });
  });
  return { issues, financing };
}

function grossPriceCents(document: unknown): number | undefined {
  const costs = (document as { project?: { costs?: Record<string, unknown> } } | null)?.project?.costs;
  if (costs === undefined || costs === null) return undefined;
  let total = 0;
  for (const key of ["solar", "battery", "other"]) {
    const value = costs[key];
    if (value !== undefined && typeof value !== "number") return undefined;
    total += dollarsToCents(value ?? 0);
  }
  return total;
}

/** Year-1 bill savings come from somewhere: typed, or modelled from a `bills` block. */
function missingSavings(document: unknown): ModelIssue[] {
  const request = document as { project?: { billSavingsYear1?: unknown }; bills?: unknown } | null;
  if (request?.project === null || typeof request?.project !== "object") return [];
  if (request.project.billSavingsYear1 !== undefined || (request.bills !== undefined && request.bills !== null)) return [];
  return [{ path: "project.billSavingsYear1", message: "required: the year-1 bill savings from your design tool, or a bills block (usage, production, tariff) to model them" }];
}

/** Validates the whole document, then each program's inputs; reports every issue found. */
export function parseModelRequest(document: unknown): ParsedModelRequest {
  const envelope = modelRequestSchema.safeParse(document);
  const financingCheck = checkFinancing((document as { financing?: unknown } | null)?.financing, grossPriceCents(document));
  const savingsIssues = missingSavings(document);
  if (!envelope.success) {
    // Still check the programs and the financing we can read, so one run names every bad field.
    const programIssues = Array.isArray((document as { programs?: unknown } | null)?.programs)
      ? checkPrograms((document as { programs: unknown[] }).programs).issues
      : [];
    const issues = issuesOf(envelope.error);
    const seen = new Set(issues.map((issue) => `${issue.path}: ${issue.message}`));
    return { ok: false, issues: [...issues, ...[...programIssues, ...financingCheck.issues, ...savingsIssues].filter((issue) => !seen.has(`${issue.path}: ${issue.message}`))] };
  }
  const checked = checkPrograms(envelope.data.programs);
  const known = new Set(programCatalog.map((program) => program.id as string));
  envelope.data.customIncentives.forEach((incentive, index) => {
    const requires = incentive.requiresProgram;
    if (requires !== undefined && requires !== null && !known.has(requires)) {
      checked.issues.push({ path: formatPath(["customIncentives", index, "requiresProgram"]), message: `unknown program "${requires}"; known: ${[...known].join(", ")}` });
    }
  });
  checked.issues.push(...financingCheck.issues, ...savingsIssues);
  if (checked.issues.length > 0) return { ok: false, issues: checked.issues };
  return { ok: true, request: envelope.data, programInputs: checked.programInputs, financing: financingCheck.financing };
}

function checkPrograms(entries: readonly unknown[]): { issues: ModelIssue[]; programInputs: { id: string; inputs: unknown; preferred?: boolean }[] } {
  const issues: ModelIssue[] = [];
  const programInputs: { id: string; inputs: unknown; preferred?: boolean }[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (typeof entry !== "object" || entry === null || typeof (entry as { id?: unknown }).id !== "string") return;
    const { id, preferred, ...inputs } = entry as { id: string; preferred?: unknown };
    const schema = strictSchemaOf(id);
    if (schema === undefined) {
      issues.push({
        path: formatPath(["programs", index, "id"]),
        message: `unknown program "${id}"; known: ${programCatalog.map((program) => program.id).join(", ")}`,
      });
      return;
    }
    if (seen.has(id)) issues.push({ path: formatPath(["programs", index, "id"]), message: `program "${id}" is listed twice` });
    if (preferred !== undefined && typeof preferred !== "boolean") issues.push({ path: formatPath(["programs", index, "preferred"]), message: "expected true or false" });
    seen.add(id);
    const parsed = schema.safeParse(inputs);
    if (!parsed.success) issues.push(...issuesOf(parsed.error, ["programs", index]));
    else {
      const tooPrecise = tooPreciseInputs(id, parsed.data);
      if (tooPrecise.length > 0) {
        issues.push(...tooPrecise.map((field) => ({ path: formatPath(["programs", index, field.name]), message: `${field.label} can have at most ${PROGRAM_INPUT_DECIMALS} decimals.` })));
      } else programInputs.push({ id, inputs: parsed.data, ...(preferred === true ? { preferred: true } : {}) });
    }
  });
  return { issues, programInputs };
}

/** The request (dollars) as the engine's input (cents). */
export function modelRequestToOptionInput(request: ModelRequest, programInputs: { id: string; inputs: unknown; preferred?: boolean }[]): OptionInput {
  const { project } = request;
  const battery = project.battery ?? null;
  const customIncentives: CustomIncentiveInput[] = request.customIncentives.map((incentive, index) => {
    const id = incentive.id ?? `custom-${index + 1}`;
    switch (incentive.kind) {
      case "upfront":
        return {
          id,
          name: incentive.name,
          kind: "upfront",
          basis: incentive.basis,
          amountCents: dollarsToCents(incentive.amount),
          capCents: incentive.cap === undefined || incentive.cap === null ? null : dollarsToCents(incentive.cap),
          requiresProgramId: incentive.requiresProgram ?? null,
        };
      case "annual":
        return {
          id,
          name: incentive.name,
          kind: "annual",
          amountCents: dollarsToCents(incentive.amount),
          years: incentive.years,
          requiresProgramId: incentive.requiresProgram ?? null,
        };
      default: {
        const unhandled: never = incentive;
        throw new Error(`unhandled incentive ${String(unhandled)}`);
      }
    }
  });
  return {
    project: { state: project.state.toUpperCase(), segment: project.segment, utility: project.utility ?? null, tariff: project.tariff ?? null },
    system: { pvKw: project.pvKw, battery, ...(project.hasSolar === undefined ? {} : { hasSolar: project.hasSolar }) },
    costs: {
      solarCents: dollarsToCents(project.costs.solar),
      batteryCents: dollarsToCents(project.costs.battery),
      otherCents: dollarsToCents(project.costs.other),
    },
    // Without a typed figure, runModel puts the modelled bills' year-1 savings here.
    billSavingsYear1Cents: dollarsToCents(project.billSavingsYear1 ?? 0),
    assumptions: {
      years: project.assumptions.years,
      utilityEscalation: project.assumptions.utilityEscalation,
      discountRate: project.assumptions.discountRate,
      degradation: project.assumptions.degradation,
      omCostYearlyCents: dollarsToCents(project.assumptions.omCostYearly),
      omEscalation: project.assumptions.omEscalation,
      replacements: project.assumptions.replacements.map((replacement) => ({
        component: replacement.component,
        costCents: dollarsToCents(replacement.cost),
        warrantyYears: replacement.warrantyYears ?? WARRANTY_DEFAULTS[replacement.component].years,
        ...(replacement.repeats === undefined ? {} : { repeats: replacement.repeats }),
        ...(replacement.costEscalator === undefined ? {} : { costEscalator: replacement.costEscalator }),
      })),
      ...(project.assumptions.batteryFade === undefined ? {} : { batteryFade: project.assumptions.batteryFade }),
    },
    programs: programInputs,
    customIncentives,
    participation: request.participation,
    ...(request.proposalDate === undefined ? {} : { proposalDate: request.proposalDate }),
  };
}

const dollarsOf = (cents: readonly number[]): number[] => cents.map(centsToDollars);

function financialsToDollars(financials: Financials) {
  return {
    years: financials.years,
    systemCost: centsToDollars(financials.systemCostCents),
    upfrontIncentives: centsToDollars(financials.upfrontIncentivesCents),
    netCost: centsToDollars(financials.netCostCents),
    billSavings: dollarsOf(financials.billSavingsCents),
    programAnnual: financials.programAnnualCents.map((stream) => ({ id: stream.id, name: stream.name, annual: dollarsOf(stream.cents) })),
    omCost: dollarsOf(financials.omCostCents),
    // O&M and battery and inverter replacements together: what annualSavings subtracts.
    upkeep: dollarsOf(financials.upkeepCents),
    annualSavings: dollarsOf(financials.annualSavingsCents),
    cumulativeCashFlow: dollarsOf(financials.cumulativeCashFlowCents),
    // Ratios at full precision: rounding here and again for display could disagree with the app.
    paybackYears: financials.paybackYears,
    roi: financials.roi,
    npv: centsToDollars(financials.npvCents),
    irr: financials.irr,
    tenYearSavings: centsToDollars(financials.tenYearSavingsCents),
    lifetimeSavings: centsToDollars(financials.lifetimeSavingsCents),
  };
}

/** The evaluation in the command line's dollar JSON. */
export function toModelResponse(evaluation: OptionEvaluation, findings: readonly PlausibilityFinding[] = [], financing: readonly OptionFinancing[] = []) {
  return {
    proposalDate: evaluation.proposalDate,
    // Unusual but possible inputs, by the request's field (refusals never reach a response: they exit 2).
    warnings: findings.map((finding) => ({ path: findingPath(finding), message: finding.message })),
    availablePrograms: evaluation.availablePrograms.map((program) => program.id),
    // Programs that cannot both pay for one battery, both enabled: which one counts, and why.
    conflicts: evaluation.conflicts.map((conflict) => ({
      counted: conflict.countedId,
      notCounted: conflict.notCountedId,
      rule: conflict.rule,
      basis: conflict.basis,
      guidance: conflict.guidance,
      decidedBy: conflict.decidedBy,
    })),
    programs: evaluation.programs.map((program) => ({
      id: program.id,
      name: program.name,
      eligible: program.eligible,
      isCounted: program.isCounted,
      reasons: program.reasons,
      warnings: program.warnings,
      upfront: centsToDollars(program.upfrontCents),
      annual: dollarsOf(program.annualCents),
      // What a program set aside by an exclusion would pay were it counted instead (else null).
      benefitIfCounted:
        program.benefitIfCounted === null
          ? null
          : { upfront: centsToDollars(program.benefitIfCounted.upfrontCents), annual: dollarsOf(program.benefitIfCounted.annualCents) },
      explanation: program.explanation,
      rateVersion: program.rateVersion?.id ?? null,
      averageKw: program.averageKw,
      capBinding: program.capBinding,
      payee: program.payee,
      status: program.status?.kind ?? null,
      inputs: program.inputs,
    })),
    customIncentives: evaluation.customIncentives.map((incentive) => ({
      id: incentive.id,
      name: incentive.name,
      kind: incentive.kind,
      requiresProgram: incentive.requiresProgramId,
      isCounted: incentive.isCounted,
      upfront: centsToDollars(incentive.upfrontCents),
      annual: dollarsOf(incentive.annualCents),
      explanation: incentive.explanation,
      capBinding: incentive.capBinding,
    })),
    financials: {
      ...financialsToDollars(evaluation.financials.withGridServices),
      withoutGridServices: financialsToDollars(evaluation.financials.withoutGridServices),
    },
    // Only when the request asks: cash first, then each choice in its order.
    ...(financing.length === 0 ? {} : { financing: financing.map(financingToDollars) }),
  };
}
export type ModelResponse = ReturnType<typeof toModelResponse>;

/** One financing's schedule by year, in dollars: what is paid each year and, for a loan, interest and balance. */
function scheduleToDollars(schedule: FinancingFigures["schedule"]) {
  if (schedule === null) return null;
  switch (schedule.kind) {
    case "loan": {
      const { loan } = schedule;
      return {
        kind: "loan" as const,
        amountFinanced: centsToDollars(loan.amountFinancedCents),
        dealerFee: centsToDollars(loan.dealerFeeCents),
        downPayment: centsToDollars(loan.downPaymentCents),
        payment: centsToDollars(loan.paymentCents),
        paymentAfterPrepayment: loan.paymentAfterPrepaymentCents === null ? null : centsToDollars(loan.paymentAfterPrepaymentCents),
        totalInterest: centsToDollars(loan.totalInterestCents),
        years: loan.years.map((year) => ({
          year: year.year,
          payments: centsToDollars(year.paymentCents),
          interest: centsToDollars(year.interestCents),
          principal: centsToDollars(year.principalCents),
          prepayment: centsToDollars(year.prepaymentCents),
          balance: centsToDollars(year.balanceCents),
        })),
      };
    }
    case "lease": {
      const { lease } = schedule;
      return {
        kind: "lease" as const,
        upfrontPayment: centsToDollars(lease.upfrontPaymentCents),
        years: lease.years.map((year) => ({ year: year.year, monthlyPayment: centsToDollars(year.monthlyPaymentCents), payments: centsToDollars(year.paymentCents), buyout: centsToDollars(year.buyoutCents) })),
      };
    }
    case "ppa": {
      const { ppa } = schedule;
      return { kind: "ppa" as const, years: ppa.years.map((year) => ({ year: year.year, kwh: year.kwh, dollarsPerKwh: year.dollarsPerKwh, payments: centsToDollars(year.paymentCents) })) };
    }
    default: {
      const unhandled: never = schedule;
      throw new Error(`unhandled schedule ${String(unhandled)}`);
    }
  }
}

function figuresToDollars(figures: FinancingFigures) {
  return {
    netPrice: figures.netPriceCents === null ? null : centsToDollars(figures.netPriceCents),
    totalPaidForSystem: centsToDollars(figures.totalPaidForSystemCents),
    payments: dollarsOf(figures.paymentsCents),
    netCashFlow: dollarsOf(figures.netCashFlowCents),
    cumulative: dollarsOf(figures.cumulativeCents),
    lifetimeNet: centsToDollars(figures.lifetimeNetCents),
    payback: figures.payback,
    npv: centsToDollars(figures.npvCents),
    irr: figures.irr,
    irrNote: figures.irrNote,
    roi: figures.roi,
    explanation: figures.explanation,
  };
}

function financingToDollars(financing: OptionFinancing) {
  const figures = financing.withGridServices;
  return {
    kind: figures.kind,
    ownership: financing.ownership,
    schedule: scheduleToDollars(figures.schedule),
    ...figuresToDollars(figures),
    withoutGridServices: figuresToDollars(financing.withoutGridServices),
    taxCredits: { customer: centsToDollars(financing.tax.customerCreditsCents), lines: financing.tax.lines, notes: financing.tax.notes },
  };
}

export type ModelRun = { exitCode: 0; response: ModelResponse & { bills?: BillsResponse } } | { exitCode: 2; issues: ModelIssue[] };

/**
 * Indented JSON with arrays of numbers kept on one line (a 25-year array stays readable). Only
 * arrays JSON.stringify broke over lines are joined: a string cannot hold a raw newline, so no
 * text inside a string is touched.
 */
export function formatModelJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /\[\n\s+(-?[\d.eE+-]+(?:,\n\s+-?[\d.eE+-]+)*)\n\s*\]/g,
    (_, numbers: string) => `[${numbers.split(/,\n\s+/).join(", ")}]`,
  );
}

/**
 * The whole command, minus I/O: JSON text in, response or issues out. `files`: the text of each file the request
 * names (model-bills.ts `filesNamedIn`), keyed by the path as written; the script reads them.
 */
export function runModel(jsonText: string, files: ReadonlyMap<string, string> = new Map()): ModelRun {
  let document: unknown;
  try {
    document = JSON.parse(jsonText);
  } catch (error) {
    return { exitCode: 2, issues: [{ path: "(document)", message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = parseModelRequest(document);
  if (!parsed.ok) return { exitCode: 2, issues: parsed.issues };
  const input = modelRequestToOptionInput(parsed.request, parsed.programInputs);
  let bills: BillsResponse | undefined;
  const { request } = parsed;
  if (request.bills) {
    // One date for the bills and the engine: the tariff in force and the programs' rates are read on the same day.
    input.proposalDate ??= todayIsoDate();
    const battery = request.project.battery ?? null;
    const modelled = modelBills({
      bills: request.bills,
      project: { state: input.project.state, utility: input.project.utility ?? null, tariff: input.project.tariff ?? null, hasSolar: input.system.hasSolar ?? (input.system.pvKw > 0 || input.costs.solarCents > 0) },
      battery,
      programs: parsed.programInputs,
      proposalDate: input.proposalDate,
      files,
    });
    if (!modelled.ok) return { exitCode: 2, issues: modelled.issues };
    const typed = request.project.billSavingsYear1;
    // As on an option: a typed figure is the explicit override ("from my design tool"), and then the model's split
    // by source and its Grid Services effect do not apply either.
    if (typed === undefined) {
      const { year1 } = modelled.result.bills;
      input.billSavingsYear1Cents = (year1.solarCents + year1.batteryCents) as Cents;
      input.billsYear1 = year1;
    }
    bills = billsToDollars(modelled.result, typed === undefined ? null : dollarsToCents(typed));
  }
  const findings = checkPlausibility(input);
  const upkeepIssues = refusals(checkUpkeep(input)).map((finding) => ({ path: upkeepPath(finding, input), message: finding.message }));
  const refused = refusals(findings);
  if (refused.length > 0 || upkeepIssues.length > 0) return { exitCode: 2, issues: [...refused.map((finding) => ({ path: findingPath(finding), message: finding.message })), ...upkeepIssues] };
  const evaluation = evaluateOption(input);
  // Cash is always offered, as on the proposal; a lease's or PPA's incentives and program payments go to the owner.
  const choices: Financing[] = parsed.financing.length === 0 ? [] : [{ kind: "cash" }, ...parsed.financing.filter((choice) => choice.kind !== "cash")];
  const financing = choices.map((choice) =>
    optionFinancing({
      evaluation,
      financing: choice,
      project: input.project,
      hasSolar: input.system.hasSolar ?? (input.system.pvKw > 0 || input.costs.solarCents > 0),
      discountRate: input.assumptions.discountRate,
    }),
  );
  return { exitCode: 0, response: { ...toModelResponse(evaluation, findings, financing), ...(bills ? { bills } : {}) } };
}

/** A replacement's field as the request names it: "project.assumptions.replacements[0].cost". */
function upkeepPath(finding: UpkeepFinding, input: OptionInput): string {
  const index = (input.assumptions.replacements ?? []).findIndex((replacement) => replacement.component === finding.target.component);
  return formatPath(["project", "assumptions", "replacements", Math.max(index, 0), finding.target.field === "costCents" ? "cost" : "warrantyYears"]);
}

/** A plausibility finding's field as the request names it ("project.battery.capacityKwh", "programs[0].startYear"). */
function findingPath(finding: PlausibilityFinding): string {
  const { target } = finding;
  switch (target.kind) {
    case "system":
      return target.field === "pvKw" ? "project.pvKw" : "project.battery.capacityKwh";
    case "program":
      return formatPath(["programs", target.index, target.field]);
    case "customIncentive":
      return formatPath(["customIncentives", target.index, target.field]);
    default: {
      const unhandled: never = target;
      throw new Error(`unhandled target ${String(unhandled)}`);
    }
  }
}
