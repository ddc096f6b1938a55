import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { parseUsageAndRates, relayHourlyYear } from "./usage-and-rates";

const twelve = (kwh: number) => new Array(12).fill(kwh) as number[];
const base = { usage: { kind: "monthly", monthlyKwh: twelve(800) }, production: { kind: "design" }, tariff: { kind: "catalog", tariffId: "pge-e-tou-c" } };

describe("parseUsageAndRates", () => {
  it("fills the defaults: the project's export rule, the model's savings, the proposal's year", () => {
    expect(parseUsageAndRates(base)).toEqual({ ...base, exportRule: null, savingsFrom: "model", calendar: "proposal-year" });
  });

  it.each<{ label: string; change: Record<string, unknown>; field: string; message: RegExp }>([
    { label: "a month of 0 kWh", change: { usage: { kind: "monthly", monthlyKwh: [...twelve(800).slice(0, 6), 0, ...twelve(800).slice(7)] } }, field: "usage.monthlyKwh.6", message: /above 0 kWh/ },
    { label: "a month of 10⁹ kWh", change: { usage: { kind: "monthly", monthlyKwh: [1e9, ...twelve(800).slice(1)] } }, field: "usage.monthlyKwh.0", message: /at most 50,000 kWh/ },
    { label: "eleven months", change: { usage: { kind: "monthly", monthlyKwh: twelve(800).slice(1) } }, field: "usage.monthlyKwh", message: /12 monthly figures/ },
    { label: "an hourly year of 8,759 values", change: { usage: { kind: "interval", year: 2025, hourlyKwh: new Array(8759).fill(1), fileName: "meter.xml" } }, field: "usage.hourlyKwh", message: /8,760 values/ },
    { label: "a negative hourly reading", change: { usage: { kind: "interval", year: 2025, hourlyKwh: [-1, ...new Array(8759).fill(1)], fileName: "meter.xml" } }, field: "usage.hourlyKwh.0", message: /cannot be negative/ },
    { label: "an unknown tariff kind", change: { tariff: { kind: "guess" } }, field: "tariff.kind", message: /./ },
    { label: "a flat rate of $0", change: { tariff: { kind: "flat", input: { dollarsPerKwh: 0 } } }, field: "tariff.input.dollarsPerKwh", message: /at least \$0.01/ },
    { label: "an export rule of another kind", change: { exportRule: { kind: "barter" } }, field: "exportRule.kind", message: /./ },
  ])("refuses $label, naming $field", ({ change, field, message }) => {
    let thrown: unknown;
    try {
      parseUsageAndRates({ ...base, ...change });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(Object.keys((thrown as DomainError).fieldErrors)).toEqual([field]);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe("relayHourlyYear", () => {
  const dayOf = (values: Float64Array | number[], day: number) => Array.from(values.slice(day * 24, day * 24 + 24));
  const ramp = (hours: number) => Array.from({ length: hours }, (_, hour) => Math.floor(hour / 24));

  it("keeps a series of the same length as it is", () => {
    const values = ramp(8760);
    expect(Array.from(relayHourlyYear(values, 8760))).toEqual(values);
  });

  it("drops 29 February from a leap-year series laid on a 365-day year", () => {
    const relaid = relayHourlyYear(ramp(8784), 8760);
    expect(dayOf(relaid, 58)).toEqual(new Array(24).fill(58)); // 28 February
    expect(dayOf(relaid, 59)).toEqual(new Array(24).fill(60)); // 1 March, day 60 of the leap year
    expect(dayOf(relaid, 364)).toEqual(new Array(24).fill(365));
  });

  it("repeats 28 February on a leap year", () => {
    const relaid = relayHourlyYear(ramp(8760), 8784);
    expect(dayOf(relaid, 58)).toEqual(new Array(24).fill(58));
    expect(dayOf(relaid, 59)).toEqual(new Array(24).fill(58)); // 29 February, a copy of the 28th
    expect(dayOf(relaid, 60)).toEqual(new Array(24).fill(59)); // 1 March
    expect(dayOf(relaid, 365)).toEqual(new Array(24).fill(364));
  });

  it("refuses a series that is not a year", () => {
    expect(() => relayHourlyYear(ramp(100), 8760)).toThrow(/100 values/);
  });
});
