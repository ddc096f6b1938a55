import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ppaSchedule } from "./ppa";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** 10,000 kWh in year 1, 0.5 % less each year. */
const production = Array.from({ length: 25 }, (_, index) => 10_000 * 0.995 ** index);

describe("PPA payments", () => {
  test("$0.145/kWh rising 2.9% a year on 10,000 kWh losing 0.5% a year", () => {
    const schedule = ppaSchedule({ dollarsPerKwh: 0.145, escalator: 0.029, termYears: 25, productionKwhByYear: production });
    expect(schedule.years.slice(0, 3)).toEqual([
      // 10,000 kWh × $0.145 = $1,450.
      { year: 1, kwh: 10_000, dollarsPerKwh: 0.145, paymentCents: 145_000 },
      // 0.145 × 1.029 = 0.149205 → $0.1492; 9,950 kWh × 0.1492 = $1,484.54.
      { year: 2, kwh: 9_950, dollarsPerKwh: 0.1492, paymentCents: 148_454 },
      // 0.145 × 1.029² = 0.153532 → $0.1535; 9,900.25 kWh × 0.1535 = 1,519.688 → $1,519.69.
      { year: 3, kwh: 9_900.25, dollarsPerKwh: 0.1535, paymentCents: 151_969 },
    ]);
    expect(schedule.totalPaidCents).toBe(sum(schedule.years.map((y) => y.paymentCents)));
    // $1,450 ÷ 12 = $120.8333…: running totals 120.83, 241.67, 362.50, … rounded, so the months are $120.83 or $120.84.
    expect(schedule.year1MonthlyCents).toEqual([12_083, 12_084, 12_083, 12_083, 12_084, 12_083, 12_083, 12_084, 12_083, 12_083, 12_084, 12_083]);
    expect(schedule.explanation[0]).toBe("Year 1: 10,000 kWh × $0.145/kWh = $1,450.00, paid in twelve equal months.");
  });

  test("year 1 split by the months' production: a summer-heavy year", () => {
    const shares = [0.04, 0.05, 0.08, 0.09, 0.11, 0.12, 0.12, 0.11, 0.1, 0.08, 0.06, 0.04];
    const schedule = ppaSchedule({ dollarsPerKwh: 0.145, escalator: 0, termYears: 1, productionKwhByYear: [10_000], monthlyProductionShares: shares });
    // $1,450 × each share: 4% = $58, 5% = $72.50, 8% = $116, …
    expect(schedule.year1MonthlyCents).toEqual([5_800, 7_250, 11_600, 13_050, 15_950, 17_400, 17_400, 15_950, 14_500, 11_600, 8_700, 5_800]);
  });

  test("years without production pay nothing, and the explanation says so", () => {
    const schedule = ppaSchedule({ dollarsPerKwh: 0.2, escalator: 0, termYears: 3, productionKwhByYear: [5_000, 5_000] });
    expect(schedule.years.map((y) => y.paymentCents)).toEqual([100_000, 100_000, 0]);
    expect(schedule.explanation).toContain("Production is given for 2 of the 3 contract years; the years without it pay nothing.");
  });

  test("property: the months of year 1 add up to year 1's payment exactly", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 12, maxLength: 12 }),
        (rate, kwh, weights) => {
          const total = sum(weights);
          const schedule = ppaSchedule({ dollarsPerKwh: rate, escalator: 0, termYears: 1, productionKwhByYear: [kwh], monthlyProductionShares: weights.map((w) => w / total) });
          expect(sum(schedule.year1MonthlyCents)).toBe(schedule.years[0]?.paymentCents);
        },
      ),
    );
  });
});
