/**
 * fast-check generators of engine inputs, for the property tests (test code only).
 */
import fc from "fast-check";
import type { CustomIncentiveInput, OptionInput } from "../../lib/core/finance/option-input";
import { TARIFFS } from "../../lib/core/programs/types";

const stateArbitrary = fc.constantFrom("CA", "MA", "RI", "CT", "TX");

/** Raw program inputs as a user might store them: mostly valid, sometimes not. */
const programEntryArbitrary = fc.record({
  id: fc.constantFrom("elrp", "dsgs", "connected-solutions-ma", "connected-solutions-ri", "ct-ess", "not-a-program"),
  inputs: fc.oneof(
    { weight: 8, arbitrary: fc.record(
      {
        averageDeliveredKw: fc.double({ min: 0, max: 20, noNaN: true }),
        startYear: fc.integer({ min: 1, max: 5 }),
        paidSeasons: fc.integer({ min: 0, max: 12 }),
        stormGuardDays: fc.integer({ min: 0, max: 30 }),
        customerTier: fc.constantFrom("standard", "disadvantaged", "low-income"),
        gridEdge: fc.boolean(),
        exportApproved: fc.boolean(),
      },
      { requiredKeys: [] },
    ) },
    { weight: 1, arbitrary: fc.constant({ averageDeliveredKw: -3 }) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
});

const customIncentiveArbitrary: fc.Arbitrary<CustomIncentiveInput> = fc.oneof(
  fc.record({
    id: fc.constant("up"),
    name: fc.constant("Local rebate"),
    kind: fc.constant("upfront" as const),
    basis: fc.constantFrom("fixed" as const, "per_kwh" as const, "per_watt" as const),
    amountCents: fc.integer({ min: 0, max: 100_000 }),
    capCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
  }),
  fc.record({
    id: fc.constant("yearly"),
    name: fc.constant("Yearly credit"),
    kind: fc.constant("annual" as const),
    amountCents: fc.integer({ min: 0, max: 50_000 }),
    years: fc.integer({ min: 1, max: 40 }),
  }),
);

export const optionInputArbitrary: fc.Arbitrary<OptionInput> = fc.record({
  project: fc.record({
    state: stateArbitrary,
    segment: fc.constantFrom("residential" as const, "residential" as const, "commercial" as const),
    utility: fc.constantFrom(null, "PG&E", "SCE", "Eversource", "National Grid", "Rhode Island Energy"),
    tariff: fc.constantFrom(null, ...TARIFFS),
  }),
  system: fc.record({
    pvKw: fc.double({ min: 0, max: 20, noNaN: true }),
    battery: fc.option(
      fc.record({
        capacityKwh: fc.double({ min: 0, max: 40, noNaN: true }),
        powerKw: fc.double({ min: 0, max: 15, noNaN: true }),
        count: fc.integer({ min: 0, max: 4 }),
        reservePercent: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      { nil: null },
    ),
  }),
  costs: fc.record({
    solarCents: fc.integer({ min: 0, max: 6_000_000 }),
    batteryCents: fc.integer({ min: 0, max: 4_000_000 }),
    otherCents: fc.integer({ min: 0, max: 500_000 }),
  }),
  billSavingsYear1Cents: fc.integer({ min: -100_000, max: 800_000 }),
  assumptions: fc.record({
    years: fc.integer({ min: 1, max: 40 }),
    utilityEscalation: fc.double({ min: -0.05, max: 0.1, noNaN: true }),
    discountRate: fc.double({ min: 0, max: 0.15, noNaN: true }),
    degradation: fc.double({ min: 0, max: 0.02, noNaN: true }),
    omCostYearlyCents: fc.integer({ min: 0, max: 50_000 }),
  }),
  programs: fc.array(programEntryArbitrary, { maxLength: 4 }),
  customIncentives: fc.array(customIncentiveArbitrary, { maxLength: 3 }),
  participation: fc.constantFrom("low" as const, "expected" as const, "high" as const),
});
