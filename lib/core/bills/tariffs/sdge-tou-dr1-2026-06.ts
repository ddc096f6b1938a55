/**
 * SDG&E TOU-DR1 from June 1, 2026, Coastal baseline region.
 *
 * Periods: on-peak 4–9 p.m. every day; super off-peak midnight–6 a.m. and, since May 1, 2026, 10 a.m.–2 p.m. on
 * weekdays all year (before, March and April only), midnight–2 p.m. on weekends and holidays; off-peak otherwise;
 * summer June–October (SDG&E's change as reported, and ratebook's schedule from SDG&E's TOU-DR1 tariff).
 *
 * Prices: SDG&E's "Schedule TOU-DR1 Total Rates Table" effective 6-1-26
 * (https://www.sdge.com/sites/default/files/regulatory/6-1-26%20Schedule%20TOU-DR1%20Total%20Rates%20Table.pdf)
 * could not be read here; the figures are ratebook's transcription of it (github.com/cbetz/ratebook,
 * sdge-tou-dr-1.json, read 2026-07-01, third party). Its manifest line still says "no fixed charge", but its rate
 * file (the newer reading) applies the $0.79343 a day Base Services Charge, as SDG&E's customers report since late
 * 2025 ("the fixed charge of $24"); the rate file is followed.
 */
import { buildSchedule } from "../tariff";
import { baselineTiers, defineTariffVersion } from "./types";

const RATEBOOK = "https://github.com/cbetz/ratebook/blob/main/packages/ratebook-data/dataset/tariffs/sdge-tou-dr-1.json";
const SCHEDULE_CHANGE = "https://techwowsme.blogspot.com/2026/05/sdg-just-expanded-super-off-peak-hours.html";

// Total bundled prices above the baseline allowance, $/kWh.
const PRICES = { summerOnPeak: 0.68459, summerOffPeak: 0.46392, summerSuperOffPeak: 0.3766, winterOnPeak: 0.61014, winterOffPeak: 0.52843, winterSuperOffPeak: 0.43767 };
const BASELINE_CREDIT = 0.10663;
// Coastal baseline region, kWh a day; other regions differ (the region is on the customer's bill).
const SUMMER_BASELINE_KWH_PER_DAY = 9;
const WINTER_BASELINE_KWH_PER_DAY = 9.2;
const BASE_SERVICES_DOLLARS_PER_DAY = 0.79343;

const WEEKDAY = [
  { months: [6, 7, 8, 9, 10], defaultPeriod: 1, ranges: [[0, 6, 2], [10, 14, 2], [16, 21, 0]] as const },
  { months: [1, 2, 3, 4, 5, 11, 12], defaultPeriod: 4, ranges: [[0, 6, 5], [10, 14, 5], [16, 21, 3]] as const },
];
const WEEKEND = [
  { months: [6, 7, 8, 9, 10], defaultPeriod: 1, ranges: [[0, 14, 2], [16, 21, 0]] as const },
  { months: [1, 2, 3, 4, 5, 11, 12], defaultPeriod: 4, ranges: [[0, 14, 5], [16, 21, 3]] as const },
];

export const SDGE_TOU_DR1_2026_06 = defineTariffVersion({
  id: "sdge-tou-dr1/2026-06",
  tariffId: "sdge-tou-dr1",
  utility: "SDG&E",
  utilityAliases: ["San Diego Gas & Electric", "San Diego Gas and Electric"],
  state: "CA",
  name: "TOU-DR1: Time-of-Use with super off-peak",
  effectiveDate: "2026-06-01",
  sourceTitle: "SDG&E Schedule TOU-DR1 Total Rates Table, effective 2026-06-01, as transcribed by ratebook",
  sourceUrl: "https://www.sdge.com/sites/default/files/regulatory/6-1-26%20Schedule%20TOU-DR1%20Total%20Rates%20Table.pdf",
  checkedOn: "2026-12-03",
  notes:
    "On-peak 4–9 p.m. every day; super off-peak midnight–6 a.m. and 10 a.m.–2 p.m. weekdays, midnight–2 p.m. weekends and holidays; summer June–October. " +
    "Prices, the baseline credit (Coastal region: 9 kWh a day in summer, 9.2 in winter) and the $0.79343 a day Base Services Charge are SDG&E's June 1, 2026 table as transcribed by ratebook (third party).",
  verification: {
    status: "partial",
    read: [
      {
        what: "Prices from June 1, 2026 above baseline: summer on-peak / off-peak / super off-peak; winter the same",
        value: `$${PRICES.summerOnPeak} / $${PRICES.summerOffPeak} / $${PRICES.summerSuperOffPeak}; $${PRICES.winterOnPeak} / $${PRICES.winterOffPeak} / $${PRICES.winterSuperOffPeak} per kWh`,
        sourceUrl: RATEBOOK,
        how: "third party",
      },
      { what: "Baseline credit up to the Coastal allowance, summer / winter", value: `$${BASELINE_CREDIT}/kWh up to ${SUMMER_BASELINE_KWH_PER_DAY} / ${WINTER_BASELINE_KWH_PER_DAY} kWh a day`, sourceUrl: RATEBOOK, how: "third party" },
      { what: "Base Services Charge", value: `$${BASE_SERVICES_DOLLARS_PER_DAY}/day`, sourceUrl: RATEBOOK, how: "third party" },
      { what: "Weekday super off-peak 10 a.m.–2 p.m. all year from May 1, 2026 (reporting NBC and CBS)", value: "schedule", sourceUrl: SCHEDULE_CHANGE, how: "third party" },
      { what: "On-peak 4–9 p.m. every day; weekend and holiday super off-peak midnight–2 p.m.; holidays", value: "structure", sourceUrl: "https://www.sdge.com/whenmatters", how: "utility page" },
    ],
    placeholders: [
      "The Coastal baseline region is assumed (Inland, Mountain and Desert allowances differ; the region is on the customer's bill).",
      "Every price is a third-party transcription of SDG&E's table, not read from SDG&E's own PDF: check against the customer's bill.",
    ],
  },
  defaultExportRule: { kind: "net-billing", carryover: "monthly", trueUpMonth: 12, atTrueUp: "paid", applyInMonthEarned: true },
  exportRuleNote:
    "Solar Billing Plan: exports earn SDG&E's Energy Export Credits, computed from the CPUC Avoided Cost Calculator by month, weekday or weekend/holiday and hour, adjusted for daylight saving time (https://sdge.com/node/25561). SDG&E's table was not read: load it for the interconnection year.",
  urdb: {
    name: "TOU-DR1",
    utility: "San Diego Gas & Electric Co",
    energyratestructure: [
      baselineTiers(PRICES.summerOnPeak, BASELINE_CREDIT, SUMMER_BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.summerOffPeak, BASELINE_CREDIT, SUMMER_BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.summerSuperOffPeak, BASELINE_CREDIT, SUMMER_BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.winterOnPeak, BASELINE_CREDIT, WINTER_BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.winterOffPeak, BASELINE_CREDIT, WINTER_BASELINE_KWH_PER_DAY),
      baselineTiers(PRICES.winterSuperOffPeak, BASELINE_CREDIT, WINTER_BASELINE_KWH_PER_DAY),
    ],
    energyweekdayschedule: buildSchedule(WEEKDAY),
    energyweekendschedule: buildSchedule(WEEKEND),
    fixedchargefirstmeter: BASE_SERVICES_DOLLARS_PER_DAY,
    fixedchargeunits: "$/day",
    holidays: "california-ious",
    periodNames: ["Summer on-peak", "Summer off-peak", "Summer super off-peak", "Winter on-peak", "Winter off-peak", "Winter super off-peak"],
    dgrules: "Net Billing Hourly",
  },
});
