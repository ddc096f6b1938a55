import { describe, expect, test } from "vitest";
import { runModel } from "./model-request";
import type { OptionInput } from "./option-input";
import { checkPlausibility } from "./plausibility";

/** One 13.5 kWh / 5 kW battery with 8 kW of PV, $40,000: a typical Connecticut option. */
const option: OptionInput = {
  project: { state: "CT", segment: "residential", utility: "Eversource", tariff: null },
  system: { pvKw: 8, battery: { capacityKwh: 13.5, powerKw: 5, count: 1, reservePercent: 20 } },
  costs: { solarCents: 2_400_000, batteryCents: 1_500_000, otherCents: 100_000 },
  billSavingsYear1Cents: 240_000,
  assumptions: { years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005 },
  programs: [{ id: "ct-ess", inputs: {} }],
  customIncentives: [],
};
const withProgramInputs = (inputs: Record<string, unknown>): OptionInput => ({ ...option, programs: [{ id: "ct-ess", inputs }] });

describe("plausibility: what is refused, what is warned, and where", () => {
  test.each([
    { label: "a typical option: nothing", input: option, expected: [] },
    {
      label: "1,000 kW average on a 5 kW battery: refused at the field",
      input: withProgramInputs({ averageDeliveredKw: 1000 }),
      expected: [["refused", "ct-ess.averageDeliveredKw", "1,000 kW is more than the battery's rated 5 kW: a battery cannot deliver more than its rated power."]],
    },
    { label: "5 kW average on a 5 kW battery: fine (the rated power itself)", input: withProgramInputs({ averageDeliveredKw: 5 }), expected: [] },
    {
      label: "reserve at the state of charge: refused",
      input: withProgramInputs({ reservePercent: 50, stateOfChargePercent: 50 }),
      expected: [["refused", "ct-ess.reservePercent", "The backup reserve (50%) is at or above the charge at event start (50%): the battery would have nothing to deliver."]],
    },
    {
      label: "the option's reserve above the program's state of charge: refused at the state of charge",
      input: withProgramInputs({ stateOfChargePercent: 10 }),
      expected: [["refused", "ct-ess.stateOfChargePercent", "The backup reserve (20%) is at or above the charge at event start (10%): the battery would have nothing to deliver."]],
    },
    {
      label: "a first season after the horizon: refused",
      input: withProgramInputs({ startYear: 30 }),
      expected: [["refused", "ct-ess.startYear", "The first participating season (project year 30) is after the 25-year horizon: CT-ESS would pay nothing."]],
    },
    {
      label: "a 10 GWh 'residential' battery: refused",
      input: { ...option, system: { ...option.system, battery: { capacityKwh: 10_000, powerKw: 5, count: 1_000, reservePercent: 20 } } },
      expected: [["refused", "system.batteryCapacityKwh", "10,000,000 kWh is not a home battery (capacity is per unit, in kWh: a Powerwall is 13.5 kWh)."]],
    },
    {
      label: "7 Powerwalls (94.5 kWh): a warning, above the fire code's 80 kWh",
      input: { ...option, system: { ...option.system, battery: { capacityKwh: 13.5, powerKw: 5, count: 7, reservePercent: 20 } } },
      expected: [["warning", "system.batteryCapacityKwh", "94.5 kWh is above the 80 kWh the residential fire code allows at one home without special approval."]],
    },
    {
      label: "a commercial project may have a large battery",
      input: { ...option, project: { ...option.project, segment: "commercial" as const }, system: { ...option.system, battery: { capacityKwh: 500, powerKw: 250, count: 2, reservePercent: 20 } } },
      expected: [],
    },
    {
      label: "PV without solar: refused",
      input: { ...option, system: { ...option.system, hasSolar: false } },
      expected: [["refused", "system.pvKw", "8 kW of PV, yet no solar on site: remove the PV or mark the site as having solar."]],
    },
    {
      label: "a $10 billion rebate: refused",
      input: { ...option, customIncentives: [{ id: "x", name: "Rebate", kind: "upfront" as const, basis: "fixed" as const, amountCents: 1_000_000_000_000 }] },
      expected: [["refused", "customIncentives.0.amount", "Rebate: $10,000,000,000 is more than the whole system price ($40,000). Check the amount and its basis."]],
    },
    {
      label: "two rebates that together exceed the price: a warning",
      input: {
        ...option,
        customIncentives: [
          { id: "a", name: "A", kind: "upfront" as const, basis: "fixed" as const, amountCents: 2_500_000 },
          { id: "b", name: "B", kind: "upfront" as const, basis: "fixed" as const, amountCents: 2_000_000 },
        ],
      },
      expected: [["warning", "customIncentives.1.amount", "Upfront incentives you entered ($45,000) exceed the system price ($40,000)."]],
    },
  ])("$label", ({ input, expected }) => {
    const found = checkPlausibility(input).map((finding) => {
      const { target } = finding;
      const where = target.kind === "system" ? `system.${target.field}` : target.kind === "program" ? `${target.programId}.${target.field}` : `customIncentives.${target.index}.${target.field}`;
      return [finding.severity, where, finding.message];
    });
    expect(found).toEqual(expected);
  });
});

describe("the command line refuses implausible input with exit code 2, naming the field", () => {
  const request = {
    project: { state: "CT", segment: "residential", battery: { capacityKwh: 13.5, powerKw: 5 }, costs: { solar: 0, battery: 15000 }, billSavingsYear1: 1000 },
    programs: [{ id: "ct-ess", averageDeliveredKw: 1000 }],
  };

  test("1,000 kW on a 5 kW battery", () => {
    const run = runModel(JSON.stringify(request));
    expect(run.exitCode).toBe(2);
    if (run.exitCode === 2) expect(run.issues).toEqual([{ path: "programs[0].averageDeliveredKw", message: "1,000 kW is more than the battery's rated 5 kW: a battery cannot deliver more than its rated power." }]);
  });

  test("a warning does not refuse: it is in the response's warnings", () => {
    const run = runModel(JSON.stringify({ ...request, project: { ...request.project, battery: { capacityKwh: 13.5, powerKw: 5, count: 7 } }, programs: [] }));
    expect(run.exitCode).toBe(0);
    if (run.exitCode === 0) expect(run.response.warnings.map((warning) => warning.path)).toEqual(["project.battery.capacityKwh"]);
  });
});
