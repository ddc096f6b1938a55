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
import {
  latestRateVersion,
  modelAveragePower,
  performanceFields,
  performanceInputShape,
  rateVersionField,
  rateVersionSchema,
  selectRateVersion,
} from "../performance-inputs";
import type { PerformanceDefaults } from "../performance-inputs";
import { annualByProjectYear, describeProgramYears, describeSchedule } from "../schedule";
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
    notes: "$225 per average kW performed each summer, locked for the first five summers of enrollment. Effective date approximate.",
    rates: { summerDollarsPerKw: 225, lockedSummers: 5 },
  },
];

const PERFORMANCE_DEFAULTS: PerformanceDefaults = {
  eventDurationHours: 3,
  maxEventDurationHours: 3,
  paidSeasonsAssumption: "Blank: every summer of the horizon (the program has no announced end).",
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
  ratesVerifiedOn: "2026-11-23",
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
    rateVersionField(RATE_VERSIONS, "Rates of the enrollment season"),
  ],
  compute(context, inputs) {
    const enrolled = selectRateVersion(RATE_VERSIONS, inputs.rateVersion);
    const current = latestRateVersion(RATE_VERSIONS);
    const explanation: string[] = [];
    const warnings: string[] = [];

    const power = modelAveragePower(context, inputs, {
      // A battery without solar may not export: it only covers the home's load.
      exportAllowed: context.hasSolar,
      eventSeasonDaysPerYear: EVENT_SEASON_DAYS_PER_YEAR,
    });
    explanation.push(...power.explanation);
    const kw = power.average.kw;

    const lockedSummers = enrolled.rates.lockedSummers;
    const lockedCents = roundCents(kw * enrolled.rates.summerDollarsPerKw * 100);
    const laterCents = roundCents(kw * current.rates.summerDollarsPerKw * 100);
    const startYear = inputs.startYear;
    if (enrolled === current) {
      explanation.push(
        `Each summer: ${formatKw(kw)} × ${formatUsdPer(enrolled.rates.summerDollarsPerKw, "kW")} = ${formatUsd(lockedCents)} ` +
          `(rate locked for the first ${lockedSummers} summers; later summers assume today's rate continues)`,
      );
    } else {
      explanation.push(
        `${describeProgramYears(1, lockedSummers, startYear)}, rate of the enrollment season locked: ${formatKw(kw)} × ${formatUsdPer(enrolled.rates.summerDollarsPerKw, "kW")} = ${formatUsd(lockedCents)}`,
        `${describeProgramYears(lockedSummers + 1, undefined, startYear)}, current rate assumed to continue: ${formatKw(kw)} × ${formatUsdPer(current.rates.summerDollarsPerKw, "kW")} = ${formatUsd(laterCents)}`,
      );
    }

    const isPaidToContractor = inputs.payee === "contractor";
    if (isPaidToContractor) {
      explanation.push("Seasonal payments go to the contractor in exchange for a lower price: the customer receives none of them ($0 a year).");
      warnings.push("ConnectedSolutions RI payments go to the contractor: enter the price reduction given in exchange as a custom upfront incentive.");
    }

    const schedule = { years: context.years, startYear, paidSeasons: inputs.paidSeasons };
    const annualCents = annualByProjectYear(
      schedule,
      isPaidToContractor
        ? []
        : [
            { fromProgramYear: 1, toProgramYear: lockedSummers, cents: lockedCents },
            { fromProgramYear: lockedSummers + 1, cents: laterCents },
          ],
    );
    explanation.push(...describeSchedule(schedule, PERFORMANCE_DEFAULTS.paidSeasonsAssumption));
    explanation.push(describeRateSource(enrolled));

    return {
      upfrontCents: 0,
      annualCents,
      explanation,
      warnings,
      rateVersion: enrolled,
      averageKw: power.average,
      capBinding: null,
      payee: { annual: inputs.payee },
    };
  },
});
