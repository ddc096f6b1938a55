/**
 * Connecticut Energy Storage Solutions (docs/programs.md, "Connecticut Energy Storage Solutions").
 * Upfront: enrolled kWh × a rate set by the design in force on the application (proposal) date, customer tier,
 * Grid Edge and (before April 2026, standard tier) the capacity block, capped at the lesser of $16,000 and 50% of
 * the battery's installed cost. Annual: average delivered kW × $225/kW-year in years 1–5, × $130/kW-year in years
 * 6–10, nothing after. A battery may send energy to the grid during events with or without solar.
 */
import { z } from "zod";
import { dollarsToCents, roundCents } from "../../money/round";
import { formatKw, formatKwh, formatNumber, formatPercent, formatUsd, formatUsdPer } from "../../money/format";
import type { Cents } from "../../money/round";
import { batteryTotals, computeAveragePower } from "../average-power";
import { applyFade } from "../fade";
import { defineProgram, describeRateSource } from "../define-program";
import { averagePowerModel, performanceFields, performanceInputShape, rateVersionSchema, selectRateVersion } from "../performance-inputs";
import type { PerformanceDefaults } from "../performance-inputs";
import { annualByProjectYear, describeProgramYears, describeSchedule } from "../schedule";
import type { PaymentBand } from "../schedule";
import type { RateVersion } from "../types";

export const CUSTOMER_TIERS = ["standard", "disadvantaged", "low-income"] as const;
export type CustomerTier = (typeof CUSTOMER_TIERS)[number];

const TIER_LABELS: Record<CustomerTier, string> = {
  standard: "Standard",
  disadvantaged: "Disadvantaged (underserved) community",
  "low-income": "Low income",
};

export const UPFRONT_BLOCKS = ["1", "2", "3"] as const;
export type UpfrontBlock = (typeof UPFRONT_BLOCKS)[number];

export interface CtEssRates {
  /** Upfront rate by customer tier, without and with the Grid Edge adder. */
  upfrontDollarsPerKwh: Record<CustomerTier, { standard: number; gridEdge: number }>;
  /**
   * The standard tier's rate declines as blocks of program capacity fill (without and with Grid Edge); the block
   * in force is an input. Absent: one rate for every block.
   */
  standardTierBlocks?: Readonly<Record<UpfrontBlock, { standard: number; gridEdge: number }>>;
  /** Why these performance rates, when they are not the design's own published figures. */
  performanceCaveat?: string;
  upfrontCapDollars: number;
  /** The upfront may not exceed this share of the installed battery system's cost. */
  upfrontCapShareOfBatteryCost: number;
  /** Performance rate by program year, summer and winter seasons combined. */
  performance: readonly {
    fromYear: number;
    toYear: number;
    dollarsPerKwYear: number;
    summerDollarsPerKw: number;
    winterDollarsPerKw: number;
  }[];
}

const PERFORMANCE_2025 = [
  { fromYear: 1, toYear: 5, dollarsPerKwYear: 225, summerDollarsPerKw: 200, winterDollarsPerKw: 25 },
  { fromYear: 6, toYear: 10, dollarsPerKwYear: 130, summerDollarsPerKw: 115, winterDollarsPerKw: 15 },
] as const;

// Sources, checked 2026-12-03 (docs/programs.md lists them with what each says):
// - 2025 design: Energy Storage Solutions Homeowner FAQ, https://energystoragect.com/homeowner-faq/ and the
//   upfront-incentive FAQ (formulas: kWh × step rate, 50% of project cost, per-project maximum), with PURA's
//   2024 review as reported by Electrek (the $16,000 maximum, $450 underserved, $600 low income, +50% Grid Edge,
//   $200 + $25 and $115 + $15 per kW for the performance seasons). The standard rate's blocks ($250, $212.50,
//   $162.50 per kWh in Tranche 1) are from the product team's program notes (December 2026), which cite the program.
// - April 2026 design: "Program Changes – Effective April 1, 2026",
//   https://energystoragect.com/program-changes-for-april-1-2026 : applications on or after 1 April 2026; less
//   upfront, more weight on the ten-year performance incentive; no Passive Dispatch; about 50 summer and 5 winter
//   events. The page's own rate table could not be read from Gridfolio's build machine: the upfront rates ($30/kWh,
//   $130/kWh with Grid Edge, every income tier) are the ESS Program Manual (revised 2026-02-11, "Construct 5") as a
//   public incentive dataset transcribes it, and the performance rates are the 2025 ones, which the program says
//   the new design exceeds. Both are flagged on every proposal that uses them.
const RATE_VERSIONS: readonly RateVersion<CtEssRates>[] = [
  {
    id: "ct-ess/2025-01",
    effectiveDate: "2025-01-01",
    sourceTitle: "Energy Storage Solutions program pages (Connecticut Green Bank, Eversource, UI)",
    sourceUrl: "https://energystoragect.com/homeowner-faq/",
    checkedOn: "2026-12-03",
    notes:
      "Residential upfront rates with the Grid Edge adder (+50%) and the $16,000 / 50%-of-cost cap. " +
      "The standard rate declines in blocks as capacity is approved (Tranche 1: $250, then $212.50, then $162.50 per kWh); " +
      "underserved and low-income rates do not decline. Effective date approximate: the month the $16,000 cap was reported. " +
      "Performance: $200 summer + $25 winter per kW in years 1–5, $115 + $15 in years 6–10, paid per season by Eversource or UI. " +
      "Applies to applications before 2026-04-01.",
    rates: {
      upfrontDollarsPerKwh: {
        standard: { standard: 250, gridEdge: 375 },
        disadvantaged: { standard: 450, gridEdge: 675 },
        "low-income": { standard: 600, gridEdge: 900 },
      },
      standardTierBlocks: {
        "1": { standard: 250, gridEdge: 375 },
        "2": { standard: 212.5, gridEdge: 318.75 },
        "3": { standard: 162.5, gridEdge: 243.75 },
      },
      upfrontCapDollars: 16_000,
      upfrontCapShareOfBatteryCost: 0.5,
      performance: PERFORMANCE_2025,
    },
  },
  {
    id: "ct-ess/2026-04",
    effectiveDate: "2026-04-01",
    sourceTitle: "Energy Storage Solutions: Program Changes – Effective April 1, 2026",
    sourceUrl: "https://energystoragect.com/program-changes-for-april-1-2026",
    checkedOn: "2026-12-03",
    notes:
      "Applications on or after 2026-04-01: less upfront, more performance incentive, no Passive Dispatch, about 50 summer and 5 winter events. " +
      "Upfront $30/kWh, $130/kWh with Grid Edge, for every income tier (ESS Program Manual revised 2026-02-11, as transcribed by a public incentive dataset; " +
      "the program page's table was not readable from the build machine). The $16,000 / 50% cap is carried over from the 2025 design. " +
      "Performance counted at the 2025 rates until the new ones are confirmed: the program says the new design pays more.",
    rates: {
      upfrontDollarsPerKwh: {
        standard: { standard: 30, gridEdge: 130 },
        disadvantaged: { standard: 30, gridEdge: 130 },
        "low-income": { standard: 30, gridEdge: 130 },
      },
      upfrontCapDollars: 16_000,
      upfrontCapShareOfBatteryCost: 0.5,
      performance: PERFORMANCE_2025,
      performanceCaveat:
        "CT-ESS performance rates of the April 2026 design are not confirmed in Gridfolio yet: counted at the 2025 rates ($225 then $130 per kW-year), which the program says the new design exceeds. Confirm with the ESS Program Manual.",
    },
  },
];

const PERFORMANCE_DEFAULTS: PerformanceDefaults = {
  eventDurationHours: 3,
  maxEventDurationHours: 3,
  paidSeasonsAssumption: "The program pays performance for 10 years; blank counts all of them.",
};

/** Summer June–September (122 days) and winter December–March (121 days). */
const EVENT_SEASON_DAYS_PER_YEAR = 243;

const inputSchema = z.object({
  ...performanceInputShape(PERFORMANCE_DEFAULTS),
  customerTier: z.enum(CUSTOMER_TIERS).default("standard"),
  gridEdge: z.boolean().default(false),
  upfrontBlock: z.enum(UPFRONT_BLOCKS).default("1"),
  rateVersion: rateVersionSchema(RATE_VERSIONS),
});
export type CtEssInputs = z.output<typeof inputSchema>;

export interface CtEssUpfront {
  enrolledKwh: number;
  dollarsPerKwh: number;
  uncappedCents: Cents;
  capCents: Cents;
  upfrontCents: Cents;
  capBinding: string | null;
  explanation: string;
}

/** Upfront = min(enrolled kWh × rate, $16,000, 50% of battery cost). */
export function computeCtEssUpfront(
  rates: CtEssRates,
  enrolledKwh: number,
  batteryCostCents: Cents,
  tier: CustomerTier,
  isGridEdge: boolean,
  block: UpfrontBlock = "1",
): CtEssUpfront {
  const blockRates = tier === "standard" ? rates.standardTierBlocks?.[block] : undefined;
  const tierRates = blockRates ?? rates.upfrontDollarsPerKwh[tier];
  const dollarsPerKwh = isGridEdge ? tierRates.gridEdge : tierRates.standard;
  const uncappedCents = roundCents(enrolledKwh * dollarsPerKwh * 100);
  const fixedCapCents = dollarsToCents(rates.upfrontCapDollars);
  const costCapCents = roundCents(batteryCostCents * rates.upfrontCapShareOfBatteryCost);
  const capCents = Math.min(fixedCapCents, costCapCents);
  const upfrontCents = Math.max(0, Math.min(uncappedCents, capCents));

  const costCapLabel = `${formatPercent(rates.upfrontCapShareOfBatteryCost, 0)} of battery cost ${formatUsd(batteryCostCents)}`;
  const bindingCap =
    fixedCapCents === costCapCents
      ? `both ${formatUsd(fixedCapCents)} and ${costCapLabel}`
      : fixedCapCents < costCapCents
        ? `the ${formatUsd(fixedCapCents)} program cap`
        : costCapLabel;
  const capBinding =
    upfrontCents < uncappedCents ? `Upfront capped at ${formatUsd(capCents)} by ${bindingCap} (uncapped ${formatUsd(uncappedCents)})` : null;
  const blockLabel = blockRates === undefined ? "" : `, block ${block}`;
  const tierLabel = `${TIER_LABELS[tier].toLowerCase()}${blockLabel}${isGridEdge ? ", Grid Edge" : ""}`;
  const explanation =
    `Upfront: ${formatKwh(enrolledKwh)} × ${formatUsdPer(dollarsPerKwh, "kWh")} (${tierLabel}) = ${formatUsd(uncappedCents)}; ` +
    `cap: lesser of ${formatUsd(fixedCapCents)} and ${costCapLabel} = ${formatUsd(capCents)}, ` +
    (capBinding === null ? "not binding" : `binding: upfront ${formatUsd(upfrontCents)}`);
  return { enrolledKwh, dollarsPerKwh, uncappedCents, capCents, upfrontCents, capBinding, explanation };
}

export const ctEss = defineProgram({
  id: "ct-ess",
  name: "Energy Storage Solutions (Connecticut)",
  shortName: "CT-ESS",
  administrator: "Connecticut Green Bank (upfront); Eversource and UI (performance)",
  states: ["CT"],
  utilities: ["Eversource", "UI"],
  utilityAliases: ["United Illuminating", "Connecticut Light and Power", "CL&P"],
  paysHow:
    "An upfront incentive per kWh of enrolled battery capacity (paid to the contractor as a lower price), plus a payment per kW of average delivered power each summer and winter for 10 years.",
  status: {
    kind: "open",
    note: "Runs through 2030. Applications from April 1, 2026 get the new design: less upfront, more performance, no Passive Dispatch.",
  },
  ratesVerifiedOn: "2026-12-03",
  payee: { upfront: "contractor", annual: "customer" },
  benefits: ["upfront", "annual"],
  rateVersions: RATE_VERSIONS,
  inputSchema,
  fields: [
    {
      name: "customerTier",
      label: "Customer tier",
      kind: "select",
      options: CUSTOMER_TIERS.map((tier) => ({ value: tier, label: TIER_LABELS[tier] })),
      help: "Sets the upfront rate per kWh.",
    },
    {
      name: "gridEdge",
      label: "Grid Edge customer",
      kind: "boolean",
      help: "Sites with the most frequent and longest outages: a higher upfront rate.",
    },
    {
      name: "upfrontBlock",
      label: "Capacity block (applications before April 2026)",
      kind: "select",
      options: UPFRONT_BLOCKS.map((block) => ({ value: block, label: `Block ${block}` })),
      help: "The standard rate steps down as capacity fills: $250, $212.50, $162.50 per kWh. Ask the Green Bank which block is open; the April 2026 design has one rate.",
    },
    ...performanceFields(PERFORMANCE_DEFAULTS),
  ],
  compute(context, inputs) {
    const selected = selectRateVersion(RATE_VERSIONS, inputs.rateVersion, context.proposalDate);
    const version = selected.version;
    const rates = version.rates;
    const battery = context.battery;
    // Rounded as printed, so "13.5 kWh × $250/kWh" is the product the upfront is paid on.
    const totals = battery === null ? null : batteryTotals(battery);
    const enrolledKwh = totals === null ? 0 : totals.capacityKwh;
    const explanation: string[] = [];
    const warnings: string[] = selected.warning === null ? [] : [selected.warning];

    const upfront = computeCtEssUpfront(rates, enrolledKwh, context.batteryCostCents, inputs.customerTier, inputs.gridEdge, inputs.upfrontBlock);
    if (battery !== null && totals !== null && battery.count > 1) {
      explanation.push(`Enrolled capacity: ${formatNumber(battery.count)} × ${formatKwh(totals.unitCapacityKwh)} = ${formatKwh(enrolledKwh)}`);
    }
    explanation.push(upfront.explanation);
    explanation.push("The upfront incentive is paid to the contractor, who passes it on as a lower price.");

    // The program pays for what a battery sends to the grid during events, solar or not: no home-load cap.
    const model = averagePowerModel(context, inputs, { exportAllowed: true, eventSeasonDaysPerYear: EVENT_SEASON_DAYS_PER_YEAR });
    const power = computeAveragePower(model);
    if (!context.hasSolar) explanation.push("No solar on site: a Connecticut battery may still send its energy to the grid during events");
    explanation.push(...power.explanation);
    const kw = power.average.kw;

    const schedule = { years: context.years, startYear: inputs.startYear, paidSeasons: inputs.paidSeasons };
    const bands: PaymentBand[] = [];
    let lastPaidYear = 0;
    for (const band of rates.performance) {
      const cents = roundCents(kw * band.dollarsPerKwYear * 100);
      bands.push({ fromProgramYear: band.fromYear, toProgramYear: band.toYear, cents });
      lastPaidYear = Math.max(lastPaidYear, band.toYear);
      explanation.push(
        `${describeProgramYears(band.fromYear, band.toYear, inputs.startYear)}: ${formatKw(kw)} × ${formatUsdPer(band.dollarsPerKwYear, "kW-year")} ` +
          `(${formatUsdPer(band.summerDollarsPerKw, "kW")} summer + ${formatUsdPer(band.winterDollarsPerKw, "kW")} winter) = ${formatUsd(cents)} a year`,
      );
    }
    // Nothing after the last band: the program pays performance for a fixed term.
    const faded = applyFade(annualByProjectYear(schedule, bands), model, context.batteryFadePerYear);
    const annualCents = faded.annualCents;
    explanation.push(`${describeProgramYears(lastPaidYear + 1, undefined, inputs.startYear)}: no performance payment (the program pays for ${lastPaidYear} years)`);
    explanation.push(...faded.explanation);
    explanation.push(...describeSchedule(schedule, PERFORMANCE_DEFAULTS.paidSeasonsAssumption));
    if (rates.performanceCaveat !== undefined) warnings.push(rates.performanceCaveat);
    explanation.push(selected.line, describeRateSource(version));

    return {
      upfrontCents: upfront.upfrontCents,
      annualCents,
      explanation,
      warnings,
      rateVersion: version,
      averageKw: power.average,
      capBinding: upfront.capBinding,
    };
  },
});
