/**
 * ConnectedSolutions, Rhode Island (docs/programs.md, "ConnectedSolutions, Rhode Island").
 *
 *   annual = average summer kW × summer $/kW   (summer only; rate locked for the first five summers)
 *
 * Some implementers take the seasonal payments in exchange for a lower upfront price. With
 * `payee: "contractor"` the customer receives no annual payment from the program; the installer
 * enters the price reduction given in exchange as a custom upfront incentive.
 */
import { z } from "zod";
import { roundCents } from "../../money/round";
import { formatKw, formatUsd, formatUsdPer } from "../../money/format";
import { defineProgram, describeRateSource } from "../define-program";
import { computeAveragePower } from "../average-power";
import { DEFAULT_PAID_SEASONS } from "../connected-solutions-ma/program";
import { applyFade } from "../fade";
import { averagePowerModel, performanceFields, performanceInputShape, rateVersionSchema, selectRateVersion } from "../performance-inputs";
import type { PerformanceDefaults } from "../performance-inputs";
import { annualByProjectYear, describeSchedule } from "../schedule";
import type { PayeeKind, RateVersion } from "../types";

export interface ConnectedSolutionsRiRates {
  summerDollarsPerKw: number;
  /** Summers for which the enrollment season's rate holds. */
  lockedSummers: number;
}

// Source: Rhode Island Energy, "ConnectedSolutions: Battery Program",
// https://rienergy.com/site/ways-to-save/save-money-with-rebates-and-incentives/connectedsolutions/battery-program
// Events June to September, 3 to 8 p.m., at most 3 hours, no more than 60 a season; $225 per
// average kW performed each summer, locked for the first five summers. Checked 2026-11-23.
const RATE_VERSIONS: readonly RateVersion<ConnectedSolutionsRiRates>[] = [
  {
    id: "connected-solutions-ri/2024",
    effectiveDate: "2024-06-01",
    sourceTitle: "Rhode Island Energy: ConnectedSolutions Battery Program",
    sourceUrl:
      "https://rienergy.com/site/ways-to-save/save-money-with-rebates-and-incentives/connectedsolutions/battery-program",
    checkedOn: "2026-12-03",
    notes: "$225 per average kW performed each summer, locked for the first five summers of enrollment. Effective date approximate.",
    rates: { summerDollarsPerKw: 225, lockedSummers: 5 },
  },
];

const PERFORMANCE_DEFAULTS: PerformanceDefaults = {
  eventDurationHours: 3,
  maxEventDurationHours: 3,
  paidSeasons: DEFAULT_PAID_SEASONS,
  paidSeasonsAssumption:
    "Default 10: a typical battery warranty term. The program has no announced end, but its rates are set in three-year plans; enter more to count longer.",
};

/** June 1 to September 30. */
const EVENT_SEASON_DAYS_PER_YEAR = 122;

const PAYEES = ["customer", "contractor"] as const satisfies readonly PayeeKind[];

const inputSchema = z.object({
  ...performanceInputShape(PERFORMANCE_DEFAULTS),
  payee: z.enum(PAYEES).default("customer"),
  rateVersion: rateVersionSchema(RATE_VERSIONS),
});
export type ConnectedSolutionsRiInputs = z.output<typeof inputSchema>;

export const connectedSolutionsRi = defineProgram({
  id: "connected-solutions-ri",
  name: "ConnectedSolutions (Rhode Island)",
  shortName: "ConnectedSolutions RI",
  administrator: "Rhode Island Energy",
  states: ["RI"],
  utilities: ["Rhode Island Energy"],
  utilityAliases: ["National Grid", "Narragansett Electric"],
  paysHow: "A payment per kW of the battery's average contribution during summer events, each summer; the enrollment rate holds for five summers.",
  status: { kind: "open", note: "Bring your own device: enroll through a listed battery implementer." },
  ratesVerifiedOn: "2026-12-03",
  payee: { annual: "customer" },
  benefits: ["annual"],
  rateVersions: RATE_VERSIONS,
  inputSchema,
  fields: [
    {
      name: "payee",
      label: "Seasonal payments go to",
      kind: "select",
      options: [
        { value: "customer", label: "The customer" },
        { value: "contractor", label: "The contractor (for a lower price)" },
      ],
      help: "Contractor: the customer gets no seasonal payment; enter the price reduction as a custom upfront incentive.",
    },
    ...performanceFields(PERFORMANCE_DEFAULTS),
  ],
  compute(context, inputs) {
    const selected = selectRateVersion(RATE_VERSIONS, inputs.rateVersion, context.proposalDate);
    const version = selected.version;
    const explanation: string[] = [];
    const warnings: string[] = selected.warning === null ? [] : [selected.warning];

    // A battery without solar may not export: it only covers the home's load.
    const model = averagePowerModel(context, inputs, { exportAllowed: context.hasSolar, eventSeasonDaysPerYear: EVENT_SEASON_DAYS_PER_YEAR });
    const power = computeAveragePower(model);
    explanation.push(...power.explanation);
    const kw = power.average.kw;

    const cents = roundCents(kw * version.rates.summerDollarsPerKw * 100);
    explanation.push(
      `Each summer: ${formatKw(kw)} × ${formatUsdPer(version.rates.summerDollarsPerKw, "kW")} = ${formatUsd(cents)} ` +
        `(rate locked for the first ${version.rates.lockedSummers} summers; later summers assume it continues)`,
    );

    const isPaidToContractor = inputs.payee === "contractor";
    if (isPaidToContractor) {
      explanation.push("Seasonal payments go to the contractor in exchange for a lower price: the customer receives none of them ($0 a year).");
      warnings.push("ConnectedSolutions RI payments go to the contractor: enter the price reduction given in exchange as a custom upfront incentive tied to this program.");
    }

    const schedule = { years: context.years, startYear: inputs.startYear, paidSeasons: inputs.paidSeasons };
    const faded = applyFade(annualByProjectYear(schedule, isPaidToContractor ? [] : [{ fromProgramYear: 1, cents }]), model, context.batteryFadePerYear);
    if (!isPaidToContractor) explanation.push(...faded.explanation);
    explanation.push(...describeSchedule(schedule, PERFORMANCE_DEFAULTS.paidSeasonsAssumption));
    explanation.push(selected.line, describeRateSource(version));

    return {
      upfrontCents: 0,
      annualCents: faded.annualCents,
      explanation,
      warnings,
      rateVersion: version,
      averageKw: power.average,
      capBinding: null,
      payee: { annual: inputs.payee },
    };
  },
});
