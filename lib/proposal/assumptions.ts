import type { OptionEvaluation } from "../core/finance";
import { formatKw, formatNumber, formatUsd } from "../core/money";
import type { StoredOption } from "./option-input";

/** The "Assumptions and sources" section: finance inputs as text, and each counted program's rates, source and average kW. */
export function buildAssumptions(option: StoredOption, evaluation: OptionEvaluation) {
  const finance = [
    { label: "Year-1 bill savings", value: formatUsd(option.billSavingsYear1Cents) },
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
  return { finance, programs };
}
