/**
 * Demand Side Grid Support, incentive Option 3 (storage virtual power plant)
 * (docs/programs.md, "Demand Side Grid Support (DSGS), California").
 *
 *   annual = average delivered kW × $/kW-season of the tariff framework, for the paid seasons
 *
 * NEM 1.0 / 2.0: the battery may not export, so its delivered power is capped by the home's load.
 * NBT: it may export when approved (charged only from onsite solar); an NBT system that is not
 * approved for export falls back to the NEM 1.0 / 2.0 framework.
 *
 * Funding: no season after the last funded one is counted by default. The default number of paid
 * seasons is the seasons left through that season, counted from the proposal date.
 */
import { z } from "zod";
import { roundCents } from "../../money/round";
import { formatKw, formatUsd, formatUsdPer } from "../../money/format";
import { defineProgram, describeRateSource } from "../define-program";
import { averagePowerModel, performanceFields, performanceInputShape, rateVersionSchema, selectRateVersion } from "../performance-inputs";
import { computeAveragePower } from "../average-power";
import { applyFade } from "../fade";
import type { PerformanceDefaults } from "../performance-inputs";
import { annualByProjectYear, describeSchedule } from "../schedule";
import type { ProgramContext, RateVersion, Tariff } from "../types";

/** "nem": NEM 1.0 / 2.0 rules, no export. "nbt-export": Net Billing Tariff, approved for export. */
export type DsgsFramework = "nem" | "nbt-export";

export interface DsgsRates {
  dollarsPerKwSeason: Record<DsgsFramework, number>;
}

// Source: California Solar & Storage Association, "California Energy Commission's Demand Side
// Grid Support Program" (members' fact sheet, last updated May 5, 2026),
// https://calssa.org/demand-side-grid-support-program, and the administrator's FAQ,
// https://dsgs.olivineinc.com/faq/. Checked 2026-11-23.
// The guidelines pay Option 3 providers on capacity and energy, and providers pass on their own
// share; no public per-kW figure for homeowners exists. These per-kW-season rates are
// Gridfolio's calibration to CalSSA's homeowner ranges (NEM 1.0/2.0: about $150–$200 a year;
// NBT with export: about $150–$450), checked in dsgs.test.ts.
const RATE_VERSIONS: readonly RateVersion<DsgsRates>[] = [
  {
    id: "dsgs/2026",
    effectiveDate: "2026-05-01",
    sourceTitle: "CalSSA DSGS fact sheet (May 2026); DSGS Program Guidelines, Fifth Edition",
    sourceUrl: "https://calssa.org/demand-side-grid-support-program",
    checkedOn: "2026-11-23",
    notes:
      "Calibrated, not published: $100 per kW of average delivered power per season in both frameworks, so a typical battery lands inside CalSSA's ranges " +
      "(NEM: home-load capped; NBT with export: energy or power limited). Season May 1 to October 31.",
    rates: { dollarsPerKwSeason: { nem: 100, "nbt-export": 100 } },
  },
];

/**
 * The last season with money behind it, as the sources state it. Sources: California Solar & Storage
 * Association, DSGS fact sheet (May 5, 2026), https://calssa.org/demand-side-grid-support-program :
 * the 2026 season ran on about two-thirds of 2025's spending and the Governor's 2026 budget proposal
 * ends DSGS after the 2026 season; the administrator's FAQ, https://dsgs.olivineinc.com/faq/ : no new
 * funding was allocated in the 2025–26 budget. Checked 2026-11-23 with the rates, and against the product
 * notes of December 2026 ("no funding is authorized beyond the 2026 season"). A new budget is a new figure here.
 */
export const DSGS_FUNDING = {
  lastFundedSeason: 2026,
  source:
    "CalSSA's DSGS fact sheet (May 2026): the Governor's 2026 budget proposal ends DSGS after the 2026 season; the DSGS FAQ: no new funding in the 2025–26 budget",
} as const;

/** The season runs May 1 to October 31; as MM-DD, for comparing with a YYYY-MM-DD date. */
const SEASON_START = "05-01";

const PAID_SEASONS_HELP =
  `Blank: the seasons left through ${DSGS_FUNDING.lastFundedSeason}, the last funded DSGS season, counted from the proposal date ` +
  `(a season counts when it begins after that date, so a proposal made on or after May 1, ${DSGS_FUNDING.lastFundedSeason} counts none). ` +
  "Enter a number to count seasons no budget has funded yet.";

const PERFORMANCE_DEFAULTS: PerformanceDefaults = {
  eventDurationHours: 3,
  maxEventDurationHours: 5,
  // No fixed default: a blank follows the proposal date (defaultDsgsSeasons).
  paidSeasonsAssumption: PAID_SEASONS_HELP,
};

export interface DsgsSeasonDefault {
  /** Seasons the default counts, from the battery's first participating season. */
  paidSeasons: number;
  /** Calendar year of the first season that begins after the proposal date (project year 1). */
  firstSeason: number;
  /** Calendar year of the battery's first participating season (project year `startYear`). */
  firstParticipatingSeason: number;
}

/**
 * The seasons left through the last funded season, counted from the proposal date: a season counts
 * when it begins (May 1) after that date, because a battery sold during a season is installed and
 * enrolled (the manufacturer tests it first) too late to be paid for the whole of it. `startYear`
 * moves the first participating season later, as it does for the payments.
 */
export function defaultDsgsSeasons(proposalDate: string, startYear: number): DsgsSeasonDefault {
  const year = Number(proposalDate.slice(0, 4));
  const firstSeason = proposalDate.slice(5, 10) < SEASON_START ? year : year + 1;
  const firstParticipatingSeason = firstSeason + startYear - 1;
  return { paidSeasons: Math.max(0, DSGS_FUNDING.lastFundedSeason - firstParticipatingSeason + 1), firstSeason, firstParticipatingSeason };
}

/** What the "Paid seasons" line says after its count: the default and its source, or that the installer set it. */
function describePaidSeasons(proposalDate: string, startYear: number, entered: number | undefined, byDate: DsgsSeasonDefault): string {
  const rule = `the seasons left through ${DSGS_FUNDING.lastFundedSeason}, the last funded season, counted from the proposal date ${proposalDate}`;
  if (entered !== undefined) return `The installer's figure; the default would be ${byDate.paidSeasons} (${rule}).`;
  const first =
    startYear > 1
      ? `the first season that begins after it is ${byDate.firstSeason}, and the battery's first is ${byDate.firstParticipatingSeason} (project year ${startYear})`
      : `the first season that begins after it is ${byDate.firstSeason}`;
  return `Default: ${rule}; ${first}. Source: ${DSGS_FUNDING.source}.`;
}

/** May 1 to October 31. */
const EVENT_SEASON_DAYS_PER_YEAR = 184;

const TARIFF_CHOICES = ["project", "NEM1", "NEM2", "NBT", "other"] as const;

const inputSchema = z.object({
  ...performanceInputShape(PERFORMANCE_DEFAULTS),
  tariffFramework: z.enum(TARIFF_CHOICES).default("project"),
  exportApproved: z.boolean().default(false),
  rateVersion: rateVersionSchema(RATE_VERSIONS),
});
export type DsgsInputs = z.output<typeof inputSchema>;

export interface DsgsFrameworkChoice {
  framework: DsgsFramework;
  tariff: Tariff | null;
  /** Why this framework, for the explanation. */
  reason: string;
  warning: string | null;
}

/** The framework that applies: the tariff (input or project), export approval and solar. */
export function chooseDsgsFramework(context: ProgramContext, inputs: Pick<DsgsInputs, "tariffFramework" | "exportApproved">): DsgsFrameworkChoice {
  const tariff: Tariff | null = inputs.tariffFramework === "project" ? (context.project.tariff ?? null) : inputs.tariffFramework;
  switch (tariff) {
    case "NEM1":
    case "NEM2":
      return { framework: "nem", tariff, reason: `${tariff === "NEM1" ? "NEM 1.0" : "NEM 2.0"}: no export, delivered power capped by the home's load`, warning: null };
    case "NBT":
      if (!inputs.exportApproved) {
        return { framework: "nem", tariff, reason: "NBT system not approved for export: the NEM 1.0 / 2.0 framework applies (no export)", warning: null };
      }
      if (!context.hasSolar) {
        // NBT export requires a battery charged only from onsite solar.
        return {
          framework: "nem",
          tariff,
          reason: "NBT export needs a battery charged only from onsite solar, and there is no solar: the NEM 1.0 / 2.0 framework applies",
          warning: "Export approval was set, but the site has no solar: DSGS counts it as a no-export battery.",
        };
      }
      return { framework: "nbt-export", tariff, reason: "NBT, approved for export (battery charged only from onsite solar)", warning: null };
    // Net metering outside California (NETTING, BUY_ALL) is not a DSGS framework: like "other", no export is assumed.
    case "NETTING":
    case "BUY_ALL":
    case "other":
    case null:
      return {
        framework: "nem",
        tariff,
        reason: "Tariff not NEM 1.0 / 2.0 or NBT: the no-export framework is assumed",
        warning: "The project's tariff is not set to NEM 1.0, NEM 2.0 or NBT: DSGS is estimated as a no-export battery.",
      };
    default: {
      const unhandled: never = tariff;
      throw new Error(`unhandled tariff ${String(unhandled)}`);
    }
  }
}

export const dsgs = defineProgram({
  id: "dsgs",
  name: "Demand Side Grid Support",
  shortName: "DSGS",
  administrator: "California Energy Commission (administered by Olivine); batteries take part through a virtual power plant provider",
  states: ["CA"],
  utilities: ["SCE", "SDG&E"],
  utilityAliases: ["Southern California Edison", "San Diego Gas & Electric", "San Diego Gas and Electric"],
  paysHow: "A payment per kW of the battery's average delivered power during emergency events each season (May to October), through a virtual power plant provider.",
  status: {
    kind: "funding-uncertain",
    note: "No new funding was allocated in the 2025–26 budget, the 2026 season ran on about two-thirds of 2025's spending, and the Governor's 2026 budget proposal ends DSGS after the 2026 season.",
  },
  ratesVerifiedOn: "2026-11-23",
  payee: { annual: "customer" },
  benefits: ["annual"],
  rateVersions: RATE_VERSIONS,
  inputSchema,
  fields: [
    {
      name: "tariffFramework",
      label: "Tariff",
      kind: "select",
      options: [
        { value: "project", label: "The project's tariff" },
        { value: "NEM1", label: "NEM 1.0" },
        { value: "NEM2", label: "NEM 2.0" },
        { value: "NBT", label: "Net Billing Tariff (NEM 3.0)" },
        { value: "other", label: "Other" },
      ],
    },
    {
      name: "exportApproved",
      label: "Approved for export (NBT only)",
      kind: "boolean",
      help: "Under NBT the battery may export during events if it is charged only from onsite solar. Not approved: the NEM 1.0 / 2.0 rules apply.",
    },
    ...performanceFields(PERFORMANCE_DEFAULTS),
  ],
  compute(context, inputs) {
    const selected = selectRateVersion(RATE_VERSIONS, inputs.rateVersion, context.proposalDate);
    const version = selected.version;
    const choice = chooseDsgsFramework(context, inputs);
    const explanation: string[] = [`Framework: ${choice.reason}`];
    const warnings: string[] = [...(choice.warning === null ? [] : [choice.warning]), ...(selected.warning === null ? [] : [selected.warning])];

    const model = averagePowerModel(context, inputs, { exportAllowed: choice.framework === "nbt-export", eventSeasonDaysPerYear: EVENT_SEASON_DAYS_PER_YEAR });
    const power = computeAveragePower(model);
    explanation.push(...power.explanation);

    const dollarsPerKwSeason = version.rates.dollarsPerKwSeason[choice.framework];
    const seasonCents = roundCents(power.average.kw * dollarsPerKwSeason * 100);
    explanation.push(`Each paid season: ${formatKw(power.average.kw)} × ${formatUsdPer(dollarsPerKwSeason, "kW-season")} = ${formatUsd(seasonCents)}`);

    const byDate = defaultDsgsSeasons(context.proposalDate, inputs.startYear);
    const paidSeasons = inputs.paidSeasons ?? byDate.paidSeasons;
    if (inputs.paidSeasons === undefined && paidSeasons === 0) {
      warnings.push(
        `No funded DSGS season is left after the proposal date (${context.proposalDate}): DSGS counts nothing unless you enter the paid seasons.`,
      );
    }
    const schedule = { years: context.years, startYear: inputs.startYear, paidSeasons };
    const faded = applyFade(annualByProjectYear(schedule, [{ fromProgramYear: 1, cents: seasonCents }]), model, context.batteryFadePerYear);
    const annualCents = faded.annualCents;
    if (paidSeasons > 1) explanation.push(...faded.explanation);
    explanation.push(...describeSchedule(schedule, describePaidSeasons(context.proposalDate, inputs.startYear, inputs.paidSeasons, byDate)));
    explanation.push(selected.line, describeRateSource(version));

    return {
      upfrontCents: 0,
      annualCents,
      explanation,
      warnings,
      rateVersion: version,
      averageKw: power.average,
      capBinding: null,
      resolvedDefaults: { paidSeasons: byDate.paidSeasons },
    };
  },
});
