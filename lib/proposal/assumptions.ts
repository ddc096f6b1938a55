import type { OptionEvaluation, ProgramResult } from "../core/finance";
import { formatIsoDate } from "../core/dates/format";
import { formatKw, formatNumber, formatUsd } from "../core/money";
import { hasBattery } from "./battery-summary";
import { formatMoney } from "./figures";
import { countsModelledSavings } from "./option-bills";
import type { Participation, StoredOption } from "./option-input";

/**
 * The "Assumptions and sources" section, twice over: in plain words for the homeowner (`plain`), and as the installer
 * and the "Show the calculation" disclosure read it: finance inputs as figures, each program's rate version, source,
 * average kW and the engine's own arithmetic.
 */
export function buildAssumptions(option: StoredOption, evaluation: OptionEvaluation, participation: Participation = "expected") {
  const finance = [
    // The figure the engine counted: modelled from usage and the tariff, or typed from the installer's design tool.
    {
      label: countsModelledSavings(option) ? "Year-1 bill savings (modelled from usage and the tariff)" : "Year-1 bill savings (from the installer's design tool)",
      value: formatUsd(evaluation.financials.withoutGridServices.billSavingsCents[0] ?? option.billSavingsYear1Cents),
    },
    { label: "Utility rate escalation", value: `${formatNumber(option.utilityEscalationPercent)}% a year` },
    { label: "Panel degradation", value: `${formatNumber(option.degradationPercent)}% a year` },
    ...(option.batteryFadePercent === undefined ? [] : [{ label: "Battery capacity fade", value: `${formatNumber(option.batteryFadePercent)}% of the original a year` }]),
    { label: "Discount rate (NPV)", value: `${formatNumber(option.discountRatePercent)}%` },
    { label: "Horizon", value: `${option.horizonYears} years` },
    { label: "Yearly O&M cost", value: option.omCostYearlyCents > 0 ? formatUsd(option.omCostYearlyCents) : "None" },
  ];
  const programs = evaluation.programs
    .filter((program) => program.isKnown)
    .map((program) => ({
      id: program.id,
      name: program.name,
      rateVersion: program.rateVersion
        ? { id: program.rateVersion.id, effectiveDate: program.rateVersion.effectiveDate, sourceTitle: program.rateVersion.sourceTitle, sourceUrl: program.rateVersion.sourceUrl }
        : null,
      averageKw: program.averageKw ? { text: formatKw(program.averageKw.kw), source: program.averageKw.source } : null,
      statusNote: program.status && program.status.kind !== "open" ? program.status.note : null,
      // An uncounted program says why: not eligible, invalid inputs, or set aside for a program it excludes.
      explanation: program.isCounted
        ? program.explanation
        : [
            ...program.reasons,
            ...program.conflicts.filter((conflict) => conflict.notCountedId === program.id).map((conflict) => conflict.notCountedMessage),
            ...program.inputIssues.map((issue) => `${issue.path}: ${issue.message}`),
          ],
    }));
  return { finance, programs, plain: plainAssumptions(option, evaluation, participation) };
}

export type PlainProgramAssumption = { id: string; name: string; lines: string[] };

/**
 * The assumptions as sentences a homeowner reads without a glossary: no rate ids, no arithmetic, no discount rate
 * (those are in the calculation). Only the programs that count are described: one set aside is the installer's
 * business, and the customer's proposal never mentions it elsewhere.
 */
function plainAssumptions(option: StoredOption, evaluation: OptionEvaluation, participation: Participation): { finance: string[]; programs: PlainProgramAssumption[] } {
  const finance = [
    billSentence(evaluation.financials.withoutGridServices.billSavingsCents[0] ?? option.billSavingsYear1Cents, countsModelledSavings(option)),
    escalationSentence(option.utilityEscalationPercent),
    ...(option.pvKw > 0 ? [degradationSentence(option.degradationPercent)] : []),
    ...(option.batteryFadePercent !== undefined && hasBattery(option)
      ? [`The battery holds ${formatNumber(option.batteryFadePercent)}% less of its original charge each year, so payments that depend on its charge shrink as it ages.`]
      : []),
    option.omCostYearlyCents > 0 ? `Upkeep costs ${formatMoney(option.omCostYearlyCents)} in the first year, taken off the savings.` : "No yearly upkeep cost is counted.",
    `The figures cover ${option.horizonYears} years from installation.`,
  ];
  const programs = evaluation.programs.filter((program) => program.isCounted).map((program) => ({ id: program.id, name: program.name, lines: plainProgramLines(program, option, participation) }));
  return { finance, programs };
}

function billSentence(cents: number, isModelled: boolean): string {
  if (cents === 0) return "No change to your electricity bills is counted.";
  const how = isModelled ? "worked out hour by hour from your past year's use and your utility's rates" : "as your installer estimated them";
  return cents > 0
    ? `Your electricity bills are about ${formatMoney(cents)} lower in the first year, ${how}.`
    : `Your electricity bills are about ${formatMoney(-cents)} higher in the first year, ${how}.`;
}

function escalationSentence(percent: number): string {
  if (percent === 0) return "Electricity prices are assumed to stay as they are.";
  return percent > 0
    ? `Electricity prices rise ${formatNumber(percent)}% a year, so the bill savings grow with them.`
    : `Electricity prices fall ${formatNumber(-percent)}% a year, so the bill savings shrink with them.`;
}

function degradationSentence(percent: number): string {
  return percent === 0 ? "The solar panels are assumed to keep their output." : `The solar panels make ${formatNumber(percent)}% less electricity each year as they age.`;
}

const participationWords: Record<Participation, string> = {
  low: "fewer grid events than usual (a cautious estimate)",
  expected: "the grid events a battery like yours usually serves",
  high: "every grid event called",
};

function plainProgramLines(program: ProgramResult, option: StoredOption, participation: Participation): string[] {
  const lines: string[] = [];
  if (program.averageKw) {
    lines.push(
      program.averageKw.source === "override"
        ? `Your battery is counted as delivering about ${formatKw(program.averageKw.kw)} on average during a grid event: your installer's figure.`
        : `Your battery is counted as delivering about ${formatKw(program.averageKw.kw)} on average during a grid event, worked out from its size, the ${formatNumber(option.reservePercent)}% backup reserve you keep, how long events last, and ${participationWords[participation]}.`,
    );
  }
  if (program.rateVersion) {
    lines.push(`Payment rates as the program publishes them, in force from ${formatIsoDate(program.rateVersion.effectiveDate)} (source: ${program.rateVersion.sourceTitle}).`);
  }
  if (program.status && program.status.kind !== "open") lines.push(program.status.note);
  return lines;
}
