/**
 * Eversource (Connecticut Light and Power), Rate 1: Residential Electric Service. A flat rate: supply (Standard
 * Service, reset January 1 and July 1) plus delivery (transmission, local delivery, public benefits) per kWh, and a
 * fixed monthly charge.
 */
import { defineTariffVersion, flatUrdb } from "./types";

// Read: Standard Service supply from January 1, 2026 (Eversource news, 2025-11-17).
const SUPPLY = 0.1264;
// PLACEHOLDER: delivery per kWh for January–June (Eversource's 2026 "Summary of Electric Rates" was not read).
const DELIVERY = 0.17;
// Read for July 2026 (ratebook's transcription of Eversource's rate sheet, third party), assumed for January.
const FIXED = 9.62;

export const EVERSOURCE_CT_RATE_1 = defineTariffVersion({
  id: "eversource-ct-rate-1/2026-01",
  tariffId: "eversource-ct-rate-1",
  utility: "Eversource",
  utilityAliases: ["Eversource Energy", "Connecticut Light and Power", "Connecticut Light & Power", "CL&P"],
  state: "CT",
  name: "Rate 1: Residential Electric Service",
  effectiveDate: "2026-01-01",
  sourceTitle: "Eversource CT news: Standard Service winter supply rate (2025-11-17)",
  sourceUrl: "https://www.eversource.com/residential/about/our-company/news-room/connecticut-news/detail/standard-service-winter-supply-rate-expected-to-increase-compared-to-last-year-ct-2026",
  checkedOn: "2026-12-03",
  notes:
    "Supply 12.64¢/kWh, January 1 to June 30, 2026 (read). " +
    "From July 1, 2026 see eversource-ct-rate-1/2026-07. Delivery 17¢/kWh is a PLACEHOLDER; the $9.62 fixed charge is the July 2026 figure (ratebook, third party), assumed the same in January. For scale: Eversource's bill page gives a typical 700 kWh customer's bill falling $13.50 (5.87 %) on a May 1 change, i.e. about $216 a month after it (undated).",
  verification: {
    status: "partial",
    read: [
      { what: "Standard Service supply from January 1, 2026", value: "12.64¢/kWh", sourceUrl: "https://www.eversource.com/residential/about/our-company/news-room/connecticut-news/detail/standard-service-winter-supply-rate-expected-to-increase-compared-to-last-year-ct-2026", how: "utility page" },
      { what: "Typical 700 kWh bill change on a May 1 rate change (undated): −$13.50, −5.87 %, so about $216.48 after", value: "$216.48 (derived)", sourceUrl: "https://www.eversource.com/content/residential/account-billing/manage-bill/about-your-bill/bill-solutions", how: "derived" },
    ],
    placeholders: [`Delivery (transmission, local delivery, public benefits) ${DELIVERY * 100}¢/kWh for January–June 2026.`, `Fixed monthly charge $${FIXED}: read for July 2026 (third party), assumed for January.`],
  },
  defaultExportRule: { kind: "net-metering", credits: "kwh", trueUpMonth: 12, netSurplusDollarsPerKwh: 0.05 },
  exportRuleNote:
    "Connecticut's Residential Renewable Energy Solutions (RRES) program offers netting or buy-all. Netting is modeled as monthly kWh netting with an annual true-up at a placeholder $0.05/kWh; buy-all is the buy-all-sell-all rule with the RRES tariff rate of the customer's enrollment year. The RRES rules and rates were not re-read this session.",
  urdb: flatUrdb("Rate 1", "Connecticut Light & Power Co", SUPPLY, DELIVERY, FIXED),
});
