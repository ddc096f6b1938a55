/**
 * SCE TOU-D-4-9PM from June 1, 2026: the same periods as the January version (sce-tou-d-4-9pm.ts), with the prices
 * and Base Services Charge of SCE's June 2026 rate change.
 *
 * Prices: SCE's Schedule TOU-D sheet (Sheet 2, Advice 5829-E, effective 2026-06-01; periods, seasons and holidays on
 * Sheets 8–9, Advice 5837-E) could not be read here. The figures are ratebook's transcription of it (github.com/
 * cbetz/ratebook, sce-tou-d-4-9pm.json, read 2026-07-01, third party), which it checked against sce.com's rounded
 * plan prices (58¢/34¢ summer, 51¢/37¢/33¢ winter, $0.79 a day, 10¢ baseline credit). Ratebook also carries a
 * $0.00842/kWh adjustment from URDB on every period; sce.com's prices match the rates without it (ratebook itself
 * dropped the same unverifiable adjustment from SCE's Domestic rate), so it is left out here.
 */
import { buildSchedule } from "../tariff";
import { SCE_TOU_D_4_9PM_WEEKDAY, SCE_TOU_D_4_9PM_WEEKEND } from "./sce-tou-d-4-9pm";
import { baselineTiers, defineTariffVersion } from "./types";

const RATEBOOK = "https://github.com/cbetz/ratebook/blob/main/packages/ratebook-data/dataset/tariffs/sce-tou-d-4-9pm.json";

// Bundled prices before the baseline credit, $/kWh.
const PRICES = { summerOnPeak: 0.58477, summerMidPeak: 0.46482, summerOffPeak: 0.34666, winterMidPeak: 0.51112, winterOffPeak: 0.37515, winterSuperOffPeak: 0.33605 };
// Read rounded (sce.com's plan summary, as quoted by ratebook): "10¢" a kWh up to the baseline allocation.
const BASELINE_CREDIT = 0.1;
// PLACEHOLDER allowance, kWh a day: it depends on the customer's climate zone and season, and was not read.
const BASELINE_KWH_PER_DAY = 12;
const BASE_SERVICES_DOLLARS_PER_DAY = 0.794;

export const SCE_TOU_D_4_9PM_2026_06 = defineTariffVersion({
  id: "sce-tou-d-4-9pm/2026-06",
  tariffId: "sce-tou-d-4-9pm",
  utility: "SCE",
  utilityAliases: ["Southern California Edison", "Edison"],
  state: "CA",
  name: "TOU-D-4-9PM: Time-of-Use 4–9 p.m.",
  effectiveDate: "2026-06-01",
  sourceTitle: "SCE Schedule TOU-D, Sheet 2 (Advice 5829-E, effective 2026-06-01), as transcribed by ratebook",
  sourceUrl: "https://www.sce.com/save-money/rates-financing/residential-rate-plans/time-of-use-plans",
  checkedOn: "2026-12-03",
  notes:
    "Peak 4–9 p.m.; summer weekends and holidays 4–9 p.m. are mid-peak; winter super off-peak 8 a.m.–4 p.m.; summer June–September. " +
    "Prices and the Base Services Charge ($0.794 a day, $24.15 a month) are SCE's June 1, 2026 sheet as transcribed by ratebook (third party). " +
    "The baseline credit is sce.com's rounded 10¢; the 12 kWh-a-day allowance is a PLACEHOLDER.",
  verification: {
    status: "partial",
    read: [
      {
        what: "Prices from June 1, 2026: summer on-peak / weekend mid-peak / off-peak; winter mid-peak / off-peak / super off-peak",
        value: `$${PRICES.summerOnPeak} / $${PRICES.summerMidPeak} / $${PRICES.summerOffPeak}; $${PRICES.winterMidPeak} / $${PRICES.winterOffPeak} / $${PRICES.winterSuperOffPeak} per kWh`,
        sourceUrl: RATEBOOK,
        how: "third party",
      },
      { what: "Base Services Charge, non-CARE ($24.15 a month on sce.com, as quoted by ratebook)", value: `$${BASE_SERVICES_DOLLARS_PER_DAY}/day`, sourceUrl: RATEBOOK, how: "third party" },
      { what: "Baseline credit, rounded (sce.com, as quoted by ratebook)", value: "10¢/kWh", sourceUrl: RATEBOOK, how: "third party" },
      { what: "Periods: weekday on-peak and weekend mid-peak 4–9 p.m. in summer; winter super off-peak 8 a.m.–4 p.m.", value: "schedule", sourceUrl: RATEBOOK, how: "third party" },
      { what: "Summer June–September, winter October–May", value: "seasons", sourceUrl: "https://sce.com/business/rates/time-of-use/Time-of-Use-Rates-FAQs", how: "utility page" },
    ],
    placeholders: [
      `Baseline allowance ${BASELINE_KWH_PER_DAY} kWh a day in every season (it depends on the climate zone and season; not read).`,
      "The baseline credit is sce.com's rounded figure, and every price is a third-party transcription of SCE's sheet: check against the customer's bill.",
    ],
  },
  defaultExportRule: { kind: "net-billing", carryover: "monthly", trueUpMonth: 12, atTrueUp: "paid", applyInMonthEarned: true },
  exportRuleNote:
    "Solar Billing Plan: exports earn SCE's Energy Export Credit prices, by month, hour and weekday or weekend/holiday, fixed for nine years for customers who enroll before January 1, 2028 (https://sce.com/business/generating-your-own-power/solar-billing-plan). SCE's table was not read: load it for the interconnection year (readExportRateCsv).",
  urdb: {
    name: "TOU-D-4-9PM",
    utility: "Southern California Edison Co",
    energyratestructure: [
      baselineTiers(PRICES.summerOnPeak, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.summerMidPeak, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.summerOffPeak, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.winterMidPeak, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.winterOffPeak, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.winterSuperOffPeak, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
    ],
    energyweekdayschedule: buildSchedule(SCE_TOU_D_4_9PM_WEEKDAY),
    energyweekendschedule: buildSchedule(SCE_TOU_D_4_9PM_WEEKEND),
    fixedchargefirstmeter: BASE_SERVICES_DOLLARS_PER_DAY,
    fixedchargeunits: "$/day",
    holidays: "california-ious",
    periodNames: ["Summer on-peak", "Summer mid-peak (weekends and holidays)", "Summer off-peak", "Winter mid-peak", "Winter off-peak", "Winter super off-peak"],
    dgrules: "Net Billing Hourly",
  },
});
