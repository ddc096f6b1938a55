/**
 * Eversource (Connecticut Light and Power), Rate 1, from July 1, 2026: Standard Service supply for July–December
 * 2026 and the delivery price and fixed charge in force then.
 *
 * Eversource's Rate 1 sheet (https://www.eversource.com/docs/default-source/rates-tariffs/ct-electric/rate-1-ct.pdf)
 * could not be read here; the figures are ratebook's transcription of it (github.com/cbetz/ratebook,
 * eversource-ct-rate-1.json, "re-verified against the utility's current rate sheet 2026-07-01", third party; it
 * also checked CT Mirror's and the Office of Consumer Counsel's summaries). All-in $0.23602/kWh.
 */
import { CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH } from "./ct-rres";
import { defineTariffVersion, flatUrdb } from "./types";

const RATEBOOK = "https://github.com/cbetz/ratebook/blob/main/packages/ratebook-data/dataset/tariffs/eversource-ct-rate-1.json";

const SUPPLY = 0.12025;
// Transmission, local delivery, public benefits and the rest of the delivery side, per kWh.
const DELIVERY = 0.11577;
const FIXED = 9.62;

export const EVERSOURCE_CT_RATE_1_2026_07 = defineTariffVersion({
  id: "eversource-ct-rate-1/2026-07",
  tariffId: "eversource-ct-rate-1",
  utility: "Eversource",
  utilityAliases: ["Eversource Energy", "Connecticut Light and Power", "Connecticut Light & Power", "CL&P"],
  state: "CT",
  name: "Rate 1: Residential Electric Service",
  effectiveDate: "2026-07-01",
  sourceTitle: "Eversource CT Rate 1 rate sheet (in force July 2026), as transcribed by ratebook",
  sourceUrl: "https://www.eversource.com/docs/default-source/rates-tariffs/ct-electric/rate-1-ct.pdf",
  checkedOn: "2026-12-03",
  notes:
    "Standard Service supply 12.025¢/kWh for July–December 2026, delivery 11.577¢/kWh and a $9.62 fixed monthly charge (ratebook's reading of Eversource's rate sheet, third party): $0.23602/kWh all-in. " +
    `RRES: Netting is modeled as kWh netting with a placeholder $0.05/kWh true-up; Buy-All sells all production at $${CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH}/kWh for 2026 enrollments (ct-rres.ts, third party).`,
  verification: {
    status: "partial",
    read: [
      { what: "Standard Service supply, July 1–December 31, 2026", value: "12.025¢/kWh", sourceUrl: RATEBOOK, how: "third party" },
      { what: "Delivery charges per kWh (all delivery components together)", value: "11.577¢/kWh", sourceUrl: RATEBOOK, how: "third party" },
      { what: "Fixed monthly charge", value: "$9.62", sourceUrl: RATEBOOK, how: "third party" },
    ],
    placeholders: [
      "RRES Netting true-up at $0.05/kWh (how year-end Netting credits are paid was not read; third-party pages say they roll over without expiring).",
      "Every price is a third-party transcription of Eversource's sheet, not read from Eversource's own PDF: check against the customer's bill.",
    ],
  },
  defaultExportRule: { kind: "net-metering", credits: "kwh", trueUpMonth: 12, netSurplusDollarsPerKwh: 0.05 },
  exportRuleNote:
    "Connecticut's Residential Renewable Energy Solutions (RRES) program offers Netting or Buy-All. Netting is modeled as monthly kWh netting with an annual true-up at a placeholder $0.05/kWh (2026 enrollees also pay a $0.0402/kWh Solar Energy Adjustment on production, not modeled); Buy-All is the buy-all-sell-all rule at the RRES rate of the enrollment year ($0.3289/kWh for 2026, third party).",
  urdb: flatUrdb("Rate 1", "Connecticut Light & Power Co", SUPPLY, DELIVERY, FIXED),
});
