/**
 * PG&E E-ELEC, the Electric Home rate plan: the rate Solar Billing Plan (net billing) customers are enrolled in.
 *
 * Structure, read from PG&E (https://www.pge.com/en/account/rate-plans/find-your-best-rate-plan/electric-home.html,
 * checked 2026-12-03): off-peak 12 a.m.–3 p.m., partial-peak 3–4 p.m. and 9 p.m.–12 a.m., peak 4–9 p.m., every
 * day; summer June–September, winter October–May; no baseline tiers.
 *
 * Prices: PG&E's schedule E-ELEC sheet (https://www.pge.com/tariffs/assets/pdf/tariffbook/ELEC_SCHEDS_E-ELEC.pdf,
 * Advice 7846-E, effective March 1, 2026) could not be read here; the figures are tariffkit's transcription of it
 * (github.com/eman/tariffkit, src/tariffkit/data/tariff/pge/eelec/2026-03-01.toml: generated from the sheet, its
 * unbundled components checked against the sheet's own totals; third party, no second source).
 */
import { buildSchedule } from "../tariff";
import { defineTariffVersion } from "./types";

const TARIFFKIT = "https://github.com/eman/tariffkit/blob/main/src/tariffkit/data/tariff/pge/eelec/2026-03-01.toml";

// Total bundled prices, $/kWh (the sheet's totals).
const PRICES = { summerPeak: 0.55214, summerPartPeak: 0.39026, summerOffPeak: 0.33358, winterPeak: 0.32063, winterPartPeak: 0.29854, winterOffPeak: 0.28468 };
// Base Services Charge from March 1, 2026, non-CARE/FERA customers, $ a day (before March it was $0.49281, about $15).
const BASE_SERVICES_DOLLARS_PER_DAY = 0.79343;

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
  sourceTitle: "PG&E Schedule E-ELEC (Advice 7846-E, effective 2026-03-01), as transcribed by tariffkit",
  sourceUrl: "https://www.pge.com/tariffs/assets/pdf/tariffbook/ELEC_SCHEDS_E-ELEC.pdf",
  checkedOn: "2026-12-03",
  notes:
    "Peak 4–9 p.m., partial-peak 3–4 p.m. and 9 p.m.–midnight, off-peak midnight–3 p.m., every day; summer June–September. " +
    "Prices and the Base Services Charge ($0.79343 a day, about $24.13 a month, replacing E-ELEC's earlier $15) are PG&E's March 1, 2026 sheet as transcribed by tariffkit (third party); PG&E's own PDF was not readable here.",
  verification: {
    status: "partial",
    read: [
      { what: "Periods and seasons", value: "peak 4–9 p.m.; partial-peak 3–4 p.m. and 9 p.m.–12 a.m.; summer June–September", sourceUrl: "https://www.pge.com/en/account/rate-plans/find-your-best-rate-plan/electric-home.html", how: "utility page" },
      { what: "Solar Billing Plan customers are enrolled in E-ELEC", value: "rule", sourceUrl: "https://www.pge.com/en/clean-energy/solar/getting-started-with-solar/solar-billing-plan.html", how: "utility page" },
      {
        what: "Total prices from March 1, 2026, summer then winter, peak / partial-peak / off-peak",
        value: `$${PRICES.summerPeak} / $${PRICES.summerPartPeak} / $${PRICES.summerOffPeak}; $${PRICES.winterPeak} / $${PRICES.winterPartPeak} / $${PRICES.winterOffPeak} per kWh`,
        sourceUrl: TARIFFKIT,
        how: "third party",
      },
      { what: "Base Services Charge from March 1, 2026, non-CARE/FERA", value: `$${BASE_SERVICES_DOLLARS_PER_DAY}/day`, sourceUrl: TARIFFKIT, how: "third party" },
    ],
    placeholders: ["Every price is one third party's transcription of PG&E's sheet, not read from PG&E's own PDF: check against the customer's bill."],
  },
  defaultExportRule: { kind: "net-billing", carryover: "monthly", trueUpMonth: 12, atTrueUp: "paid", applyInMonthEarned: true },
  exportRuleNote:
    "Solar Billing Plan (net billing): exports earn the hourly Energy Export Credit of the customer's interconnection year (locked for nine years); PG&E's 2026 vintage is loaded (ca-nbt-export-rates.ts). Without a table, exports earn the tariff's sell rate ($0 here), which understates solar savings. Remaining credits roll over at the true-up (counted at full value, as SAM does with credits that do not expire).",
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
    fixedchargefirstmeter: BASE_SERVICES_DOLLARS_PER_DAY,
    fixedchargeunits: "$/day",
    holidays: "california-ious",
    periodNames: ["Summer peak", "Summer partial-peak", "Summer off-peak", "Winter peak", "Winter partial-peak", "Winter off-peak"],
    dgrules: "Net Billing Hourly",
  },
});
