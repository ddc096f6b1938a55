/**
 * PG&E E-ELEC, the Electric Home rate plan: the rate Solar Billing Plan (net billing) customers are enrolled in.
 *
 * Structure, read from PG&E (https://www.pge.com/en/account/rate-plans/find-your-best-rate-plan/electric-home.html,
 * checked 2026-12-03): off-peak 12 a.m.–3 p.m., partial-peak 3–4 p.m. and 9 p.m.–12 a.m., peak 4–9 p.m., every
 * day; summer June–September, winter October–May; no baseline tiers. That page (written before 2026) gives a $15
 * monthly Base Services Charge; since March 2026 PG&E bills its Base Services Charge on residential rates (see
 * pge-e-tou-c.ts) and the E-ELEC figure for 2026 was not read.
 */
import { buildSchedule } from "../tariff";
import { defineTariffVersion } from "./types";

// PLACEHOLDER prices ($/kWh, bundled): the 2026 E-ELEC sheet could not be read.
const PRICES = { summerPeak: 0.6, summerPartPeak: 0.44, summerOffPeak: 0.38, winterPeak: 0.37, winterPartPeak: 0.35, winterOffPeak: 0.33 };

const SEASONS = [
  { months: [6, 7, 8, 9], defaultPeriod: 2, ranges: [[15, 16, 1], [16, 21, 0], [21, 24, 1]] as const },
  { months: [1, 2, 3, 4, 5, 10, 11, 12], defaultPeriod: 5, ranges: [[15, 16, 4], [16, 21, 3], [21, 24, 4]] as const },
];

export const PGE_E_ELEC = defineTariffVersion({
  id: "pge-e-elec/2026-03",
  tariffId: "pge-e-elec",
  utility: "PG&E",
  utilityAliases: ["Pacific Gas and Electric", "Pacific Gas & Electric"],
  state: "CA",
  name: "E-ELEC: Electric Home rate plan",
  effectiveDate: "2026-03-01",
  sourceTitle: "PG&E: Electric Home Rate Plan (E-ELEC)",
  sourceUrl: "https://www.pge.com/en/account/rate-plans/find-your-best-rate-plan/electric-home.html",
  checkedOn: "2026-12-03",
  notes:
    "Peak 4–9 p.m., partial-peak 3–4 p.m. and 9 p.m.–midnight, off-peak midnight–3 p.m., every day; summer June–September. " +
    "Base Services Charge: the page's $15 a month predates the March 2026 Base Services Charge; $15 is kept as a placeholder. The per-kWh prices are PLACEHOLDERS.",
  verification: {
    status: "placeholder",
    read: [
      { what: "Periods and seasons", value: "peak 4–9 p.m.; partial-peak 3–4 p.m. and 9 p.m.–12 a.m.; summer June–September", sourceUrl: "https://www.pge.com/en/account/rate-plans/find-your-best-rate-plan/electric-home.html", how: "utility page" },
      { what: "Solar Billing Plan customers are enrolled in E-ELEC", value: "rule", sourceUrl: "https://www.pge.com/en/clean-energy/solar/getting-started-with-solar/solar-billing-plan.html", how: "utility page" },
    ],
    placeholders: [
      `Energy prices ($/kWh): summer ${PRICES.summerPeak} / ${PRICES.summerPartPeak} / ${PRICES.summerOffPeak}, winter ${PRICES.winterPeak} / ${PRICES.winterPartPeak} / ${PRICES.winterOffPeak} (peak / partial-peak / off-peak; 2026 sheet not read).`,
      "Base Services Charge $15 a month (the pre-2026 figure on PG&E's page).",
    ],
  },
  defaultExportRule: { kind: "net-billing", carryover: "monthly", trueUpMonth: 12, atTrueUp: "paid", applyInMonthEarned: true },
  exportRuleNote:
    "Solar Billing Plan (net billing): exports earn the hourly Energy Export Credit of the customer's interconnection year (locked for nine years). Load the utility's export credit table (readExportRateCsv); without one, exports earn the tariff's sell rate ($0 here), which understates solar savings. Remaining credits roll over at the true-up (counted at full value, as SAM does with credits that do not expire).",
  urdb: {
    name: "E-ELEC",
    utility: "Pacific Gas & Electric Co",
    energyratestructure: [
      [{ rate: PRICES.summerPeak }],
      [{ rate: PRICES.summerPartPeak }],
      [{ rate: PRICES.summerOffPeak }],
      [{ rate: PRICES.winterPeak }],
      [{ rate: PRICES.winterPartPeak }],
      [{ rate: PRICES.winterOffPeak }],
    ],
    energyweekdayschedule: buildSchedule(SEASONS),
    energyweekendschedule: buildSchedule(SEASONS),
    fixedchargefirstmeter: 15,
    fixedchargeunits: "$/month",
    holidays: "california-ious",
    periodNames: ["Summer peak", "Summer partial-peak", "Summer off-peak", "Winter peak", "Winter partial-peak", "Winter off-peak"],
    dgrules: "Net Billing Hourly",
  },
});
