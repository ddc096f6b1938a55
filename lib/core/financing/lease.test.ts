import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { leaseSchedule } from "./lease";

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("lease schedule", () => {
  test("$150 a month rising 2.9% a year: each lease year's payment, rounded once from the exact product", () => {
    const schedule = leaseSchedule({ monthlyPaymentCents: 15_000, escalator: 0.029, termMonths: 300 });
    // 150 × 1.029 = 154.35 (and 150 × 1.029²⁴ = 297.89 in year 25); 150 × 1.029² = 158.826 → 158.83; 150 × 1.029³ = 163.432 → 163.43; 150 × 1.029⁴ = 168.172 → 168.17.
    expect(schedule.years.slice(0, 5).map((y) => y.monthlyPaymentCents)).toEqual([15_000, 15_435, 15_883, 16_343, 16_817]);
    expect(schedule.years.slice(0, 3).map((y) => y.paymentCents)).toEqual([180_000, 185_220, 190_596]);
    expect(schedule.months).toHaveLength(300);
    // The anniversary: month 12 is still year 1's payment, month 13 the escalated one.
    expect(schedule.months[11]).toEqual({ month: 12, year: 1, paymentCents: 15_000, buyoutCents: 0 });
    expect(schedule.months[12]).toEqual({ month: 13, year: 2, paymentCents: 15_435, buyoutCents: 0 });
    expect(schedule.explanation[0]).toBe(
      "Monthly payment: $150.00 in year 1, rising 2.9% each year (year y: $150.00 × 1.029^(y − 1), rounded to the cent), $297.89 in year 25.",
    );
  });

  test("an exercised buyout after month 60: five years of payments, then the price, then nothing", () => {
    const schedule = leaseSchedule({
      monthlyPaymentCents: 15_000,
      escalator: 0.029,
      termMonths: 300,
      upfrontPaymentCents: 50_000,
      buyout: { afterMonth: 60, priceCents: 800_000, isExercised: true },
    });
    expect(schedule.months).toHaveLength(60);
    expect(schedule.months[59]).toEqual({ month: 60, year: 5, paymentCents: 16_817, buyoutCents: 800_000 });
    // 12 × (150 + 154.35 + 158.83 + 163.43 + 168.17) = 12 × 794.78 = 9,537.36; + $8,000 buyout + $500 at signing.
    expect(schedule.totalPaidCents).toBe(50_000 + 953_736 + 800_000);
  });

  test("an offered buyout that is not exercised is stated, not counted", () => {
    const schedule = leaseSchedule({ monthlyPaymentCents: 10_000, escalator: 0, termMonths: 24, buyout: { afterMonth: 12, priceCents: 500_000, isExercised: false } });
    expect(schedule.totalPaidCents).toBe(240_000);
    expect(schedule.explanation).toContain("Buyout offered after month 12 for $5,000.00; not counted in these figures.");
  });

  test("a term that ends mid-year leaves a short last year", () => {
    const schedule = leaseSchedule({ monthlyPaymentCents: 10_000, escalator: 0.1, termMonths: 18 });
    expect(schedule.years.map((y) => [y.monthlyPaymentCents, y.paymentCents])).toEqual([
      [10_000, 120_000],
      [11_000, 66_000],
    ]);
  });

  test("property: the years and the total are the months' sums, exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.integer({ min: 1, max: 360 }),
        fc.integer({ min: 0, max: 500_000 }),
        (monthly, escalator, term, upfront) => {
          const schedule = leaseSchedule({ monthlyPaymentCents: monthly, escalator, termMonths: term, upfrontPaymentCents: upfront });
          expect(sum(schedule.years.map((y) => y.paymentCents))).toBe(sum(schedule.months.map((m) => m.paymentCents)));
          expect(schedule.totalPaidCents).toBe(upfront + sum(schedule.months.map((m) => m.paymentCents)));
        },
      ),
    );
  });
});
