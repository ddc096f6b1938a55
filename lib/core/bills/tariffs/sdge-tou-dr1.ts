/**
 * SDG&E TOU-DR1, the residential time-of-use plan with a super off-peak period.
 *
 * Structure, read 2026-12-03: on-peak 4–9 p.m. every day; super off-peak midnight–6 a.m. on weekdays (and also
 * 10 a.m.–2 p.m. in March and April) and midnight–2 p.m. on weekends and holidays; off-peak otherwise; tier 1 up to
 * 130 % of baseline, tier 2 above (SDG&E's Time-of-Use page, https://www.sdge.com/whenmatters, and its TOU-DR1
 * pricing table as quoted at https://corfire.com/what-time-is-peak-hours-for-electricity-sdge/). Winter November 1–
 * May 31 (SDG&E's page), summer June 1–October 31. Holidays: SDG&E's list of eight (holidays.ts).
 */
import { buildSchedule } from "../tariff";
import { baselineTiers, defineTariffVersion } from "./types";

// PLACEHOLDER prices ($/kWh, bundled, tier 2): the 2026 "Total Electric Rates" sheet could not be read.
const PRICES = { summerOnPeak: 0.62, summerOffPeak: 0.45, summerSuperOffPeak: 0.32, winterOnPeak: 0.5, winterOffPeak: 0.45, winterSuperOffPeak: 0.4 };
// Tier 1 is about 10 cents lower (the quoted table: 36¢ vs 46¢ and 44¢ vs 55¢; undated). Allowance PLACEHOLDER:
// 130 % of a baseline of about 10 kWh a day.
const TIER_ONE_DISCOUNT = 0.1;
const TIER_ONE_KWH_PER_DAY = 13;

const WEEKDAY = [
  { months: [6, 7, 8, 9, 10], defaultPeriod: 1, ranges: [[0, 6, 2], [16, 21, 0]] as const },
  { months: [1, 2, 5, 11, 12], defaultPeriod: 4, ranges: [[0, 6, 5], [16, 21, 3]] as const },
  { months: [3, 4], defaultPeriod: 4, ranges: [[0, 6, 5], [10, 14, 5], [16, 21, 3]] as const },
];
const WEEKEND = [
  { months: [6, 7, 8, 9, 10], defaultPeriod: 1, ranges: [[0, 14, 2], [16, 21, 0]] as const },
  { months: [1, 2, 3, 4, 5, 11, 12], defaultPeriod: 4, ranges: [[0, 14, 5], [16, 21, 3]] as const },
];

export const SDGE_TOU_DR1 = defineTariffVersion({
  id: "sdge-tou-dr1/2026",
  tariffId: "sdge-tou-dr1",
  utility: "SDG&E",
  utilityAliases: ["San Diego Gas & Electric", "San Diego Gas and Electric"],
  state: "CA",
  name: "TOU-DR1: Time-of-Use with super off-peak",
  effectiveDate: "2026-01-01",
  sourceTitle: "SDG&E: Time-of-Use Pricing Plans",
  sourceUrl: "https://www.sdge.com/whenmatters",
  checkedOn: "2026-12-03",
  notes:
    "On-peak 4–9 p.m. every day; super off-peak midnight–6 a.m. weekdays (plus 10 a.m.–2 p.m. in March and April), midnight–2 p.m. weekends and holidays; summer June–October. " +
    "Prices, the tier 1 allowance and any fixed charge are PLACEHOLDERS (no fixed charge is applied). Superseded June 1, 2026 by sdge-tou-dr1/2026-06 (weekday 10 a.m.–2 p.m. super off-peak year-round from May 1, 2026).",
  verification: {
    status: "placeholder",
    read: [
      { what: "Periods, super off-peak hours, holidays, winter November 1–May 31", value: "structure", sourceUrl: "https://www.sdge.com/whenmatters", how: "utility page" },
      { what: "Tier 1 up to 130 % of baseline; tier 1 about 10¢ below tier 2", value: "36¢/44¢ vs 46¢/55¢ (undated)", sourceUrl: "https://corfire.com/what-time-is-peak-hours-for-electricity-sdge/", how: "third party" },
    ],
    placeholders: [
      `Energy prices ($/kWh, tier 2): summer ${PRICES.summerOnPeak} / ${PRICES.summerOffPeak} / ${PRICES.summerSuperOffPeak}, winter ${PRICES.winterOnPeak} / ${PRICES.winterOffPeak} / ${PRICES.winterSuperOffPeak} (on-peak / off-peak / super off-peak).`,
      `Tier 1 allowance ${TIER_ONE_KWH_PER_DAY} kWh a day (130 % of an assumed 10 kWh baseline).`,
      "Fixed charge: none applied (SDG&E's 2026 base services charge was not read).",
    ],
  },
  defaultExportRule: { kind: "net-billing", carryover: "monthly", trueUpMonth: 12, atTrueUp: "paid", applyInMonthEarned: true },
  exportRuleNote:
    "Solar Billing Plan: exports earn SDG&E's Energy Export Credits, computed from the CPUC Avoided Cost Calculator by month, weekday or weekend/holiday and hour, adjusted for daylight saving time (https://sdge.com/node/25561). Load SDG&E's table for the interconnection year.",
  urdb: {
    name: "TOU-DR1",
    utility: "San Diego Gas & Electric Co",
    energyratestructure: [
      baselineTiers(PRICES.summerOnPeak, TIER_ONE_DISCOUNT, TIER_ONE_KWH_PER_DAY),
      baselineTiers(PRICES.summerOffPeak, TIER_ONE_DISCOUNT, TIER_ONE_KWH_PER_DAY),
      baselineTiers(PRICES.summerSuperOffPeak, TIER_ONE_DISCOUNT, TIER_ONE_KWH_PER_DAY),
      baselineTiers(PRICES.winterOnPeak, TIER_ONE_DISCOUNT, TIER_ONE_KWH_PER_DAY),
      baselineTiers(PRICES.winterOffPeak, TIER_ONE_DISCOUNT, TIER_ONE_KWH_PER_DAY),
      baselineTiers(PRICES.winterSuperOffPeak, TIER_ONE_DISCOUNT, TIER_ONE_KWH_PER_DAY),
    ],
    energyweekdayschedule: buildSchedule(WEEKDAY),
    energyweekendschedule: buildSchedule(WEEKEND),
    holidays: "california-ious",
    periodNames: ["Summer on-peak", "Summer off-peak", "Summer super off-peak", "Winter on-peak", "Winter off-peak", "Winter super off-peak"],
    dgrules: "Net Billing Hourly",
  },
});
