/**
 * Connecticut Energy Storage Solutions (docs/programs.md, "Connecticut Energy Storage Solutions").
 * Upfront: enrolled kWh × a rate set by customer tier and Grid Edge, capped at the lesser of
 * $16,000 and 50% of the battery's installed cost. Annual: average delivered kW × $225/kW-year
 * in years 1–5, × $130/kW-year in years 6–10, nothing after. No cap on the annual payment.
 */
import { z } from "zod";
import { dollarsToCents, roundCents } from "../../money/round";
import { formatKw, formatKwh, formatNumber, formatPercent, formatUsd, formatUsdPer } from "../../money/format";
import type { Cents } from "../../money/round";
import { batteryTotals } from "../average-power";
import { defineProgram, describeRateSource } from "../define-program";
import {
  modelAveragePower,
  performanceFields,
  performanceInputShape,
  rateVersionField,
  rateVersionSchema,
  selectRateVersion,
} from "../performance-inputs";
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

export interface CtEssRates {
  /** Upfront rate by customer tier, without and with the Grid Edge adder. */
  upfrontDollarsPerKwh: Record<CustomerTier, { standard: number; gridEdge: number }>;
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

// Source: Energy Storage Solutions, "What incentives does the program provide?" and Homeowner FAQ,
// https://energystoragect.com/homeowner-faq/ (Connecticut Green Bank, Eversource, UI), and
// "Connecticut's home battery storage incentive jumps to up to $16k" (Electrek) for the current
// tier rates, the $16,000 cap and the seasonal split. Checked 2026-11-23 against the product notes (docs/programs.md).
const RATE_VERSIONS: readonly RateVersion<CtEssRates>[] = [
  {
    id: "ct-ess/2025-01",
    effectiveDate: "2025-01-01",
    sourceTitle: "Energy Storage Solutions program pages (Connecticut Green Bank, Eversource, UI)",
    sourceUrl: "https://energystoragect.com/homeowner-faq/",
    notes:
      "Residential upfront rates with the Grid Edge adder (+50%) and the $16,000 / 50%-of-cost cap, as in docs/programs.md. " +
      "The program's standard (baseline) rate declines in blocks as capacity is approved (Tranche 1: $250, then $212.50, then $162.50 per kWh); " +
      "$250 is the first block. Effective date approximate: the month the $16,000 cap was reported. " +
      "Performance: $200 summer + $25 winter per kW in years 1–5, $115 + $15 in years 6–10, paid per season by Eversource or UI.",
    rates: {
      upfrontDollarsPerKwh: {
        standard: { standard: 250, gridEdge: 375 },
        disadvantaged: { standard: 450, gridEdge: 675 },
        "low-income": { standard: 600, gridEdge: 900 },
      },
      upfrontCapDollars: 16_000,
      upfrontCapShareOfBatteryCost: 0.5,
      performance: [
        { fromYear: 1, toYear: 5, dollarsPerKwYear: 225, summerDollarsPerKw: 200, winterDollarsPerKw: 25 },
        { fromYear: 6, toYear: 10, dollarsPerKwYear: 130, summerDollarsPerKw: 115, winterDollarsPerKw: 15 },
      ],
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
): CtEssUpfront {
  const tierRates = rates.upfrontDollarsPerKwh[tier];
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
  const tierLabel = `${TIER_LABELS[tier].toLowerCase()}${isGridEdge ? ", Grid Edge" : ""}`;
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
    note: "Runs through 2030 in tranches; the standard upfront rate steps down as each block of capacity fills.",
  },
  ratesVerifiedOn: "2026-11-23",
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
      help: "Sites with the most frequent and longest outages: +50% on the upfront rate.",
    },
    ...performanceFields(PERFORMANCE_DEFAULTS),
    rateVersionField(RATE_VERSIONS),
  ],
  compute(context, inputs) {
    const version = selectRateVersion(RATE_VERSIONS, inputs.rateVersion);
    const rates = version.rates;
    const battery = context.battery;
    // Rounded as printed, so "13.5 kWh × $250/kWh" is the product the upfront is paid on.
    const totals = battery === null ? null : batteryTotals(battery);
    const enrolledKwh = totals === null ? 0 : totals.capacityKwh;
    const explanation: string[] = [];
    const warnings: string[] = [];

    const upfront = computeCtEssUpfront(rates, enrolledKwh, context.batteryCostCents, inputs.customerTier, inputs.gridEdge);
    if (battery !== null && totals !== null && battery.count > 1) {
      explanation.push(`Enrolled capacity: ${formatNumber(battery.count)} × ${formatKwh(totals.unitCapacityKwh)} = ${formatKwh(enrolledKwh)}`);
    }
    explanation.push(upfront.explanation);
    explanation.push("The upfront incentive is paid to the contractor, who passes it on as a lower price.");

    const power = modelAveragePower(context, inputs, { exportAllowed: context.hasSolar, eventSeasonDaysPerYear: EVENT_SEASON_DAYS_PER_YEAR });
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
    const annualCents = annualByProjectYear(schedule, bands);
    explanation.push(`${describeProgramYears(lastPaidYear + 1, undefined, inputs.startYear)}: no performance payment (the program pays for ${lastPaidYear} years)`);
    explanation.push(...describeSchedule(schedule, PERFORMANCE_DEFAULTS.paidSeasonsAssumption));
    explanation.push(describeRateSource(version));

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
