import { describe, expect, test } from "vitest";
import { ctStoredOption } from "../../tests/support/stored-options";
import { buildAssumptions } from "./assumptions";
import { evaluateStoredOption } from "./evaluate";
import type { StoredOption } from "./option-input";

const option: StoredOption = ctStoredOption;
const plainOf = (changed: Partial<StoredOption> = {}) => {
  const stored = { ...option, ...changed };
  return buildAssumptions(stored, evaluateStoredOption(stored, { proposalDate: "2026-12-03" })).plain;
};

describe("the assumptions in plain words", () => {
  test.each([
    { label: "bill savings, as the installer estimated them", change: {}, line: "Your electricity bills are about $2,100 lower in the first year, as your installer estimated them." },
    { label: "rising prices", change: {}, line: "Electricity prices rise 3% a year, so the bill savings grow with them." },
    { label: "flat prices", change: { utilityEscalationPercent: 0 }, line: "Electricity prices are assumed to stay as they are." },
    { label: "panels that age", change: {}, line: "The solar panels make 0.5% less electricity each year as they age." },
    { label: "a battery that ages", change: { batteryFadePercent: 3 }, line: "The battery holds 3% less of its original charge each year, so payments that depend on its charge shrink as it ages." },
    { label: "upkeep, as a first-year figure (it may rise)", change: { omCostYearlyCents: 15_000 }, line: "Upkeep costs $150 in the first year, taken off the savings." },
    { label: "no upkeep", change: {}, line: "No yearly upkeep cost is counted." },
    { label: "the horizon", change: {}, line: "The figures cover 25 years from installation." },
  ])("$label", ({ change, line }) => {
    expect(plainOf(change).finance).toContain(line);
  });

  test("modelled bill savings: the figure the engine counted, and how it was reached; the installer's list names the source", () => {
    const modelled: Partial<StoredOption> = {
      annualProductionKwh: 9_600,
      usageAndRates: { usage: { kind: "monthly", monthlyKwh: new Array(12).fill(900) }, production: { kind: "design" }, tariff: { kind: "catalog", tariffId: "eversource-ct-rate-1" } },
    };
    const stored = { ...option, ...modelled };
    const evaluation = evaluateStoredOption(stored, { proposalDate: "2026-12-03" });
    const year1 = evaluation.financials.withoutGridServices.billSavingsCents[0]!;
    expect(year1).not.toBe(option.billSavingsYear1Cents);
    const assumptions = buildAssumptions(stored, evaluation);
    expect(assumptions.plain.finance[0]).toMatch(/^Your electricity bills are about \$[\d,]+ lower in the first year, worked out hour by hour from your past year's use and your utility's rates\.$/);
    expect(assumptions.plain.finance[0]).toContain(`$${Math.round(year1 / 100).toLocaleString("en-US")}`);
    expect(assumptions.finance[0]!.label).toBe("Year-1 bill savings (modelled from usage and the tariff)");
  });

  test("no solar, no sentence about panels", () => {
    expect(plainOf({ pvKw: 0 }).finance.some((line) => line.includes("solar panels"))).toBe(false);
  });

  test("a counted program: the power counted and the rates' date and source title, never a rate id, a URL or arithmetic", () => {
    const [program] = plainOf().programs;
    expect(program?.name).toBe("Energy Storage Solutions (Connecticut)");
    expect(program?.lines[0]).toMatch(/^Your battery is counted as delivering about [\d.]+ kW on average during a grid event, worked out from its size, the 20% backup reserve you keep/);
    expect(program?.lines[1]).toMatch(/^Payment rates as the program publishes them, in force from [A-Z][a-z]{2} \d{1,2}, \d{4} \(source: .+\)\.$/);
    for (const line of program!.lines) {
      expect(line).not.toMatch(/ct-ess\/|https?:|min\(|×|÷/);
    }
  });

  test("the installer's figures stay for the calculation: discount rate and rate ids", () => {
    const stored = buildAssumptions(option, evaluateStoredOption(option, { proposalDate: "2026-12-03" }));
    expect(stored.finance.map((item) => item.label)).toContain("Discount rate (NPV)");
    expect(stored.programs[0]?.rateVersion?.id).toMatch(/^ct-ess\//);
  });
});
