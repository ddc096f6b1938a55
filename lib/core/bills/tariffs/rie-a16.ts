/**
 * Rhode Island Energy, A-16 Basic Residential: a flat rate (Last Resort Service supply, reset April 1 and October 1,
 * plus delivery charges per kWh) and a monthly customer charge.
 */
import { defineTariffVersion, flatUrdb } from "./types";

// Read (third party, Arcadia tariff data via switchbox-data's field guide, undated): customer charge $6.00.
const FIXED = 6;
// Read (news, 2025): the average residential customer using 500 kWh pays $137.51 a month from April 1, 2025 (summer
// 2025). Per kWh derived: ($137.51 − $6) ÷ 500 = $0.26302. No 2026 figure could be read.
const PER_KWH = Math.round(((137.51 - FIXED) / 500) * 100_000) / 100_000;

export const RIE_A16 = defineTariffVersion({
  id: "rie-a16/2025-04",
  tariffId: "rie-a16",
  utility: "Rhode Island Energy",
  utilityAliases: ["RI Energy", "Narragansett Electric", "National Grid Rhode Island"],
  state: "RI",
  name: "A-16: Basic Residential",
  effectiveDate: "2025-04-01",
  sourceTitle: "Rhode Island Current (via usnewsandbusiness.com): summer 2025 electric rates; Arcadia A-16 tariff data (switchbox-data field guide)",
  sourceUrl: "https://usnewsandbusiness.com/rhode-island-energy-summer-electric-bills-wont-go-down-as-much-as-they-did-last-year",
  checkedOn: "2026-12-03",
  notes:
    "Calibrated to a reported typical bill (500 kWh for $137.51 a month from April 1, 2025: summer 2025, not 2026) with the $6 customer charge from Arcadia's tariff data. " +
    "Winter Last Resort Service is higher (the October 2024 winter price was 14.77¢ supply); one price is used all year. Rhode Island Energy's 2026 rate summary could not be read.",
  verification: {
    status: "partial",
    read: [
      { what: "Customer charge (Arcadia data, undated, LLM-written guide)", value: "$6.00/month", sourceUrl: "https://switchbox-data.github.io/tariff_fetch/wiki/utilities/rie/residential-a16", how: "third party" },
      { what: "Average 500 kWh residential bill from April 1, 2025", value: "$137.51", sourceUrl: "https://usnewsandbusiness.com/rhode-island-energy-summer-electric-bills-wont-go-down-as-much-as-they-did-last-year", how: "third party" },
    ],
    placeholders: [`Per-kWh price $${PER_KWH} derived from the summer 2025 typical bill, used all year (2026 prices not read).`],
  },
  defaultExportRule: { kind: "net-metering", credits: "dollars", trueUpMonth: 12, netSurplusDollarsPerKwh: 0, creditDollarsPerKwh: PER_KWH },
  exportRuleNote:
    "Rhode Island net metering: exports up to the home's annual use earn credits at about the retail price, carried on the bill; modeled as dollar credits at the full per-kWh price (the 100–125 % band at avoided cost is not modeled; rules not re-read).",
  urdb: flatUrdb("A-16", "Rhode Island Energy", 0, PER_KWH, FIXED),
});
