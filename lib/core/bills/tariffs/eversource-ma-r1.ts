/**
 * Eversource (Massachusetts), R-1 Residential non-heating. Flat price per kWh (Basic Service plus delivery) and a
 * monthly customer charge.
 */
import { defineTariffVersion, flatUrdb } from "./types";

// Read (old): Eastern Massachusetts residential Basic Service 15.77¢/kWh from August 1, 2024 (Eversource news,
// 2024-06-05). No 2026 figure could be read: supply, delivery and the customer charge are PLACEHOLDERS.
const SUPPLY = 0.1577;
const DELIVERY = 0.17;
const FIXED = 10;

export const EVERSOURCE_MA_R1 = defineTariffVersion({
  id: "eversource-ma-r1/2026",
  tariffId: "eversource-ma-r1",
  utility: "Eversource",
  utilityAliases: ["Eversource Energy", "NSTAR", "Western Massachusetts Electric"],
  state: "MA",
  name: "R-1: Residential",
  effectiveDate: "2026-01-01",
  sourceTitle: "Eversource MA news: Energy Supply Costs Dropping for Eversource Massachusetts Customers (2024-06-05)",
  sourceUrl: "https://eversource.com/content/residential/about/our-company/news-room/massachusetts-news/detail/energy-supply-costs-dropping-for-eversource-massachusetts-customers",
  checkedOn: "2026-12-03",
  notes:
    "No 2026 Eversource Massachusetts rate could be read. Supply is the August 2024 Eastern Massachusetts Basic Service (15.77¢, read, not current); delivery 17¢/kWh and the $10 customer charge are PLACEHOLDERS. Check against the customer's bill.",
  verification: {
    status: "placeholder",
    read: [{ what: "Eastern MA residential Basic Service from August 1, 2024 (not 2026)", value: "15.77¢/kWh", sourceUrl: "https://eversource.com/content/residential/about/our-company/news-room/massachusetts-news/detail/energy-supply-costs-dropping-for-eversource-massachusetts-customers", how: "utility page" }],
    placeholders: ["2026 Basic Service (the August 2024 figure is used).", `Delivery ${DELIVERY * 100}¢/kWh.`, `Customer charge $${FIXED} a month.`],
  },
  defaultExportRule: { kind: "net-metering", credits: "dollars", trueUpMonth: 12, netSurplusDollarsPerKwh: 0, creditDollarsPerKwh: SUPPLY + DELIVERY },
  exportRuleNote: "Massachusetts net metering with dollar credits at the full per-kWh price (placeholder; see national-grid-ma-r1.ts).",
  urdb: flatUrdb("R-1", "NSTAR Electric Company", SUPPLY, DELIVERY, FIXED),
});
