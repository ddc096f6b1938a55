/**
 * ConnectedSolutions, Massachusetts (docs/programs.md, "ConnectedSolutions, Massachusetts").
 *
 *   annual = average summer kW × summer $/kW + average winter kW × winter $/kW
 *
 * The rates in force when the customer enrolls (the proposal date) hold for the first five summers; later seasons
 * are assumed to pay the same. Winter counts only when the installer enters a winter figure (Mass Save's own
 * example counts the summer only), and the program is counted for 10 seasons unless the installer says otherwise.
 */
import { z } from "zod";
import { roundCents, roundKw } from "../../money/round";
import type { Cents } from "../../money/round";
import { formatKw, formatUsd, formatUsdPer } from "../../money/format";
import { defineProgram, describeRateSource } from "../define-program";
import { computeAveragePower } from "../average-power";
import { applyFade } from "../fade";
import { averagePowerModel, performanceFields, performanceInputShape, rateVersionSchema, selectRateVersion } from "../performance-inputs";
import type { PerformanceDefaults } from "../performance-inputs";
import { annualByProjectYear, describeSchedule } from "../schedule";
import type { RateVersion } from "../types";

export interface ConnectedSolutionsMaRates {
  summerDollarsPerKw: number;
  winterDollarsPerKw: number;
  /** Summers for which the enrollment season's rates hold. */
  lockedSummers: number;
}

// Sources:
// - Cape Light Compact, "Enroll your home battery storage system" (2023 season table),
//   https://www.capelightcompact.org/enrollmybattery/ : $275/kW summer, locked for 5 summers.
// - Mass Save, "ConnectedSolutions: batteries",
//   https://www.masssave.com/en/saving/residential-rebates/connectedsolutions-batteries/ :
//   $225/kW summer, $50/kW winter; 60 summer events at most, 5 winter events, 3 hours each.
// Checked 2026-12-03: a new enrollment gets the 2025 rates; 2023's $275 applies only to batteries enrolled then.
const RATE_VERSIONS: readonly RateVersion<ConnectedSolutionsMaRates>[] = [
  {
    id: "connected-solutions-ma/2023",
    effectiveDate: "2023-06-01",
    sourceTitle: "Cape Light Compact: Enroll your home battery storage system (2023 season)",
    sourceUrl: "https://www.capelightcompact.org/enrollmybattery/",
    checkedOn: "2026-12-03",
    notes:
      "$275/kW summer, 30 to 60 events, 3 p.m. to 8 p.m., locked for the first 5 summers. The table lists no winter rate: Mass Save's $50/kW is assumed.",
    rates: { summerDollarsPerKw: 275, winterDollarsPerKw: 50, lockedSummers: 5 },
  },
  {
    id: "connected-solutions-ma/2025",
    effectiveDate: "2025-06-01",
    sourceTitle: "Mass Save: ConnectedSolutions for batteries",
    sourceUrl: "https://www.masssave.com/en/saving/residential-rebates/connectedsolutions-batteries/",
    checkedOn: "2026-12-03",
    notes:
      "$225/kW summer (June 1 to September 30, 2 to 7 p.m., at most 60 events of at most 3 hours) and $50/kW winter (December 1 to March 31, at most 5 events). " +
      "Effective date approximate. Mass Save's own example ($1,125 a year for 5 kW) counts the summer only; with winter the same battery earns $1,375.",
    rates: { summerDollarsPerKw: 225, winterDollarsPerKw: 50, lockedSummers: 5 },
  },
];

/**
 * Ten seasons: the program has no announced end, but its rates are set in three-year plans and a battery's
 * warranty (the term a homeowner can rely on it for) is typically 10 years.
 */
export const DEFAULT_PAID_SEASONS = 10;

const PERFORMANCE_DEFAULTS: PerformanceDefaults = {
  eventDurationHours: 3,
  maxEventDurationHours: 3,
  paidSeasons: DEFAULT_PAID_SEASONS,
  paidSeasonsAssumption:
    "Default 10: a typical battery warranty term. The program has no announced end, but its rates are set in three-year plans; enter more to count longer.",
};

/** Summer June–September (122 days) and winter December–March (121 days). */
const EVENT_SEASON_DAYS_PER_YEAR = 243;

/** A year's pay at one version's rates, and the line that shows it. */
function seasonPay(version: RateVersion<ConnectedSolutionsMaRates>, summerKw: number, winterKw: number): { cents: Cents; line: string } {
  const summerCents = roundCents(summerKw * version.rates.summerDollarsPerKw * 100);
  const winterCents = roundCents(winterKw * version.rates.winterDollarsPerKw * 100);
  return {
    cents: summerCents + winterCents,
    line:
      `summer ${formatKw(summerKw)} × ${formatUsdPer(version.rates.summerDollarsPerKw, "kW")} = ${formatUsd(summerCents)} + ` +
      `winter ${formatKw(winterKw)} × ${formatUsdPer(version.rates.winterDollarsPerKw, "kW")} = ${formatUsd(winterCents)}; ` +
      `${formatUsd(summerCents + winterCents)} a year`,
  };
}

const inputSchema = z.object({
  ...performanceInputShape(PERFORMANCE_DEFAULTS),
  winterAverageDeliveredKw: z.number().min(0).max(1000).optional(),
  rateVersion: rateVersionSchema(RATE_VERSIONS),
});
export type ConnectedSolutionsMaInputs = z.output<typeof inputSchema>;

export const connectedSolutionsMa = defineProgram({
  id: "connected-solutions-ma",
  name: "ConnectedSolutions (Massachusetts)",
  shortName: "ConnectedSolutions MA",
  administrator: "Mass Save sponsors: National Grid, Eversource, Unitil, Cape Light Compact",
  states: ["MA"],
  utilities: ["National Grid", "Eversource", "Unitil", "Cape Light Compact"],
  utilityAliases: ["Massachusetts Electric", "NSTAR", "Fitchburg Gas and Electric"],
  paysHow: "A payment per kW of the battery's average contribution during summer and winter events, each season; the enrollment season's rates hold for five summers.",
  status: { kind: "open", note: "Bring your own device: enroll through the battery's manufacturer or installer." },
  ratesVerifiedOn: "2026-11-23",
  payee: { annual: "customer" },
  benefits: ["annual"],
  rateVersions: RATE_VERSIONS,
  inputSchema,
  fields: [
    ...performanceFields(PERFORMANCE_DEFAULTS),
    {
      name: "winterAverageDeliveredKw",
      label: "Average winter power (override)",
      kind: "number",
      unit: "kW",
      min: 0,
      step: 0.1,
      optional: true,
      help: "Blank: summer only, as Mass Save's own example counts it (winter has at most 5 events). Enter the battery's winter average to count winter.",
    },
  ],
  compute(context, inputs) {
    const selected = selectRateVersion(RATE_VERSIONS, inputs.rateVersion, context.proposalDate);
    const version = selected.version;
    const explanation: string[] = [];

    // A battery without solar may not export: it only covers the home's load.
    const model = averagePowerModel(context, inputs, { exportAllowed: context.hasSolar, eventSeasonDaysPerYear: EVENT_SEASON_DAYS_PER_YEAR });
    const power = computeAveragePower(model);
    explanation.push(...power.explanation);
    const summerKw = power.average.kw;
    const winterKw = inputs.winterAverageDeliveredKw === undefined ? 0 : roundKw(inputs.winterAverageDeliveredKw);
    explanation.push(
      inputs.winterAverageDeliveredKw === undefined
        ? "Winter not counted: no winter figure entered (Mass Save's own example counts the summer only)"
        : `Average winter power: ${formatKw(winterKw)}, the installer's figure`,
    );

    const pay = seasonPay(version, summerKw, winterKw);
    explanation.push(
      `Each year: ${pay.line} (rates locked for the first ${version.rates.lockedSummers} summers; later years assume they continue)`,
    );

    const schedule = { years: context.years, startYear: inputs.startYear, paidSeasons: inputs.paidSeasons };
    const faded = applyFade(annualByProjectYear(schedule, [{ fromProgramYear: 1, cents: pay.cents }]), model, context.batteryFadePerYear);
    explanation.push(...faded.explanation);
    explanation.push(...describeSchedule(schedule, PERFORMANCE_DEFAULTS.paidSeasonsAssumption));
    explanation.push(selected.line, describeRateSource(version));

    return {
      upfrontCents: 0,
      annualCents: faded.annualCents,
      explanation,
      warnings: selected.warning === null ? [] : [selected.warning],
      rateVersion: version,
      averageKw: power.average,
      capBinding: null,
    };
  },
});
