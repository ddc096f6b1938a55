import { describe, expect, test } from "vitest";
import { createCalendar } from "../calendar";
import { parseExportRule } from "../export-rules";
import { simulateYear } from "../simulate";
import { compileTariff } from "../tariff-compile";
import { hourOf } from "../test-helpers";
import { getTariffVersion, TARIFF_VERSIONS, tariffInForce, tariffsForUtility } from ".";
import { PGE_E_TOU_C } from "./pge-e-tou-c";
import { SDGE_TOU_DR1 } from "./sdge-tou-dr1";
import { SCE_TOU_D_4_9PM } from "./sce-tou-d-4-9pm";
import { SCE_TOU_D_4_9PM_2026_06 } from "./sce-tou-d-4-9pm-2026-06";
import { SDGE_TOU_DR1_2026_06 } from "./sdge-tou-dr1-2026-06";
import { EVERSOURCE_CT_RATE_1 } from "./eversource-ct-rate-1";
import { EVERSOURCE_CT_RATE_1_2026_07 } from "./eversource-ct-rate-1-2026-07";

const calendar = createCalendar({ kind: "year", year: 2026 });

describe("every shipped tariff is sourced data", () => {
  test.each(TARIFF_VERSIONS.map((version) => ({ label: version.id, version })))("$label", ({ version }) => {
    expect(version.id.startsWith(`${version.tariffId}/`)).toBe(true);
    expect(version.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(version.checkedOn).toBe("2026-12-03");
    expect(version.sourceUrl).toMatch(/^https:\/\//);
    expect(version.verification.read.length).toBeGreaterThan(0);
    // Whatever was not read says so: only a fully verified version may have no placeholders.
    expect(version.verification.status === "verified" || version.verification.placeholders.length > 0).toBe(true);
    expect(() => parseExportRule(version.defaultExportRule)).not.toThrow();
    expect(version.rate.periodNames).toHaveLength(version.rate.periods.length);
  });

  test("a typical home's monthly bill on each tariff is in a plausible range ($80 to $400 for 600 kWh)", () => {
    for (const version of TARIFF_VERSIONS) {
      const result = simulateYear({ calendar, usage: { kind: "monthly", monthlyKwh: new Array(12).fill(600) }, production: { kind: "none" }, tariff: version.rate, exportRule: parseExportRule(version.defaultExportRule) });
      const monthly = result.bills.noSystem.totalCents / 12 / 100;
      expect(monthly, version.id).toBeGreaterThan(80);
      expect(monthly, version.id).toBeLessThan(400);
    }
  });
});

describe("periods land on the right hours (2026, clock time)", () => {
  test.each([
    { label: "E-TOU-C, a July Saturday 5 p.m. (16:00 standard): summer peak", version: PGE_E_TOU_C, month: 7, day: 11, hour: 16, period: "Summer peak" },
    { label: "E-TOU-C, a January day 3 p.m.: winter off-peak", version: PGE_E_TOU_C, month: 1, day: 14, hour: 15, period: "Winter off-peak" },
    { label: "TOU-D-4-9PM, a July weekday 6 p.m. (17:00 standard): summer on-peak", version: SCE_TOU_D_4_9PM, month: 7, day: 14, hour: 17, period: "Summer on-peak" },
    { label: "TOU-D-4-9PM, Saturday 4 July 2026 at 6 p.m.: weekend mid-peak", version: SCE_TOU_D_4_9PM, month: 7, day: 4, hour: 17, period: "Summer mid-peak (weekends and holidays)" },
    { label: "TOU-D-4-9PM, Labor Day (Monday 7 September) 6 p.m.: a holiday, weekend mid-peak", version: SCE_TOU_D_4_9PM, month: 9, day: 7, hour: 17, period: "Summer mid-peak (weekends and holidays)" },
    { label: "TOU-D-4-9PM, a January weekday noon: winter super off-peak", version: SCE_TOU_D_4_9PM, month: 1, day: 14, hour: 12, period: "Winter super off-peak" },
    { label: "TOU-DR1, a March weekday 11 a.m.: super off-peak (March and April only)", version: SDGE_TOU_DR1, month: 3, day: 4, hour: 11, period: "Winter super off-peak" },
    { label: "TOU-DR1, a May weekday 11 a.m. (10:00 standard): off-peak", version: SDGE_TOU_DR1, month: 5, day: 13, hour: 10, period: "Winter off-peak" },
    { label: "TOU-DR1, an October Sunday 1 p.m. (12:00 standard): summer super off-peak", version: SDGE_TOU_DR1, month: 10, day: 11, hour: 12, period: "Summer super off-peak" },
    // From May 1, 2026 SDG&E's weekday 10 a.m.–2 p.m. is super off-peak in every month, not only March and April.
    { label: "TOU-DR1 from June 2026, a July weekday 11 a.m. (10:00 standard): summer super off-peak", version: SDGE_TOU_DR1_2026_06, month: 7, day: 14, hour: 10, period: "Summer super off-peak" },
    { label: "TOU-DR1 from June 2026, a November weekday 1 p.m.: winter super off-peak", version: SDGE_TOU_DR1_2026_06, month: 11, day: 18, hour: 13, period: "Winter super off-peak" },
    { label: "TOU-DR1 from June 2026, a July weekday 3 p.m. (14:00 standard): off-peak, after the midday window", version: SDGE_TOU_DR1_2026_06, month: 7, day: 14, hour: 14, period: "Summer off-peak" },
    { label: "TOU-D-4-9PM from June 2026 keeps the periods: a July Saturday 6 p.m. is weekend mid-peak", version: SCE_TOU_D_4_9PM_2026_06, month: 7, day: 11, hour: 17, period: "Summer mid-peak (weekends and holidays)" },
  ])("$label", ({ version, month, day, hour, period }) => {
    const compiled = compileTariff(version.rate, calendar);
    expect(version.rate.periodNames[compiled.periodOfHour[hourOf(calendar, month, day, hour)]!]).toBe(period);
  });

  test("E-TOU-C's baseline (territory X): July's tier 1 ends at 31 days × 9.8 kWh = 303.8 kWh, priced $0.0814 below tier 2", () => {
    const compiled = compileTariff(PGE_E_TOU_C.rate, calendar);
    expect(compiled.tierTops[6 * compiled.maxTiers]).toBeCloseTo(303.8, 9);
    expect(compiled.buy[1]! - compiled.buy[0]!).toBeCloseTo(0.0814, 9);
  });
});

describe("finding tariffs", () => {
  test.each([
    { label: "PG&E in California: E-TOU-C and E-ELEC", utility: "PG&E", state: "CA", ids: ["pge-e-tou-c", "pge-e-elec"] },
    { label: "Pacific Gas and Electric, by alias", utility: "Pacific Gas and Electric Company", state: "CA", ids: ["pge-e-tou-c", "pge-e-elec"] },
    { label: "Eversource in Connecticut: Rate 1", utility: "Eversource", state: "CT", ids: ["eversource-ct-rate-1"] },
    { label: "Eversource in Massachusetts: R-1", utility: "Eversource Energy", state: "MA", ids: ["eversource-ma-r1"] },
    { label: "Rhode Island Energy: A-16", utility: "Rhode Island Energy", state: "RI", ids: ["rie-a16"] },
    { label: "a municipal utility: none (use the flat form)", utility: "Concord Municipal Light Plant", state: "MA", ids: [] },
  ])("$label", ({ utility, state, ids }) => {
    expect(tariffsForUtility(utility, state).map((version) => version.tariffId)).toEqual(ids);
  });

  test("by id, and the version in force on a date", () => {
    expect(getTariffVersion("pge-e-tou-c/2026-03")).toBe(PGE_E_TOU_C);
    expect(tariffInForce("pge-e-tou-c", "2026-12-03")).toBe(PGE_E_TOU_C);
    expect(tariffInForce("pge-e-tou-c", "2020-01-01")).toBe(PGE_E_TOU_C);
    expect(tariffInForce("nope", "2026-12-03")).toBeUndefined();
  });

  test.each([
    { label: "Eversource CT in March 2026: the January version", tariffId: "eversource-ct-rate-1", date: "2026-03-15", version: EVERSOURCE_CT_RATE_1 },
    { label: "Eversource CT from July 1, 2026: the July version", tariffId: "eversource-ct-rate-1", date: "2026-07-01", version: EVERSOURCE_CT_RATE_1_2026_07 },
    { label: "SCE on the day before the June 2026 change: the January version", tariffId: "sce-tou-d-4-9pm", date: "2026-05-31", version: SCE_TOU_D_4_9PM },
    { label: "SCE in December 2026: the June version", tariffId: "sce-tou-d-4-9pm", date: "2026-12-03", version: SCE_TOU_D_4_9PM_2026_06 },
  ])("versions are kept, and the one in force is picked: $label", ({ tariffId, date, version }) => {
    expect(tariffInForce(tariffId, date)).toBe(version);
  });

  test("a utility's tariffs are offered in their latest version", () => {
    expect(tariffsForUtility("Eversource", "CT").map((version) => version.id)).toEqual(["eversource-ct-rate-1/2026-07"]);
    expect(tariffsForUtility("SDG&E", "CA").map((version) => version.id)).toEqual(["sdge-tou-dr1/2026-06"]);
  });
});
