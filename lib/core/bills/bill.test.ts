/**
 * Bills computed by hand. SAM's calendar (1 January a Monday, 365 days, no daylight saving) keeps the arithmetic
 * simple: January has 744 hours, February 672.
 */
import { describe, expect, test } from "vitest";
import { computeYearBill } from "./bill";
import { createCalendar } from "./calendar";
import { compileExportRule, flatExportTable, parseExportRule, type ExportRuleInput } from "./export-rules";
import { flatTariff, parseUrdbRate, uniformSchedule, type TariffRate } from "./tariff";
import { compileTariff } from "./tariff-compile";
import { constant, hourOf, pulses, twoPeriodTou } from "./test-helpers";

const sam = createCalendar({ kind: "sam" });
const zero = new Float64Array(sam.hours);

function bill(rate: TariffRate, rule: ExportRuleInput, importKwh: Float64Array, exportKwh: Float64Array = zero, calendar = sam) {
  const tariff = compileTariff(rate, calendar);
  return computeYearBill(tariff, compileExportRule(parseExportRule(rule), tariff), importKwh, exportKwh);
}

const NEM: ExportRuleInput = { kind: "net-metering" };
const NET_BILLING_MONTHLY: ExportRuleInput = { kind: "net-billing", carryover: "none" };

describe("energy charges without a system (1 kWh every hour)", () => {
  const tiered = (unit?: string, max = 300) => parseUrdbRate({ energyratestructure: [[{ rate: 0.1, max, unit }, { rate: 0.2 }]], energyweekdayschedule: uniformSchedule(), energyweekendschedule: uniformSchedule() });
  test.each([
    { label: "flat $0.20/kWh + $10 fixed: January 744 kWh × $0.20 = $148.80 + $10 = $158.80", rate: flatTariff({ dollarsPerKwh: 0.2, fixedDollarsPerMonth: 10 }), month: 0, energy: 14_880, total: 15_880 },
    { label: "tiered, 300 kWh at $0.10 then $0.20: January 300 × 0.10 + 444 × 0.20 = $118.80", rate: tiered(), month: 0, energy: 11_880, total: 11_880 },
    { label: "tiered, February: 300 × 0.10 + 372 × 0.20 = $104.40", rate: tiered(), month: 1, energy: 10_440, total: 10_440 },
    { label: "daily tier of 10 kWh: January's limit is 310 kWh: 310 × 0.10 + 434 × 0.20 = $117.80", rate: tiered("kWh daily", 10), month: 0, energy: 11_780, total: 11_780 },
    { label: "two-period TOU, peak 4–9 p.m. $0.50, off-peak $0.30: January 155 × 0.50 + 589 × 0.30 = $254.20", rate: twoPeriodTou(0.5, 0.3), month: 0, energy: 25_420, total: 25_420 },
  ])("$label", ({ rate, month, energy, total }) => {
    for (const rule of [NEM, NET_BILLING_MONTHLY]) {
      const result = bill(rate, rule, constant(sam, 1));
      expect(result.months[month]!.energyChargeCents).toBe(energy);
      expect(result.months[month]!.totalCents).toBe(total);
    }
  });

  test("the year's total is the sum of the months: flat $0.20 + $10: 8,760 × $0.20 + 12 × $10 = $1,872", () => {
    const result = bill(flatTariff({ dollarsPerKwh: 0.2, fixedDollarsPerMonth: 10 }), NEM, constant(sam, 1));
    expect(result.totalCents).toBe(187_200);
    expect(result.months.reduce((total, month) => total + month.totalCents, 0)).toBe(result.totalCents);
  });

  test("the bill lines name the period and tier: January, 155 kWh of peak at $0.50", () => {
    const result = bill(twoPeriodTou(0.5, 0.3), NEM, constant(sam, 1));
    expect(result.months[0]!.lines).toContainEqual({ kind: "import", period: 0, periodName: "Peak", tier: 0, kwh: 155, dollars: 77.5 });
  });
});

describe("time of use on a real calendar reads the clock", () => {
  const calendar = createCalendar({ kind: "year", year: 2026 });
  // 1 kWh at 15:00 standard time every day: 16:00 on the clock in summer (peak), 15:00 in winter (off-peak).
  const usage = new Float64Array(calendar.hours);
  for (let day = 0; day < calendar.days; day++) usage[day * 24 + 15] = 1;
  test.each([
    { label: "July: 31 kWh at 16:00 daylight time, all peak: 31 × $0.50 = $15.50", month: 6, cents: 1550 },
    { label: "January: 31 kWh at 15:00, all off-peak: 31 × $0.30 = $9.30", month: 0, cents: 930 },
  ])("$label", ({ month, cents }) => {
    expect(bill(twoPeriodTou(0.5, 0.3), NEM, usage, new Float64Array(calendar.hours), calendar).months[month]!.energyChargeCents).toBe(cents);
  });
});

describe("minimum bills", () => {
  const rate = flatTariff({ dollarsPerKwh: 0.2, fixedDollarsPerMonth: 5, minimumDollarsPerMonth: 25 });
  const usage = pulses(sam, [[hourOf(sam, 1, 10, 12), 50], [hourOf(sam, 2, 10, 12), 200]]);
  test.each([
    { label: "January: 50 kWh × $0.20 = $10 + $5 fixed = $15, topped up to the $25 minimum", month: 0, minimum: 1000, total: 2500 },
    { label: "February: 200 kWh × $0.20 = $40 + $5 = $45, above the minimum", month: 1, minimum: 0, total: 4500 },
    { label: "March, no use: $5 fixed, topped up by $20", month: 2, minimum: 2000, total: 2500 },
  ])("$label", ({ month, minimum, total }) => {
    const result = bill(rate, NEM, usage);
    expect(result.months[month]!.minimumChargeCents).toBe(minimum);
    expect(result.months[month]!.totalCents).toBe(total);
  });
});

describe("net metering: monthly kWh rollover and the annual true-up at the net surplus rate", () => {
  // Flat $0.20/kWh, no fixed charge, net surplus compensation $0.04/kWh, true-up in December.
  const rate = flatTariff({ dollarsPerKwh: 0.2 });
  const imports = pulses(sam, [[hourOf(sam, 1, 1, 20), 100], [hourOf(sam, 2, 1, 20), 100], [hourOf(sam, 3, 1, 20), 10]]);
  const exports = pulses(sam, [[hourOf(sam, 1, 1, 12), 150], [hourOf(sam, 3, 1, 12), 40], [hourOf(sam, 12, 1, 12), 20]]);
  const result = bill(rate, { kind: "net-metering", netSurplusDollarsPerKwh: 0.04 }, imports, exports);
  test.each([
    { label: "January: 150 exported − 100 imported = 50 kWh surplus, carried; no charge", month: 0, energy: 0, carriedKwh: 50, total: 0 },
    { label: "February: 100 imported − 50 carried = 50 kWh × $0.20 = $10", month: 1, energy: 1000, carriedKwh: 0, total: 1000 },
    { label: "March: 40 exported − 10 imported = 30 kWh surplus, carried", month: 2, energy: 0, carriedKwh: 30, total: 0 },
    { label: "July: the 30 kWh keep rolling", month: 6, energy: 0, carriedKwh: 30, total: 0 },
    { label: "December: 30 carried + 20 exported = 50 kWh at the true-up × $0.04 = $2 paid", month: 11, energy: 0, carriedKwh: 0, total: -200 },
  ])("$label", ({ month, energy, carriedKwh, total }) => {
    expect(result.months[month]!.energyChargeCents).toBe(energy);
    expect(result.months[month]!.carriedKwh).toBeCloseTo(carriedKwh, 9);
    expect(result.months[month]!.totalCents).toBe(total);
  });

  test("the true-up: December, 50 kWh, $2 paid; the year: $10 − $2 = $8", () => {
    expect(result.trueUp).toEqual({ month: 11, surplusKwh: 50, paidCents: 200, forfeitedCents: 0 });
    expect(result.totalCents).toBe(800);
  });
});

describe("net billing: every hour's export at that hour's export rate (California NBT)", () => {
  // Buy $0.40/kWh. Export table: $1.00 at 18:00 on weekdays, $0.05 at every other hour. SAM's 1 January is a Monday.
  const table = flatExportTable(0.05, { id: "test-nbt", title: "test export rates" });
  table.weekday = table.weekday.map((hours) => hours.map((rate, hour) => (hour === 18 ? 1 : rate)));
  const rate = flatTariff({ dollarsPerKwh: 0.4 });
  const imports = pulses(sam, [[hourOf(sam, 1, 2, 20), 20], [hourOf(sam, 2, 5, 20), 10], [hourOf(sam, 3, 1, 20), 50]]);
  const exports = pulses(sam, [[hourOf(sam, 1, 1, 12), 10], [hourOf(sam, 1, 1, 18), 2], [hourOf(sam, 2, 5, 18), 30]]);
  const result = bill(rate, { kind: "net-billing", exportRates: table, carryover: "monthly", atTrueUp: "paid" }, imports, exports);
  test.each([
    { label: "January: 20 kWh × $0.40 = $8 − (10 × $0.05 + 2 × $1.00 = $2.50) = $5.50", month: 0, energy: 800, credit: 250, carried: 0, total: 550 },
    { label: "February (5 Feb, a Monday): 30 kWh at 18:00 × $1 = $30 covers 10 × $0.40 = $4; $26 carried", month: 1, energy: 400, credit: 400, carried: 2600, total: 0 },
    { label: "March: 50 × $0.40 = $20, paid from the $26; $6 carried", month: 2, energy: 2000, credit: 2000, carried: 600, total: 0 },
    { label: "December: the $6 left at the true-up is paid", month: 11, energy: 0, credit: 0, carried: 0, total: -600 },
  ])("$label", ({ month, energy, credit, carried, total }) => {
    expect(result.months[month]!.energyChargeCents).toBe(energy);
    expect(result.months[month]!.exportCreditCents).toBe(credit);
    expect(result.months[month]!.carriedCents).toBe(carried);
    expect(result.months[month]!.totalCents).toBe(total);
  });

  test("with credits that expire at the true-up, the $6 is forfeited and reported", () => {
    const expiring = bill(rate, { kind: "net-billing", exportRates: table, carryover: "monthly", atTrueUp: "expire" }, imports, exports);
    expect(expiring.months[11]!.totalCents).toBe(0);
    expect(expiring.trueUp.forfeitedCents).toBe(600);
    expect(expiring.warnings[0]).toBe("Export credits of $6.00 are left at the true-up and forfeited under this rule.");
  });

  test("credits never pay the fixed charge: $10 fixed stays on a month whose exports exceed its imports", () => {
    const withFixed = bill(flatTariff({ dollarsPerKwh: 0.4, fixedDollarsPerMonth: 10 }), { kind: "net-billing", exportRates: table, carryover: "monthly" }, imports, exports);
    expect(withFixed.months[1]!.totalCents).toBe(1000);
  });

  test("non-bypassable charges are paid on every kWh imported: January 20 kWh × $0.02 = $0.40", () => {
    const withNbc = parseUrdbRate({ energyratestructure: [[{ rate: 0.4 }]], energyweekdayschedule: uniformSchedule(), energyweekendschedule: uniformSchedule(), nonBypassableDollarsPerKwh: 0.02 });
    expect(bill(withNbc, { kind: "net-billing", exportRates: table }, imports, exports).months[0]!.nonBypassableCents).toBe(40);
  });
});

describe("buy all, sell all: the home buys everything, the production is sold on its own meter", () => {
  const rate = flatTariff({ dollarsPerKwh: 0.3, fixedDollarsPerMonth: 10, minimumDollarsPerMonth: 20, sellDollarsPerKwh: 0.1 });
  const production = pulses(sam, [[hourOf(sam, 1, 15, 12), 300], [hourOf(sam, 2, 15, 12), 5000]]);
  test.each([
    { label: "January: 744 × $0.30 = $223.20 + $10 − 300 × $0.10 = $203.20", rule: { kind: "buy-all-sell-all" } as const, month: 0, total: 20_320 },
    { label: "February: sales of $500 exceed the $201.60 + $10 bill: −$288.40 (the minimum looks at the load's bill alone)", rule: { kind: "buy-all-sell-all" } as const, month: 1, total: -28_840 },
    { label: "a sell price of $0.08 instead of the tariff's: January $233.20 − $24 = $209.20", rule: { kind: "buy-all-sell-all", sellDollarsPerKwh: 0.08 } as const, month: 0, total: 20_920 },
  ])("$label", ({ rule, month, total }) => {
    expect(bill(rate, rule, constant(sam, 1), production).months[month]!.totalCents).toBe(total);
  });
});
