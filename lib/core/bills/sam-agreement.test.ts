/**
 * Agreement with NREL SAM's utility rate module, utilityrate5 (github.com/NREL/ssc, ssc/cmod_utilityrate5.cpp and
 * shared/lib_utility_rate_equations.cpp, read 2026-12-03 at commit e97a19f8). Each case is small and worked by hand
 * from SAM's code, on SAM's calendar (lib_util.cpp translate_schedule: 1 January a Monday, 365 days, no holidays):
 *
 * - ur_metering_option 0 (net metering, kWh credits): `ur_calc`. Monthly net kWh by TOU period; a period's surplus
 *   moves to the next month's period found at the same position among the weekday schedule's 00:00, 05:00, 11:00
 *   and 17:00 (`transfer_surplus`), not across the true-up; the month's use is cut at the tier limits and each period
 *   takes its share of every tier; at `ur_nm_credit_month` the cumulative surplus kWh is paid at
 *   `ur_nm_yearend_sell_rate`.
 * - option 1 (net metering, dollar credits): a month's surplus valued at the sell rates; credits offset the month's
 *   and later months' energy charges; paid at the true-up month.
 * - option 2 (net billing): `ur_calc_timestep`, hour by hour, tiers by the month's cumulative kWh; credits reduce the
 *   month's energy charge, even below zero.
 * - option 3 (net billing with carryover): as 2, with credits left carried (`ur_nb_apply_credit_current_month`
 *   says whether they apply in the month earned), paid at the true-up unless `ur_nb_credit_expire`.
 * - option 4 (buy all / sell all): the load billed on its own (with fixed and minimum charges), the production sold
 *   on its own meter (`gen_only`: no fixed or minimum charge).
 * - fixed charge first, then the monthly minimum on max(0, bill); the annual minimum in December against the sum of
 *   those floored monthly bills.
 */
import { describe, expect, test } from "vitest";
import { computeYearBill } from "./bill";
import { createCalendar } from "./calendar";
import { compileExportRule, flatExportTable, parseExportRule, type ExportRuleInput } from "./export-rules";
import { buildSchedule, flatTariff, parseUrdbRate, uniformSchedule, type TariffRate } from "./tariff";
import { compileTariff } from "./tariff-compile";
import { hourOf, pulses } from "./test-helpers";

const sam = createCalendar({ kind: "sam" });
const zero = new Float64Array(sam.hours);

function bill(rate: TariffRate, rule: ExportRuleInput, importKwh: Float64Array, exportKwh: Float64Array = zero) {
  const tariff = compileTariff(rate, sam);
  return computeYearBill(tariff, compileExportRule(parseExportRule(rule), tariff), importKwh, exportKwh);
}

describe("SAM option 0: kWh rollover matches the time of day, across seasons", () => {
  // Summer June–September: 0 peak $0.60, 1 off-peak $0.40; winter: 2 peak $0.50, 3 off-peak $0.35; peak 4–9 p.m.
  const seasons = [
    { months: [6, 7, 8, 9], defaultPeriod: 1, ranges: [[16, 21, 0]] as const },
    { months: [1, 2, 3, 4, 5, 10, 11, 12], defaultPeriod: 3, ranges: [[16, 21, 2]] as const },
  ];
  const rate = parseUrdbRate({
    energyratestructure: [[{ rate: 0.6 }], [{ rate: 0.4 }], [{ rate: 0.5 }], [{ rate: 0.35 }]],
    energyweekdayschedule: buildSchedule(seasons),
    energyweekendschedule: buildSchedule(seasons),
    periodNames: ["Summer peak", "Summer off-peak", "Winter peak", "Winter off-peak"],
  });
  const exports = pulses(sam, [[hourOf(sam, 5, 1, 12), 100]]);
  const imports = pulses(sam, [[hourOf(sam, 5, 1, 18), 20], [hourOf(sam, 6, 1, 12), 60], [hourOf(sam, 6, 1, 18), 30], [hourOf(sam, 7, 2, 12), 50]]);
  const result = bill(rate, { kind: "net-metering", netSurplusDollarsPerKwh: 0.03 }, imports, exports);
  test.each([
    { label: "May: 100 kWh winter off-peak surplus is carried; 20 kWh winter peak × $0.50 = $10", month: 4, cents: 1000, carried: 100 },
    { label: "June: May's off-peak surplus (position 00:00) lands in summer off-peak: 60 − 100 → 40 kWh surplus; peak 30 × $0.60 = $18", month: 5, cents: 1800, carried: 40 },
    { label: "July: 50 kWh off-peak − 40 carried = 10 × $0.40 = $4", month: 6, cents: 400, carried: 0 },
    { label: "December: the cumulative surplus (on monthly totals) fell to 0 in June: no true-up payment", month: 11, cents: 0, carried: 0 },
  ])("$label", ({ month, cents, carried }) => {
    expect(result.months[month]!.totalCents).toBe(cents);
    expect(result.months[month]!.carriedKwh).toBeCloseTo(carried, 9);
  });
});

describe("SAM option 0: a surplus in a period found at none of 00:00, 05:00, 11:00, 17:00 is not carried", () => {
  // Peak 4–9 p.m. ($0.55), partial-peak 3–4 p.m. ($0.45), off-peak ($0.35), all year.
  const schedule = uniformSchedule(2).map((row) => row.map((period, hour) => (hour === 15 ? 1 : hour >= 16 && hour < 21 ? 0 : period)));
  const rate = parseUrdbRate({ energyratestructure: [[{ rate: 0.55 }], [{ rate: 0.45 }], [{ rate: 0.35 }]], energyweekdayschedule: schedule, energyweekendschedule: schedule, periodNames: ["Peak", "Partial-peak", "Off-peak"] });
  const result = bill(rate, { kind: "net-metering" }, pulses(sam, [[hourOf(sam, 2, 1, 15), 10]]), pulses(sam, [[hourOf(sam, 1, 1, 15), 10]]));
  test("January's 10 kWh partial-peak surplus does not reach February: February pays 10 × $0.45 = $4.50, and the bill says why", () => {
    expect(result.months[1]!.totalCents).toBe(450);
    expect(result.warnings[0]).toMatch(/Surplus kWh in Partial-peak could not be matched to a period of the next month/);
  });
});

describe("tiers: SAM prorates them across periods under net metering and walks the hours under net billing", () => {
  // 100 kWh a month in tier 1. Off-peak $0.10 / $0.15, peak $0.30 / $0.50. January: 80 kWh off-peak at 02:00 on
  // the 1st, then 80 kWh peak at 17:00.
  const schedule = uniformSchedule(1).map((row) => row.map((period, hour) => (hour >= 16 && hour < 21 ? 0 : period)));
  const rate = parseUrdbRate({
    energyratestructure: [
      [{ rate: 0.3, max: 100 }, { rate: 0.5 }],
      [{ rate: 0.1, max: 100 }, { rate: 0.15 }],
    ],
    energyweekdayschedule: schedule,
    energyweekendschedule: schedule,
  });
  const imports = pulses(sam, [[hourOf(sam, 1, 1, 2), 80], [hourOf(sam, 1, 1, 17), 80]]);
  test.each([
    { label: "net metering (ur_calc): each period gets half of each tier: off 50 × 0.10 + 30 × 0.15, peak 50 × 0.30 + 30 × 0.50 = $39.50", rule: { kind: "net-metering" } as const, cents: 3950 },
    { label: "net billing (ur_calc_timestep): the off-peak hour fills tier 1 first: 80 × 0.10 + 20 × 0.30 + 60 × 0.50 = $44.00", rule: { kind: "net-billing", carryover: "none" } as const, cents: 4400 },
  ])("$label", ({ rule, cents }) => {
    expect(bill(rate, rule, imports).months[0]!.energyChargeCents).toBe(cents);
  });
});

describe("minimum charges in SAM's order", () => {
  test("an annual minimum of $300 against twelve $20 bills: December is topped up by $60", () => {
    const rate = parseUrdbRate({ energyratestructure: [[{ rate: 0.2 }]], energyweekdayschedule: uniformSchedule(), energyweekendschedule: uniformSchedule(), mincharge: 300, minchargeunits: "$/year" });
    const usage = pulses(sam, Array.from({ length: 12 }, (_, month) => [hourOf(sam, month + 1, 10, 12), 100] as const));
    const result = bill(rate, { kind: "net-metering" }, usage);
    expect(result.months[11]!.minimumChargeCents).toBe(6000);
    expect(result.totalCents).toBe(30_000);
  });

  test("net billing without carryover: the minimum looks at max(0, energy − credits + fixed), so credits cannot pay it: −$6 + $5 + $8 = $7", () => {
    const rate = flatTariff({ dollarsPerKwh: 0.4, fixedDollarsPerMonth: 5, minimumDollarsPerMonth: 8 });
    const result = bill(rate, { kind: "net-billing", carryover: "none", exportRates: flatExportTable(0.1) }, pulses(sam, [[hourOf(sam, 1, 3, 20), 10]]), pulses(sam, [[hourOf(sam, 1, 3, 12), 100]]));
    expect(result.months[0]).toMatchObject({ energyChargeCents: 400, exportCreditCents: 1000, fixedChargeCents: 500, minimumChargeCents: 800, totalCents: 700 });
  });
});

describe("SAM option 0 with the true-up in April (ur_nm_credit_month = 3)", () => {
  const rate = flatTariff({ dollarsPerKwh: 0.2 });
  const exports = pulses(sam, [[hourOf(sam, 1, 5, 12), 100]]);
  const imports = pulses(sam, [[hourOf(sam, 2, 5, 20), 30], [hourOf(sam, 5, 5, 20), 40]]);
  const result = bill(rate, { kind: "net-metering", trueUpMonth: 4, netSurplusDollarsPerKwh: 0.05 }, imports, exports);
  test.each([
    { label: "February: 30 kWh offset by January's 100: nothing to pay, 70 carried", month: 1, cents: 0 },
    { label: "April: the true-up pays 70 kWh × $0.05 = $3.50", month: 3, cents: -350 },
    { label: "May starts a new year: nothing carried across the true-up, 40 × $0.20 = $8", month: 4, cents: 800 },
  ])("$label", ({ month, cents }) => {
    expect(result.months[month]!.totalCents).toBe(cents);
  });
});

describe("SAM option 3 with credits applied the month after they are earned (ur_nb_apply_credit_current_month = 0)", () => {
  const rate = flatTariff({ dollarsPerKwh: 0.4 });
  const result = bill(
    rate,
    { kind: "net-billing", exportRates: flatExportTable(0.1), carryover: "monthly", applyInMonthEarned: false, atTrueUp: "paid" },
    pulses(sam, [[hourOf(sam, 1, 3, 20), 10], [hourOf(sam, 2, 3, 20), 20]]),
    pulses(sam, [[hourOf(sam, 1, 3, 12), 100]]),
  );
  test.each([
    { label: "January: $4 charged, the $10 earned waits for February", month: 0, cents: 400 },
    { label: "February: $8 − $10 carried: nothing to pay, $2 carried", month: 1, cents: 0 },
    { label: "December: the $2 is paid at the true-up", month: 11, cents: -200 },
  ])("$label", ({ month, cents }) => {
    expect(result.months[month]!.totalCents).toBe(cents);
  });
});

describe("SAM option 1: net metering with dollar credits", () => {
  // Buy $0.30, sell $0.10. January: 100 kWh exported at noon, 20 imported at 8 p.m.: 80 kWh surplus → $8 of credit.
  const rate = flatTariff({ dollarsPerKwh: 0.3, sellDollarsPerKwh: 0.1 });
  const result = bill(rate, { kind: "net-metering", credits: "dollars" }, pulses(sam, [[hourOf(sam, 1, 1, 20), 20], [hourOf(sam, 2, 1, 20), 50]]), pulses(sam, [[hourOf(sam, 1, 1, 12), 100]]));
  test.each([
    { label: "January: the month nets to 80 kWh surplus: no charge, $8 credit carried", month: 0, cents: 0, carried: 800 },
    { label: "February: 50 × $0.30 = $15 − $8 = $7", month: 1, cents: 700, carried: 0 },
  ])("$label", ({ month, cents, carried }) => {
    expect(result.months[month]!.totalCents).toBe(cents);
    expect(result.months[month]!.carriedCents).toBe(carried);
  });
});

describe("SAM option 4: buy all, sell all, the sales meter walking its own tiers", () => {
  // Tier 1 (100 kWh a month) buys at $0.20 and sells at $0.10; tier 2 buys at $0.30 and sells at $0.05. $10 fixed.
  const rate = parseUrdbRate({
    energyratestructure: [[{ rate: 0.2, max: 100, sell: 0.1 }, { rate: 0.3, sell: 0.05 }]],
    energyweekdayschedule: uniformSchedule(),
    energyweekendschedule: uniformSchedule(),
    fixedchargefirstmeter: 10,
    fixedchargeunits: "$/month",
  });
  test("January: load 100 × $0.20 = $20 + $10; sales 100 × $0.10 + 50 × $0.05 = $12.50; bill $17.50", () => {
    const result = bill(rate, { kind: "buy-all-sell-all" }, pulses(sam, [[hourOf(sam, 1, 2, 20), 100]]), pulses(sam, [[hourOf(sam, 1, 2, 12), 150]]));
    expect(result.months[0]).toMatchObject({ energyChargeCents: 2000, exportCreditCents: 1250, fixedChargeCents: 1000, totalCents: 1750 });
  });
});
