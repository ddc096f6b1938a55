/**
 * PG&E E-TOU-C, Residential Time-of-Use (Peak Pricing 4–9 p.m. Every Day), with the baseline credit.
 *
 * Structure, read from PG&E (checked 2026-12-03): peak 4–9 p.m. every day, off-peak all other hours, the same on
 * weekends and holidays; a baseline credit for usage up to the baseline allowance
 * (https://www.pge.com/en_US/residential/rate-plans/how-rates-work/find-my-best-rate-plan.page). Seasons June–
 * September summer, October–May winter (Peninsula Clean Energy's E-TOU-C page, which prices PG&E's E-TOU-C periods:
 * https://peninsulacleanenergy.com/fl/residential/rates-billing/residential-rates/e-tou-c).
 * Since 1 March 2026 PG&E bills a fixed Base Services Charge and lowered its per-kWh prices (PG&E news release,
 * 2026-03-02: https://www.prnewswire.com/news-releases/pge-lowers-electric-prices-in-march-fifth-electric-rate-drop-since-early-2024-302701359.html).
 */
import { buildSchedule } from "../tariff";
import { baselineTiers, defineTariffVersion } from "./types";

// PLACEHOLDER prices ($/kWh, bundled): the 2026 E-TOU-C tariff sheet (pge.com/tariffs, ELEC_SCHEDS_E-TOU-C.pdf)
// could not be read this session. Replace with the sheet's "Total Energy Rates" when it can be read.
const SUMMER_PEAK = 0.55;
const SUMMER_OFF_PEAK = 0.45;
const WINTER_PEAK = 0.45;
const WINTER_OFF_PEAK = 0.42;
// Read (third party, rateatlas.org, undated): the baseline credit.
const BASELINE_CREDIT = 0.09566;
// PLACEHOLDER baseline allowance (kWh a day): it depends on the customer's baseline territory and season.
const BASELINE_KWH_PER_DAY = 10;

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
  sourceTitle: "PG&E: Find my best rate plan (E-TOU-C); PG&E news release of 2026-03-02 (March 2026 rates and Base Services Charge)",
  sourceUrl: "https://www.pge.com/en_US/residential/rate-plans/how-rates-work/find-my-best-rate-plan.page",
  checkedOn: "2026-12-03",
  notes:
    "Peak 4–9 p.m. every day; summer June–September. Base Services Charge $25.15 a month from March 2026 (as PG&E's documents were quoted by The Center Square; another report says about $24). " +
    "The per-kWh prices and the baseline allowance are PLACEHOLDERS until the 2026 tariff sheet is read; the minimum delivery charge ($0.40317/day on rateatlas.org before the Base Services Charge) is not applied, on the understanding that the fixed charge replaced it (not verified).",
  verification: {
    status: "partial",
    read: [
      { what: "Peak 4–9 p.m. every day, baseline credit below the baseline allowance", value: "structure", sourceUrl: "https://www.pge.com/en_US/residential/rate-plans/how-rates-work/find-my-best-rate-plan.page", how: "utility page" },
      { what: "Summer June 1–September 30, winter October 1–May 31", value: "seasons", sourceUrl: "https://peninsulacleanenergy.com/fl/residential/rates-billing/residential-rates/e-tou-c", how: "third party" },
      { what: "Rates lowered March 1, 2026 (1.8 % below February for bundled residential customers)", value: "−1.8 %", sourceUrl: "https://www.prnewswire.com/news-releases/pge-lowers-electric-prices-in-march-fifth-electric-rate-drop-since-early-2024-302701359.html", how: "utility page" },
      { what: "Base Services Charge from March 2026", value: "$25.15/month", sourceUrl: "https://www.regionalmedianews.com/?p=783467", how: "third party" },
      { what: "Baseline credit", value: "$0.09566/kWh", sourceUrl: "https://rateatlas.org/california/rate-details", how: "third party" },
    ],
    placeholders: [
      `Energy prices: summer peak $${SUMMER_PEAK}, summer off-peak $${SUMMER_OFF_PEAK}, winter peak $${WINTER_PEAK}, winter off-peak $${WINTER_OFF_PEAK} per kWh (2026 tariff sheet not read).`,
      `Baseline allowance ${BASELINE_KWH_PER_DAY} kWh a day in every season (it varies by baseline territory and season).`,
    ],
  },
  defaultExportRule: { kind: "net-metering", credits: "kwh", trueUpMonth: 12, netSurplusDollarsPerKwh: 0.05 },
  exportRuleNote:
    "E-TOU-C is the rate of legacy NEM 2.0 customers: kWh netting by TOU period with an annual true-up at the net surplus compensation rate (placeholder $0.05/kWh; PG&E publishes it monthly). New solar customers since April 15, 2023 are on the Solar Billing Plan, which enrolls them in E-ELEC.",
  urdb: {
    name: "E-TOU-C",
    utility: "Pacific Gas & Electric Co",
    energyratestructure: [
      baselineTiers(SUMMER_PEAK, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(SUMMER_OFF_PEAK, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(WINTER_PEAK, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
      baselineTiers(WINTER_OFF_PEAK, BASELINE_CREDIT, BASELINE_KWH_PER_DAY),
    ],
    energyweekdayschedule: buildSchedule(SEASONS),
    energyweekendschedule: buildSchedule(SEASONS),
    fixedchargefirstmeter: 25.15,
    fixedchargeunits: "$/month",
    holidays: "california-ious",
    periodNames: ["Summer peak", "Summer off-peak", "Winter peak", "Winter off-peak"],
    dgrules: "Net Metering",
  },
});
