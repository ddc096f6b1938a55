/**
 * PG&E Emergency Load Reduction Program (docs/programs.md, "PG&E Emergency Load Reduction Program").
 * Pays per kWh of credited load reduction: what the battery delivers during an event minus what
 * it would have discharged anyway to serve the home. A season total below the minimum payout is
 * not paid.
 *
 *   credited kW  = average delivered kW − home load × share of events served
 *   season pay   = credited kW × event hours in the season × $/kWh   (0 if below the minimum)
 *
 * This is the same as docs/programs.md's "credited kWh per event × events served × $/kWh": the season
 * average already carries the share of events served.
 */
import { z } from "zod";
import { dollarsToCents, roundCents, roundKw, roundKwh, roundToPlaces } from "../../money/round";
import { formatKw, formatKwh, formatNumber, formatPercent, formatUsd, formatUsdPer } from "../../money/format";
import { defineProgram, describeRateSource } from "../define-program";
import { averagePowerModel, performanceFields, performanceInputShape, rateVersionSchema, selectRateVersion } from "../performance-inputs";
import { computeAveragePower } from "../average-power";
import { applyFade } from "../fade";
import type { PerformanceDefaults } from "../performance-inputs";
import { annualByProjectYear, describeSchedule } from "../schedule";
import type { RateVersion } from "../types";

export interface ElrpRates {
  dollarsPerKwh: number;
  /** Event hours PG&E schedules in a season (May 1 to October 31). */
  eventHoursPerSeason: { min: number; max: number };
}

// Source: Enphase, "Emergency Load Reduction Program" (installer page, grid services, California),
// https://enphase.com/installers/grid-services/california/emergency-load-reduction-program, and the
// administrator's customer FAQ, https://elrp.olivineinc.com/customer-faq/. Checked 2026-11-23.
const RATE_VERSIONS: readonly RateVersion<ElrpRates>[] = [
  {
    id: "elrp/2021",
    effectiveDate: "2021-05-01",
    sourceTitle: "Enphase installer page: Emergency Load Reduction Program (PG&E)",
    sourceUrl: "https://enphase.com/installers/grid-services/california/emergency-load-reduction-program",
    checkedOn: "2026-11-23",
    notes:
      "$2 per kWh of credited load reduction; events of 1 to 3 hours between 4 and 9 p.m.; 20 to 60 event hours a season, May 1 to October 31. " +
      "D.23-12-005 changed the incentive value for residential (A.6, Power Saver Rewards) participants; the manufacturer route still quotes $2/kWh. " +
      "No minimum payout is published on these pages: it is an input.",
    rates: { dollarsPerKwh: 2, eventHoursPerSeason: { min: 20, max: 60 } },
  },
];

const PAID_SEASONS_ASSUMPTION =
  "Default 1: the administrator calls ELRP a seven-year pilot that began in 2021, so 2027 is its last authorized season. Raise it if the CPUC extends the pilot.";

const PERFORMANCE_DEFAULTS: PerformanceDefaults = {
  eventDurationHours: 2,
  // PG&E calls events of 1 to 3 hours today; up to 5 in earlier years.
  maxEventDurationHours: 5,
  paidSeasons: 1,
  paidSeasonsAssumption: PAID_SEASONS_ASSUMPTION,
};

/**
 * 40 event hours: the midpoint of PG&E's 20 to 60. With the other defaults it puts a typical
 * battery inside the seed's $100 to $250 a year (see elrp.test.ts).
 */
const DEFAULT_EVENT_HOURS = 40;

/** May 1 to October 31. */
const EVENT_SEASON_DAYS_PER_YEAR = 184;

const inputSchema = z.object({
  ...performanceInputShape(PERFORMANCE_DEFAULTS),
  eventHoursPerSeason: z.number().min(0).max(200).default(DEFAULT_EVENT_HOURS),
  minimumPayoutDollars: z.number().min(0).max(10_000).default(0),
  rateVersion: rateVersionSchema(RATE_VERSIONS),
});
export type ElrpInputs = z.output<typeof inputSchema>;

export const elrp = defineProgram({
  id: "elrp",
  name: "PG&E Emergency Load Reduction Program",
  shortName: "ELRP",
  administrator: "PG&E (implemented by Olivine); batteries take part through their manufacturer",
  states: ["CA"],
  utilities: ["PG&E"],
  utilityAliases: ["Pacific Gas and Electric", "Pacific Gas & Electric"],
  paysHow: "$2 per kWh of load reduction PG&E credits during emergency events (May to October), paid after each season.",
  status: {
    kind: "open",
    note: "A CPUC pilot authorized through the 2027 season. Some battery manufacturers have closed new ELRP enrollments: confirm that the customer's manufacturer still enrolls.",
  },
  ratesVerifiedOn: "2026-11-23",
  payee: { annual: "customer" },
  benefits: ["annual"],
  rateVersions: RATE_VERSIONS,
  inputSchema,
  fields: [
    ...performanceFields(PERFORMANCE_DEFAULTS),
    {
      name: "eventHoursPerSeason",
      label: "Event hours per season",
      kind: "number",
      unit: "h",
      min: 0,
      step: 1,
      help: `Default ${DEFAULT_EVENT_HOURS} h, the midpoint of the 20 to 60 event hours PG&E schedules.`,
    },
    {
      name: "minimumPayoutDollars",
      label: "Minimum season payout",
      kind: "number",
      unit: "$",
      min: 0,
      step: 1,
      help: "PG&E may set a minimum: a season total below it is not paid. Default $0 (none published).",
    },
  ],
  compute(context, inputs) {
    const selected = selectRateVersion(RATE_VERSIONS, inputs.rateVersion, context.proposalDate);
    const version = selected.version;
    const rates = version.rates;
    const explanation: string[] = [];
    const warnings: string[] = [
      "Some manufacturers have closed new ELRP enrollments: confirm that the customer's manufacturer still enrolls.",
      ...(selected.warning === null ? [] : [selected.warning]),
    ];

    const model = averagePowerModel(context, inputs, {
      // Export needs a Rule 21 export permit, which a battery paired with solar has.
      exportAllowed: context.hasSolar,
      eventSeasonDaysPerYear: EVENT_SEASON_DAYS_PER_YEAR,
    });
    const power = computeAveragePower(model);
    explanation.push(...power.explanation);
    if (!context.hasSolar) {
      warnings.push("No solar on site: the battery cannot export, so it only covers the home's load and earns little or no ELRP credit.");
    }

    // Each figure is rounded as it is printed, so the two lines below add up by hand.
    const share = power.shareOfEventsServed;
    const homeLoadKw = roundKw(inputs.homeLoadKw);
    const homeBaselineKw = roundKw(homeLoadKw * share);
    const isCredited = power.average.kw > homeBaselineKw;
    const creditedKw = isCredited ? roundKw(power.average.kw - homeBaselineKw) : 0;
    const eventHours = roundToPlaces(inputs.eventHoursPerSeason, 2);
    const creditedKwh = roundKwh(creditedKw * eventHours);
    const seasonCents = roundCents(creditedKwh * rates.dollarsPerKwh * 100);
    const minimumCents = dollarsToCents(inputs.minimumPayoutDollars);
    const isBelowMinimum = seasonCents < minimumCents;
    const paidCents = isBelowMinimum ? 0 : seasonCents;

    const baseline = `${formatKw(homeBaselineKw)} the battery would serve anyway (home load ${formatKw(homeLoadKw)} × ${formatPercent(share)} of events)`;
    explanation.push(
      isCredited
        ? `Credited load reduction: ${formatKw(power.average.kw)} delivered − ${baseline} = ${formatKw(creditedKw)}`
        : // Less than the home's own load: nothing is credited (never a negative credit).
          `Credited load reduction: none, the ${formatKw(power.average.kw)} delivered is not more than the ${baseline}`,
      `Season: ${formatKw(creditedKw)} × ${formatNumber(eventHours)} event hours = ${formatKwh(creditedKwh)} × ` +
        `${formatUsdPer(rates.dollarsPerKwh, "kWh")} = ${formatUsd(seasonCents)}`,
    );
    if (minimumCents > 0) {
      explanation.push(
        isBelowMinimum
          ? `Below the ${formatUsd(minimumCents)} minimum payout: nothing is paid for the season`
          : `Minimum payout ${formatUsd(minimumCents)}: met`,
      );
    }
    if (
      inputs.eventHoursPerSeason < rates.eventHoursPerSeason.min ||
      inputs.eventHoursPerSeason > rates.eventHoursPerSeason.max
    ) {
      warnings.push(
        `${formatNumber(inputs.eventHoursPerSeason)} event hours is outside the ${rates.eventHoursPerSeason.min} to ${rates.eventHoursPerSeason.max} PG&E schedules.`,
      );
    }

    const schedule = { years: context.years, startYear: inputs.startYear, paidSeasons: inputs.paidSeasons };
    const faded = applyFade(annualByProjectYear(schedule, [{ fromProgramYear: 1, cents: paidCents }]), model, context.batteryFadePerYear);
    explanation.push(...faded.explanation);
    explanation.push(...describeSchedule(schedule, PAID_SEASONS_ASSUMPTION));
    explanation.push(selected.line, describeRateSource(version));

    return { upfrontCents: 0, annualCents: faded.annualCents, explanation, warnings, rateVersion: version, averageKw: power.average, capBinding: null };
  },
});
