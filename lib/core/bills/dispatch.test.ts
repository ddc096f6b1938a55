import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { computeYearBill } from "./bill";
import { createCalendar } from "./calendar";
import { buildEventSchedule, dispatchBattery, meterFlowsWithoutBattery, pickEventDays, type BatteryInput, type DispatchOptions } from "./dispatch";
import { compileExportRule, flatExportTable, parseExportRule, type ExportRuleInput } from "./export-rules";
import { spreadMonthlyProduction } from "./production";
import { flatTariff, type TariffRate } from "./tariff";
import { compileTariff } from "./tariff-compile";
import { constant, hourOf, pulses, twoPeriodTou } from "./test-helpers";
import { hourlyUsageFromMonthly } from "./usage";

const sam = createCalendar({ kind: "sam" });
const NET_BILLING: ExportRuleInput = { kind: "net-billing", exportRates: flatExportTable(0.05) };

function run(rate: TariffRate, rule: ExportRuleInput, usage: Float64Array, production: Float64Array, battery: BatteryInput, options: DispatchOptions = {}) {
  const tariff = compileTariff(rate, sam);
  return dispatchBattery(tariff, compileExportRule(parseExportRule(rule), tariff), usage, production, battery, { recordFlows: true, ...options });
}

// 0.5 kWh every hour; 8 kWh of solar at noon on 1 January.
const usage = constant(sam, 0.5);
const noonSolar = pulses(sam, [[hourOf(sam, 1, 1, 12), 8]]);
const TEN_KWH: BatteryInput = { usableKwh: 10, powerKw: 5, roundTripEfficiencyPercent: 100, reservePercent: 0 };

describe("self-consumption on one day (buy $0.40, export $0.05: storing is worth it)", () => {
  test.each([
    {
      label: "7.5 kWh surplus at noon: 5 kWh stored (the 5 kW limit), 2.5 exported; then 10 hours of 0.5 kWh served",
      battery: TEN_KWH,
      stored: 5,
      exported: 2.5,
      servedHours: 10,
      floor: 0,
    },
    {
      label: "81 % round trip: 5 kWh in, 4.5 stored, 4.05 out: 8 full hours and 0.05 kWh in the ninth",
      battery: { ...TEN_KWH, roundTripEfficiencyPercent: 81 },
      stored: 4.5,
      exported: 2.5,
      servedHours: 8,
      floor: 0,
    },
    {
      label: "a 20 % reserve keeps 2 kWh: the year starts at the floor, 5 kWh stored above it, the same 10 hours served",
      battery: { ...TEN_KWH, reservePercent: 20 },
      stored: 5,
      exported: 2.5,
      servedHours: 10,
      floor: 2,
    },
  ])("$label", ({ battery, stored, exported, servedHours, floor }) => {
    const result = run(flatTariff({ dollarsPerKwh: 0.4 }), NET_BILLING, usage, noonSolar, battery);
    const noon = hourOf(sam, 1, 1, 12);
    expect(result.floorKwh).toBe(floor);
    expect(result.initialSocKwh).toBeCloseTo(floor, 9);
    expect(result.flows!.solarToBattery[noon]).toBeCloseTo(5, 9);
    expect(result.socKwh[noon]! - floor).toBeCloseTo(stored, 9);
    expect(result.exportKwh[noon]).toBeCloseTo(exported, 9);
    for (let hour = 1; hour <= servedHours; hour++) expect(result.importKwh[noon + hour]).toBeCloseTo(0, 9);
    expect(result.importKwh[noon + servedHours + 1]!).toBeGreaterThan(0.4);
  });

  test("the power limit caps discharge: an 8 kWh hour gets 5 kWh from the battery and 3 from the grid", () => {
    const evening = hourOf(sam, 1, 1, 13);
    const result = run(flatTariff({ dollarsPerKwh: 0.4 }), NET_BILLING, pulses(sam, [[evening, 8]]), pulses(sam, [[hourOf(sam, 1, 1, 12), 10]]), TEN_KWH);
    expect(result.flows!.batteryToLoad[evening]).toBeCloseTo(5, 9);
    expect(result.importKwh[evening]).toBeCloseTo(3, 9);
  });

  test("under net metering the battery stores no solar (an exported kWh is already worth the retail price)", () => {
    const result = run(flatTariff({ dollarsPerKwh: 0.4 }), { kind: "net-metering" }, usage, noonSolar, { ...TEN_KWH, roundTripEfficiencyPercent: 90 });
    expect(result.exportKwh[hourOf(sam, 1, 1, 12)]).toBeCloseTo(7.5, 9);
    expect(result.monthlyChargeKwh.every((kwh) => kwh === 0)).toBe(true);
  });

  test("an export rate above RTE × the lowest import price: export instead of storing ($0.39 > 0.9 × $0.40)", () => {
    const result = run(flatTariff({ dollarsPerKwh: 0.4 }), { kind: "net-billing", exportRates: flatExportTable(0.39) }, usage, noonSolar, { ...TEN_KWH, roundTripEfficiencyPercent: 90 });
    expect(result.flows!.solarToBattery[hourOf(sam, 1, 1, 12)]).toBe(0);
  });
});

describe("Grid Services event days", () => {
  // 2 January (day 1), event 5–7 p.m.; grid charging allowed to be full at the start.
  const events = buildEventSchedule(sam, [1], 17, 2);
  const result = run(flatTariff({ dollarsPerKwh: 0.4 }), NET_BILLING, usage, new Float64Array(sam.hours), TEN_KWH, { events, allowGridCharging: true });
  test.each([
    { label: "10 a.m.: held (no discharge before the event), the home imports", hour: 10, batteryToLoad: 0, gridToBattery: 0, batteryToGrid: 0 },
    { label: "3 p.m.: charges 5 kWh from the grid, just in time (2 hours left at 5 kW)", hour: 15, batteryToLoad: 0, gridToBattery: 5, batteryToGrid: 0 },
    { label: "4 p.m.: 5 kWh more: full at the start", hour: 16, batteryToLoad: 0, gridToBattery: 5, batteryToGrid: 0 },
    { label: "5 p.m.: full power, 0.5 kWh to the home and 4.5 exported", hour: 17, batteryToLoad: 0.5, gridToBattery: 0, batteryToGrid: 4.5 },
    { label: "6 p.m.: the last 5 kWh", hour: 18, batteryToLoad: 0.5, gridToBattery: 0, batteryToGrid: 4.5 },
  ])("$label", ({ hour, batteryToLoad, gridToBattery, batteryToGrid }) => {
    const index = hourOf(sam, 1, 2, hour);
    expect(result.flows!.batteryToLoad[index]).toBeCloseTo(batteryToLoad, 9);
    expect(result.flows!.gridToBattery[index]).toBeCloseTo(gridToBattery, 9);
    expect(result.flows!.batteryToGrid[index]).toBeCloseTo(batteryToGrid, 9);
  });

  test("without export in events, the battery only covers the home: 0.5 kWh an hour", () => {
    const capped = run(flatTariff({ dollarsPerKwh: 0.4 }), NET_BILLING, usage, new Float64Array(sam.hours), TEN_KWH, { events, allowGridCharging: true, allowEventExport: false });
    expect(capped.flows!.batteryToGrid[hourOf(sam, 1, 2, 17)]).toBe(0);
    expect(capped.flows!.batteryToLoad[hourOf(sam, 1, 2, 17)]).toBeCloseTo(0.5, 9);
  });

  test("event days are the weekdays of the season with the most use in the event window", () => {
    const calendar = createCalendar({ kind: "year", year: 2026 });
    const hotter = constant(calendar, 1);
    hotter[hourOf(calendar, 8, 12, 17)] = 9; // Wednesday 12 August, 6 p.m. on the clock
    hotter[hourOf(calendar, 8, 15, 17)] = 20; // Saturday 15 August: not a weekday
    const days = pickEventDays(calendar, hotter, { months: [5, 6, 7, 8, 9, 10], count: 1, startHour: 16, durationHours: 5 });
    expect(days).toEqual([calendar.monthStartHour[7]! / 24 + 11]);
  });

  test("an event past midnight is refused", () => {
    expect(() => buildEventSchedule(sam, [1], 22, 3)).toThrow(/end by midnight; got 3 h from 22:00/);
  });
});

describe("time-of-use arbitrage", () => {
  test("the battery serves the home only in the day's highest-priced hours, and charges from the grid only off-peak", () => {
    const rate = twoPeriodTou(0.6, 0.3);
    const result = run(rate, { kind: "net-billing", exportRates: flatExportTable(0) }, usage, new Float64Array(sam.hours), { ...TEN_KWH, roundTripEfficiencyPercent: 90 }, { strategy: "tou-arbitrage", allowGridCharging: true });
    const day = hourOf(sam, 3, 10, 0);
    const flows = result.flows!;
    let peakCharging = 0;
    let offPeakDischarge = 0;
    for (let hour = day; hour < day + 24; hour++) {
      const isPeak = hour - day >= 16 && hour - day < 21;
      if (isPeak) peakCharging += flows.gridToBattery[hour]!;
      else offPeakDischarge += flows.batteryToLoad[hour]!;
    }
    expect(peakCharging).toBe(0);
    expect(offPeakDischarge).toBe(0);
    for (let hour = 16; hour < 21; hour++) expect(flows.batteryToLoad[day + hour]).toBeCloseTo(0.5, 9);
    // The 2.5 kWh served at peak each day are bought off-peak: 2.5 ÷ 0.9 = 2.78 kWh from the grid a day.
    expect(result.monthlyGridChargeKwh[2]! / 31).toBeCloseTo(2.5 / 0.9, 6);
  });
});

describe("properties over random years", () => {
  const OAKLAND = { latitude: 37.8, longitude: -122.3 };
  const monthly = (min: number, max: number) => fc.array(fc.double({ min, max, noNaN: true }), { minLength: 12, maxLength: 12 });
  const battery = fc.record({
    usableKwh: fc.double({ min: 2, max: 30, noNaN: true }),
    powerKw: fc.double({ min: 1, max: 12, noNaN: true }),
    roundTripEfficiencyPercent: fc.double({ min: 75, max: 100, noNaN: true }),
    reservePercent: fc.double({ min: 0, max: 60, noNaN: true }),
  });
  const tariff = fc.oneof(
    fc.double({ min: 0.1, max: 0.6, noNaN: true }).map((price) => flatTariff({ dollarsPerKwh: price })),
    fc.tuple(fc.double({ min: 0.1, max: 0.4, noNaN: true }), fc.double({ min: 0, max: 0.4, noNaN: true })).map(([offPeak, spread]) => twoPeriodTou(offPeak + spread, offPeak)),
    // Tiered TOU with a baseline, a daily fixed charge and a monthly minimum.
    fc.tuple(fc.double({ min: 0.15, max: 0.4, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), fc.double({ min: 2, max: 20, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true })).map(([offPeak, spread, baseline, minimum]) =>
      twoPeriodTou(offPeak + spread, offPeak, 16, 21, {
        energyratestructure: [
          [{ rate: offPeak + spread - 0.1, max: baseline, unit: "kWh daily" }, { rate: offPeak + spread }],
          [{ rate: offPeak - 0.1, max: baseline, unit: "kWh daily" }, { rate: offPeak }],
        ],
        fixedchargefirstmeter: 0.5,
        fixedchargeunits: "$/day",
        mincharge: minimum,
        minchargeunits: "$/month",
      }),
    ),
  );
  const rule: fc.Arbitrary<ExportRuleInput> = fc.oneof(
    fc.record({ kind: fc.constant("net-billing" as const), exportRates: fc.double({ min: 0, max: 0.3, noNaN: true }).map((price) => flatExportTable(price)), carryover: fc.constantFrom("none" as const, "monthly" as const) }),
    fc.record({ kind: fc.constant("net-metering" as const), netSurplusDollarsPerKwh: fc.double({ min: 0, max: 0.1, noNaN: true }) }),
    fc.record({ kind: fc.constant("net-metering" as const), credits: fc.constant("dollars" as const), creditDollarsPerKwh: fc.double({ min: 0, max: 0.4, noNaN: true }) }),
  );

  test("self-consumption: the bill with solar and a battery is never above the bill with solar alone", () => {
    fc.assert(
      fc.property(monthly(100, 1500), monthly(0, 1200), battery, tariff, rule, (usageMonthly, productionMonthly, batteryInput, rate, ruleInput) => {
        const load = hourlyUsageFromMonthly(sam, usageMonthly);
        const pv = spreadMonthlyProduction(productionMonthly, OAKLAND, sam).hourlyKwh;
        const compiled = compileTariff(rate, sam);
        const exportRule = compileExportRule(parseExportRule(ruleInput), compiled);
        const solarOnly = meterFlowsWithoutBattery(load, pv);
        const withBattery = dispatchBattery(compiled, exportRule, load, pv, batteryInput);
        const solarBill = computeYearBill(compiled, exportRule, solarOnly.importKwh, solarOnly.exportKwh).totalCents;
        const batteryBill = computeYearBill(compiled, exportRule, withBattery.importKwh, withBattery.exportKwh).totalCents;
        expect(batteryBill).toBeLessThanOrEqual(solarBill);
      }),
      {
        numRuns: 80,
        // Found by CI: a 99.99999927 % round trip between two equal prices stored solar at a loss of a billionth and
        // came out a cent worse after a month's rounding. Storing now needs a real gain.
        examples: [
          [
            [100, 100, 100, 100, 100, 139.68104326888428, 298.83456450248826, 207.4558716277888, 1026.396827878146, 100, 100, 100],
            [0, 0, 0, 0, 0, 1199.9924700261686, 0, 0, 0, 0, 0, 0],
            { usableKwh: 2, powerKw: 1, roundTripEfficiencyPercent: 99.99999927255809, reservePercent: 0 },
            twoPeriodTou(0.13746801992911248, 0.13746801992911248),
            { kind: "net-metering", netSurplusDollarsPerKwh: 0 },
          ],
        ],
      },
    );
  });

  test("every hour balances (load = grid + solar + battery) and the stored energy stays within the reserve and the capacity", () => {
    fc.assert(
      fc.property(
        monthly(100, 1500),
        monthly(0, 1200),
        battery,
        tariff,
        fc.constantFrom("self-consumption" as const, "tou-arbitrage" as const),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 364 }), { maxLength: 20 }),
        (usageMonthly, productionMonthly, batteryInput, rate, strategy, allowGridCharging, eventDays) => {
          const load = hourlyUsageFromMonthly(sam, usageMonthly);
          const pv = spreadMonthlyProduction(productionMonthly, OAKLAND, sam).hourlyKwh;
          const compiled = compileTariff(rate, sam);
          const exportRule = compileExportRule(parseExportRule(NET_BILLING), compiled);
          const events = buildEventSchedule(sam, eventDays, 16, 3);
          const result = dispatchBattery(compiled, exportRule, load, pv, batteryInput, { strategy, allowGridCharging, events, recordFlows: true });
          const flows = result.flows!;
          let worstBalance = 0;
          let worstBound = 0;
          for (let hour = 0; hour < sam.hours; hour++) {
            const solarToLoad = Math.min(pv[hour]!, load[hour]!);
            const gridToLoad = result.importKwh[hour]! - flows.gridToBattery[hour]!;
            const solarToGrid = result.exportKwh[hour]! - flows.batteryToGrid[hour]!;
            worstBalance = Math.max(
              worstBalance,
              Math.abs(load[hour]! - (gridToLoad + solarToLoad + flows.batteryToLoad[hour]!)),
              Math.abs(pv[hour]! - (solarToLoad + flows.solarToBattery[hour]! + solarToGrid)),
              -gridToLoad,
              -solarToGrid,
            );
            worstBound = Math.max(worstBound, result.floorKwh - result.socKwh[hour]!, result.socKwh[hour]! - result.capacityKwh);
          }
          expect(worstBalance).toBeLessThan(1e-9);
          expect(worstBound).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("bad battery input is refused with the field named", () => {
  test.each([
    { label: "efficiency of 40 %", battery: { ...TEN_KWH, roundTripEfficiencyPercent: 40 }, message: "Round-trip efficiency must be above 50 % and at most 100 %; got 40 %." },
    { label: "a reserve of 120 %", battery: { ...TEN_KWH, reservePercent: 120 }, message: "The backup reserve must be from 0 to 100 %; got 120 %." },
    { label: "a negative capacity", battery: { ...TEN_KWH, usableKwh: -1 }, message: "Usable battery energy must be from 0 to 1,000 kWh; got -1." },
  ])("$label", ({ battery, message }) => {
    expect(() => run(flatTariff({ dollarsPerKwh: 0.4 }), NET_BILLING, usage, noonSolar, battery)).toThrow(message);
  });
});
