/**
 * SCE TOU-D-4-9PM, Time-of-Use 4–9 p.m. (every day), with the baseline credit.
 *
 * Structure: peak 4–9 p.m.; in winter (October–May) super off-peak 8 a.m.–4 p.m. and off-peak otherwise; in summer
 * (June–September) off-peak outside 4–9 p.m. (rateatlas.org's SCE page, read 2026-12-03; summer June–September and
 * winter October–May are SCE's own seasons: https://sce.com/business/rates/time-of-use/Time-of-Use-Rates-FAQs).
 * SCE's tariff prices summer weekend and holiday 4–9 p.m. as mid-peak, below the weekday on-peak; that split is kept
 * here as its own period (from the tariff's design, not re-read this session).
 */
import { buildSchedule } from "../tariff";
import { baselineTiers, defineTariffVersion } from "./types";

// PLACEHOLDER prices ($/kWh, bundled): the 2026 TOU-D-4-9PM sheet could not be read.
const PRICES = { summerOnPeak: 0.55, summerMidPeak: 0.44, summerOffPeak: 0.33, winterMidPeak: 0.48, winterOffPeak: 0.42, winterSuperOffPeak: 0.32 };
// PLACEHOLDER baseline credit and allowance.
const BASELINE_CREDIT = 0.1;
const BASELINE_KWH_PER_DAY = 12;

/** Weekday and weekend/holiday periods: 0 summer on-peak, 1 summer weekend mid-peak, 2 summer off-peak, 3–5 winter. */
export const SCE_TOU_D_4_9PM_WEEKDAY = [
  { months: [6, 7, 8, 9], defaultPeriod: 2, ranges: [[16, 21, 0]] as const },
  { months: [1, 2, 3, 4, 5, 10, 11, 12], defaultPeriod: 4, ranges: [[8, 16, 5], [16, 21, 3]] as const },
];
export const SCE_TOU_D_4_9PM_WEEKEND = [
  { months: [6, 7, 8, 9], defaultPeriod: 2, ranges: [[16, 21, 1]] as const },
  { months: [1, 2, 3, 4, 5, 10, 11, 12], defaultPeriod: 4, ranges: [[8, 16, 5], [16, 21, 3]] as const },
];

export const SCE_TOU_D_4_9PM = defineTariffVersion({
  id: "sce-tou-d-4-9pm/2026",
  tariffId: "sce-tou-d-4-9pm",
  utility: "SCE",
  utilityAliases: ["Southern California Edison", "Edison"],
  state: "CA",
  name: "TOU-D-4-9PM: Time-of-Use 4–9 p.m.",
  effectiveDate: "2026-01-01",
  sourceTitle: "SCE Time-Of-Use rate plans; rateatlas.org California rate details (SCE)",
  sourceUrl: "https://rateatlas.org/california/rate-details",
  checkedOn: "2026-12-03",
  notes:
    "Peak 4–9 p.m.; winter super off-peak 8 a.m.–4 p.m.; summer June–September. Base Services Charge $0.48 a day (rateatlas.org, third party). " +
    "The per-kWh prices and the baseline credit and allowance are PLACEHOLDERS (SCE's January 2026 sheet was not read); from June 1, 2026 see sce-tou-d-4-9pm/2026-06.",
  verification: {
    status: "placeholder",
    read: [
      { what: "Peak 4–9 p.m.; winter super off-peak 8 a.m.–4 p.m.; Base Services Charge", value: "$0.48/day", sourceUrl: "https://rateatlas.org/california/rate-details", how: "third party" },
      { what: "Summer June–September, winter October–May", value: "seasons", sourceUrl: "https://sce.com/business/rates/time-of-use/Time-of-Use-Rates-FAQs", how: "utility page" },
    ],
    placeholders: [
      `Energy prices ($/kWh): summer on-peak ${PRICES.summerOnPeak}, summer weekend mid-peak ${PRICES.summerMidPeak}, summer off-peak ${PRICES.summerOffPeak}; winter mid-peak ${PRICES.winterMidPeak}, off-peak ${PRICES.winterOffPeak}, super off-peak ${PRICES.winterSuperOffPeak}.`,
      `Baseline credit $${BASELINE_CREDIT}/kWh up to ${BASELINE_KWH_PER_DAY} kWh a day.`,
    ],
  },
  defaultExportRule: { kind: "net-billing", carryover: "monthly", trueUpMonth: 12, atTrueUp: "paid", applyInMonthEarned: true },
  exportRuleNote:
    "Solar Billing Plan: exports earn SCE's Energy Export Credit prices, by month, hour and weekday or weekend/holiday, fixed for nine years for customers who enroll before January 1, 2028 (https://sce.com/business/generating-your-own-power/solar-billing-plan). Load SCE's table for the interconnection year (readExportRateCsv).",
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
    fixedchargefirstmeter: 0.48,
    fixedchargeunits: "$/day",
    holidays: "california-ious",
    periodNames: ["Summer on-peak", "Summer mid-peak (weekends and holidays)", "Summer off-peak", "Winter mid-peak", "Winter off-peak", "Winter super off-peak"],
    dgrules: "Net Billing Hourly",
  },
});
