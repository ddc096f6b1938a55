/**
 * PG&E E-TOU-C, Residential Time-of-Use (Peak Pricing 4–9 p.m. Every Day), with the baseline credit.
 *
 * Structure, read from PG&E (checked 2026-12-03): peak 4–9 p.m. every day, off-peak all other hours, the same on
 * weekends and holidays; a baseline credit for usage up to the baseline allowance
 * (https://www.pge.com/en_US/residential/rate-plans/how-rates-work/find-my-best-rate-plan.page). Summer June 1–
 * September 30, winter October 1–May 31.
 *
 * Prices: PG&E's schedule E-TOU-C sheet (https://www.pge.com/tariffs/assets/pdf/tariffbook/ELEC_SCHEDS_E-TOU-C.pdf,
 * Advice 7846-E, effective March 1, 2026) could not be read here. The figures below are two independent third-party
 * transcriptions of it that agree to the last digit: tariffkit (github.com/eman/tariffkit,
 * src/tariffkit/data/tariff/pge/etouc/2026-03-01.toml, generated from the sheet, its components checked against
 * the sheet's own totals) and ratebook (github.com/cbetz/ratebook, pge-e-tou-c.json, "re-verified against the
 * utility's current rate sheet 2026-07-01"). Ratebook dates the version June 1, 2026, the date of the sheet's totals
 * page (Advice 7921-E); tariffkit shows the rate table itself is the March 1 filing and the June page repeats it, so
 * this version keeps March 1.
 */
import { buildSchedule } from "../tariff";
import { baselineTiers, defineTariffVersion } from "./types";

const TARIFFKIT = "https://github.com/eman/tariffkit/blob/main/src/tariffkit/data/tariff/pge/etouc/2026-03-01.toml";
const RATEBOOK = "https://github.com/cbetz/ratebook/blob/main/packages/ratebook-data/dataset/tariffs/pge-e-tou-c.json";
const NSC_TABLE = "https://github.com/eman/tariffkit/blob/main/src/tariffkit/data/nsc/pge.toml";

// Total bundled prices above the baseline allowance, $/kWh (the sheet's totals).
const SUMMER_PEAK = 0.5224;
const SUMMER_OFF_PEAK = 0.3994;
const WINTER_PEAK = 0.39757;
const WINTER_OFF_PEAK = 0.36757;
// The sheet prices baseline usage through two Conservation Incentive Adjustment rates; their spread is the credit.
const BASELINE_CREDIT = 0.0814;
// Baseline allowance, kWh a day, territory X, basic (not all-electric) service. The territory is an assumption:
// it is printed on the customer's bill (P 13.5/11, T 6.5/7.5, W 19.2/9.8 summer/winter, for scale).
const SUMMER_BASELINE_KWH_PER_DAY = 9.8;
const WINTER_BASELINE_KWH_PER_DAY = 9.7;
// Base Services Charge, non-CARE/FERA customers (the sheet's third income tier), $ a day.
const BASE_SERVICES_DOLLARS_PER_DAY = 0.79343;
// Net surplus compensation for true-ups completing in August 2026, the latest month PG&E had published (AB 920 table).
const NET_SURPLUS = 0.02684;

const SEASONS = [
  { months: [6, 7, 8, 9], defaultPeriod: 1, ranges: [[16, 21, 0]] as const },
  { months: [1, 2, 3, 4, 5, 10, 11, 12], defaultPeriod: 3, ranges: [[16, 21, 2]] as const },
];

export const PGE_E_TOU_C = defineTariffVersion({
  id: "pge-e-tou-c/2026-03",
  tariffId: "pge-e-tou-c",
  utility: "PG&E",
  utilityAliases: ["Pacific Gas and Electric", "Pacific Gas & Electric"],
  state: "CA",
  name: "E-TOU-C: Time-of-Use (Peak Pricing 4–9 p.m. Every Day)",
  effectiveDate: "2026-03-01",
  sourceTitle: "PG&E Schedule E-TOU-C (Advice 7846-E, effective 2026-03-01), as transcribed by tariffkit and ratebook",
  sourceUrl: "https://www.pge.com/tariffs/assets/pdf/tariffbook/ELEC_SCHEDS_E-TOU-C.pdf",
  checkedOn: "2026-12-03",
  notes:
    "Peak 4–9 p.m. every day; summer June–September. Prices, baseline credit, allowances and the Base Services Charge are PG&E's March 1, 2026 sheet as transcribed by two third parties that agree (tariffkit, ratebook); PG&E's own PDF was not readable here. " +
    "Base Services Charge $0.79343 a day (about $24.13 a month); a news report quoting PG&E's email gave $25.15 a month, and the sheet's figure is followed. " +
    "Baseline allowance of territory X assumed (9.8 kWh a day in summer, 9.7 in winter); check the territory on the customer's bill. The pre-2026 minimum delivery charge is not applied.",
  verification: {
    status: "partial",
    read: [
      { what: "Peak 4–9 p.m. every day, baseline credit below the baseline allowance", value: "structure", sourceUrl: "https://www.pge.com/en_US/residential/rate-plans/how-rates-work/find-my-best-rate-plan.page", how: "utility page" },
      { what: "Total prices above baseline, March 1, 2026: summer peak / off-peak, winter peak / off-peak (tariffkit; ratebook agrees)", value: `$${SUMMER_PEAK} / $${SUMMER_OFF_PEAK} / $${WINTER_PEAK} / $${WINTER_OFF_PEAK} per kWh`, sourceUrl: TARIFFKIT, how: "third party" },
      { what: "Baseline credit (spread of the two Conservation Incentive Adjustment rates, $0.05354 and −$0.02786)", value: `$${BASELINE_CREDIT}/kWh`, sourceUrl: TARIFFKIT, how: "third party" },
      { what: "Baseline allowance, territory X, basic service, summer / winter", value: `${SUMMER_BASELINE_KWH_PER_DAY} / ${WINTER_BASELINE_KWH_PER_DAY} kWh a day`, sourceUrl: TARIFFKIT, how: "third party" },
      { what: "Base Services Charge, non-CARE/FERA (ratebook: the same figure)", value: `$${BASE_SERVICES_DOLLARS_PER_DAY}/day`, sourceUrl: RATEBOOK, how: "third party" },
      { what: "Summer June 1–September 30, winter October 1–May 31", value: "seasons", sourceUrl: TARIFFKIT, how: "third party" },
      { what: "Net surplus compensation rate, true-ups completing August 2026 (PG&E AB 920 rate table)", value: `$${NET_SURPLUS}/kWh`, sourceUrl: NSC_TABLE, how: "third party" },
    ],
    placeholders: [
      "Baseline territory X is assumed (the allowance depends on the customer's territory, printed on the bill).",
      "Every price is a third-party transcription of PG&E's sheet, not read from PG&E's own PDF: check against the customer's bill.",
    ],
  },
  defaultExportRule: { kind: "net-metering", credits: "kwh", trueUpMonth: 12, netSurplusDollarsPerKwh: NET_SURPLUS },
  exportRuleNote:
    "E-TOU-C is the rate of legacy NEM 2.0 customers: kWh netting by TOU period with an annual true-up at the net surplus compensation rate ($0.02684/kWh, PG&E's figure for August 2026 true-ups; it is set monthly). New solar customers since April 15, 2023 are on the Solar Billing Plan, which enrolls them in E-ELEC.",
  urdb: {
    name: "E-TOU-C",
    utility: "Pacific Gas & Electric Co",
    energyratestructure: [
      baselineTiers(SUMMER_PEAK, BASELINE_CREDIT, SUMMER_BASELINE_KWH_PER_DAY),
      baselineTiers(SUMMER_OFF_PEAK, BASELINE_CREDIT, SUMMER_BASELINE_KWH_PER_DAY),
      baselineTiers(WINTER_PEAK, BASELINE_CREDIT, WINTER_BASELINE_KWH_PER_DAY),
      baselineTiers(WINTER_OFF_PEAK, BASELINE_CREDIT, WINTER_BASELINE_KWH_PER_DAY),
    ],
    energyweekdayschedule: buildSchedule(SEASONS),
    energyweekendschedule: buildSchedule(SEASONS),
    fixedchargefirstmeter: BASE_SERVICES_DOLLARS_PER_DAY,
    fixedchargeunits: "$/day",
    holidays: "california-ious",
    periodNames: ["Summer peak", "Summer off-peak", "Winter peak", "Winter off-peak"],
    dgrules: "Net Metering",
  },
});
