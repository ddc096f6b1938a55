/**
 * United Illuminating, Rate R: residential service at one price all day (Rate RT is UI's time-of-day rate).
 */
import { defineTariffVersion, flatUrdb } from "./types";

// Read: the average residential customer using 700 kWh pays $252.12 a month, January 1–June 30, 2026 (UI news,
// 2025-11-17). PLACEHOLDER fixed charge $10; the per-kWh price is derived so that 700 kWh cost $252.12:
// ($252.12 − $10) ÷ 700 = $0.34589, of which Standard Service supply is $0.13695 (read, third party) and delivery the
// rest.
const TYPICAL_BILL = 252.12;
const FIXED = 10;
const PER_KWH = Math.round(((TYPICAL_BILL - FIXED) / 700) * 100_000) / 100_000;
const SUPPLY = 0.13695;
const DELIVERY = Math.round((PER_KWH - SUPPLY) * 100_000) / 100_000;

export const UI_RATE_R = defineTariffVersion({
  id: "ui-rate-r/2026-01",
  tariffId: "ui-rate-r",
  utility: "UI",
  utilityAliases: ["United Illuminating", "The United Illuminating Company", "Avangrid"],
  state: "CT",
  name: "Rate R: Residential Service",
  effectiveDate: "2026-01-01",
  sourceTitle: "UI news: Supply Rates, Public Benefits Charge to Drive Price Change for UI Customers in Winter 2026 (2025-11-17)",
  sourceUrl: "https://www.uinet.com/w/supply-rates-public-benefits-charge-to-drive-price-change-for-ui-customers-in-winter-2026",
  checkedOn: "2026-12-03",
  notes:
    "Calibrated to UI's own typical bill: 700 kWh for $252.12 a month, January–June 2026 (read). The $10 fixed charge is a PLACEHOLDER, and the per-kWh price ($0.34589) is derived from it; July–December 2026 prices were not read.",
  verification: {
    status: "partial",
    read: [
      { what: "Average residential bill at 700 kWh, January 1–June 30, 2026", value: "$252.12", sourceUrl: "https://www.uinet.com/w/supply-rates-public-benefits-charge-to-drive-price-change-for-ui-customers-in-winter-2026", how: "utility page" },
      { what: "Standard Service supply, January–June 2026", value: `$${SUPPLY}/kWh`, sourceUrl: "https://nuwattenergy.com/en/connecticut/eversource-vs-ui-solar-rates", how: "third party" },
    ],
    placeholders: [
      `Fixed monthly charge $${FIXED}; the per-kWh price $${PER_KWH} (delivery $${DELIVERY}) is derived from it and the typical bill.`,
      "July–December 2026 prices were not read: the January–June price is used all year.",
    ],
  },
  defaultExportRule: { kind: "net-metering", credits: "kwh", trueUpMonth: 12, netSurplusDollarsPerKwh: 0.05 },
  exportRuleNote:
    "Connecticut RRES Netting, modeled as monthly kWh netting with an annual true-up at a placeholder $0.05/kWh (not re-read); RRES Buy-All is the buy-all-sell-all rule at the enrollment year's rate ($0.3289/kWh for 2026, the same for UI and Eversource; ct-rres.ts, third party).",
  urdb: flatUrdb("Rate R", "United Illuminating Co", SUPPLY, DELIVERY, FIXED),
});
