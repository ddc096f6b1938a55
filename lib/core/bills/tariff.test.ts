import { describe, expect, test } from "vitest";
import { createCalendar } from "./calendar";
import { buildSchedule, flatTariff, parseUrdbRate, uniformSchedule } from "./tariff";
import { compileTariff } from "./tariff-compile";
import { hourOf } from "./test-helpers";

const TWO_PERIODS = {
  name: "Test TOU",
  energyratestructure: [[{ rate: 0.5, adj: 0.02, sell: 0.1 }], [{ rate: 0.3 }]],
  energyweekdayschedule: uniformSchedule(1).map((row) => row.map((period, hour) => (hour >= 16 && hour < 21 ? 0 : period))),
  energyweekendschedule: uniformSchedule(1),
  fixedchargefirstmeter: 0.5,
  fixedchargeunits: "$/day",
  mincharge: 10,
  minchargeunits: "$/month",
};

describe("URDB rates parse into the normalized tariff", () => {
  const rate = parseUrdbRate(TWO_PERIODS);

  test("rate + adj is the price; sell rates, fixed and minimum charges are kept", () => {
    expect(rate.periods[0]![0]).toEqual({ dollarsPerKwh: 0.52, maxKwh: null, maxUnit: "month", sellDollarsPerKwh: 0.1 });
    expect(rate.fixedCharge).toEqual({ dollars: 0.5, per: "day" });
    expect(rate.minimumCharge).toEqual({ dollars: 10, per: "month" });
    expect(rate.holidays).toBe("none");
  });

  test("the API's { items: [rate] } wrapper is accepted", () => {
    expect(parseUrdbRate({ items: [TWO_PERIODS] }).periods).toHaveLength(2);
  });

  test("a $/day fixed charge is the month's days × the daily charge (January 31 × $0.50 = $15.50; February 2028 29 × $0.50)", () => {
    expect(compileTariff(rate, createCalendar({ kind: "year", year: 2026 })).fixedDollarsOfMonth[0]).toBe(15.5);
    expect(compileTariff(rate, createCalendar({ kind: "year", year: 2028 })).fixedDollarsOfMonth[1]).toBe(14.5);
  });

  test("weekday 5 p.m. is peak, weekend 5 p.m. off-peak (2026-01-05 is a Monday, 2026-01-03 a Saturday)", () => {
    const compiled = compileTariff(rate, createCalendar({ kind: "year", year: 2026 }));
    const calendar = compiled.calendar;
    expect(compiled.periodOfHour[hourOf(calendar, 1, 5, 17)]).toBe(0);
    expect(compiled.periodOfHour[hourOf(calendar, 1, 3, 17)]).toBe(1);
  });

  test("demand charges are set aside with a warning", () => {
    const withDemand = parseUrdbRate({ ...TWO_PERIODS, demandratestructure: [[{ rate: 12.5 }]] });
    expect(withDemand.warnings).toEqual(["The rate has demand charges ($/kW); Gridfolio does not model them, so bills leave them out."]);
  });

  test("daily tiers become monthly limits: 10 kWh a day is 310 kWh in January, 280 in February", () => {
    const tiered = parseUrdbRate({ ...TWO_PERIODS, energyratestructure: [[{ rate: 0.4, max: 10, unit: "kWh daily" }, { rate: 0.5 }], [{ rate: 0.2, max: 10, unit: "kWh daily" }, { rate: 0.3 }]] });
    const compiled = compileTariff(tiered, createCalendar({ kind: "sam" }));
    expect(compiled.tierTops[0]).toBe(310);
    expect(compiled.tierTops[compiled.maxTiers]).toBe(280);
  });
});

describe("bad URDB rates are refused with the field named", () => {
  const schedule = uniformSchedule(0);
  schedule[6]![17] = 3;
  test.each([
    { label: "a schedule index out of range", rate: { ...TWO_PERIODS, energyweekdayschedule: schedule }, message: "URDB rate: energyweekdayschedule[6][17] is period 3, but energyratestructure has 2 periods (0 to 1).", field: "urdbRate.energyweekdayschedule[6][17]" },
    { label: "no energy rate structure", rate: { ...TWO_PERIODS, energyratestructure: undefined }, message: /URDB rate: energyratestructure is required/, field: "urdbRate.energyratestructure" },
    { label: "a schedule of 11 months", rate: { ...TWO_PERIODS, energyweekendschedule: uniformSchedule(0).slice(1) }, message: "URDB rate: energyweekendschedule must have 12 months.", field: "urdbRate.energyweekendschedule" },
    { label: "a price that is text", rate: { ...TWO_PERIODS, energyratestructure: [[{ rate: "0.5" }], [{ rate: 0.3 }]] }, message: "URDB rate: energyratestructure[0][0].rate must be a number.", field: "urdbRate.energyratestructure[0][0].rate" },
    { label: "a demand-based tier", rate: { ...TWO_PERIODS, energyratestructure: [[{ rate: 0.5, max: 200, unit: "kWh/kW" }, { rate: 0.6 }], [{ rate: 0.3 }]] }, message: /energyratestructure\[0\]\[0\]\.unit is "kWh\/kW": only "kWh" and "kWh daily" tiers are modeled/, field: "urdbRate.energyratestructure[0][0].unit" },
    { label: "tiers not increasing", rate: { ...TWO_PERIODS, energyratestructure: [[{ rate: 0.5, max: 200 }, { rate: 0.6, max: 100 }, { rate: 0.7 }], [{ rate: 0.3 }]] }, message: /energyratestructure\[0\]\[1\]\.max is 100, not above the tier before it \(200\)/, field: "urdbRate.energyratestructure[0][1].max" },
    {
      label: "two periods of one month with different tier limits (SAM's rule)",
      rate: { ...TWO_PERIODS, energyratestructure: [[{ rate: 0.5, max: 200 }, { rate: 0.6 }], [{ rate: 0.3, max: 300 }, { rate: 0.4 }]] },
      message: /energyratestructure\[1\] has tiers 300 kWh \/ ∞ kWh but period 0, used in the same month \(January\), has 200 kWh \/ ∞ kWh/,
      field: "urdbRate.energyratestructure[1]",
    },
    { label: "an unknown fixed charge unit", rate: { ...TWO_PERIODS, fixedchargeunits: "$/week" }, message: 'URDB rate: fixedchargeunits must be one of "$/month", "$/day".', field: "urdbRate.fixedchargeunits" },
  ])("$label", ({ rate, message, field }) => {
    expect(() => parseUrdbRate(rate)).toThrow(message);
    try {
      parseUrdbRate(rate);
    } catch (error) {
      expect(Object.keys((error as { fieldErrors: Record<string, string> }).fieldErrors)).toEqual([field]);
    }
  });

  test.each([
    { label: "not an object", input: "rate", message: "The URDB rate must be a JSON object (one rate as OpenEI exports it)." },
    { label: "an export of two rates", input: { items: [TWO_PERIODS, TWO_PERIODS] }, message: "The URDB export holds 2 rates: paste one rate." },
  ])("$label", ({ input, message }) => {
    expect(() => parseUrdbRate(input)).toThrow(message);
  });
});

describe("the flat tariff form", () => {
  test("one price all day, a monthly fixed charge and a minimum", () => {
    const rate = flatTariff({ dollarsPerKwh: 0.25, fixedDollarsPerMonth: 12, minimumDollarsPerMonth: 20 });
    expect(rate.periods).toEqual([[{ dollarsPerKwh: 0.25, maxKwh: null, maxUnit: "month", sellDollarsPerKwh: 0 }]]);
    expect(rate.fixedCharge).toEqual({ dollars: 12, per: "month" });
    expect(rate.minimumCharge).toEqual({ dollars: 20, per: "month" });
  });

  test.each([
    { label: "a price of $0", input: { dollarsPerKwh: 0 }, message: "The price per kWh must be at least $0.01" },
    { label: "a price of $50", input: { dollarsPerKwh: 50 }, message: "The price per kWh must be at most $5" },
    { label: "a negative fixed charge", input: { dollarsPerKwh: 0.2, fixedDollarsPerMonth: -1 }, message: "The fixed charge cannot be negative" },
  ])("refused: $label", ({ input, message }) => {
    expect(() => flatTariff(input)).toThrow(message);
  });
});

describe("schedules from seasons and hour ranges", () => {
  test("summer June–September peak 4–9 p.m., winter peak 4–9 p.m. (E-TOU-C's shape)", () => {
    const schedule = buildSchedule([
      { months: [6, 7, 8, 9], defaultPeriod: 1, ranges: [[16, 21, 0]] },
      { months: [1, 2, 3, 4, 5, 10, 11, 12], defaultPeriod: 3, ranges: [[16, 21, 2]] },
    ]);
    expect(schedule[6]!.join("")).toBe("111111111111111100000111");
    expect(schedule[0]!.join("")).toBe("333333333333333322222333");
  });
});
