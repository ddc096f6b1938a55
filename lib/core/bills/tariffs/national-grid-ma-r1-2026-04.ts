/**
 * National Grid (Massachusetts Electric), R-1 Regular Residential, from April 1, 2026 (delivery) with the Basic
 * Service of February–July 2026.
 *
 * National Grid's delivery and Basic Service sheets (nationalgridus.com meco_delivery.pdf, meco_basic_service.pdf,
 * resitable.pdf) could not be read here; the figures are ratebook's transcription of them (github.com/cbetz/ratebook,
 * national-grid-ma-r1.json, "re-verified against the utility's current rate sheet 2026-07-01", third party):
 * $0.37384/kWh all-in ($0.22012 + $0.15372 in its two URDB fields; which of the two is Basic Service was not read,
 * so the total is held as one price) and a $10 customer charge. Ratebook marks it as in force until July 31, 2026,
 * when Basic Service changes; the price after that was not read.
 */
import { defineTariffVersion, flatUrdb } from "./types";

const RATEBOOK = "https://github.com/cbetz/ratebook/blob/main/packages/ratebook-data/dataset/tariffs/national-grid-ma-r1.json";

const PER_KWH = 0.37384;
const FIXED = 10;

export const NATIONAL_GRID_MA_R1_2026_04 = defineTariffVersion({
  id: "national-grid-ma-r1/2026-04",
  tariffId: "national-grid-ma-r1",
  utility: "National Grid",
  utilityAliases: ["Massachusetts Electric", "Mass Electric", "Nantucket Electric"],
  state: "MA",
  name: "R-1: Regular Residential",
  effectiveDate: "2026-04-01",
  sourceTitle: "National Grid MA R-1 delivery and Basic Service sheets (April–July 2026), as transcribed by ratebook",
  sourceUrl: "https://www.nationalgridus.com/media/pdfs/billing-payments/tariffs/mae/meco_delivery.pdf",
  checkedOn: "2026-12-03",
  notes:
    "All-in $0.37384/kWh (Basic Service plus delivery) and a $10 customer charge, April 1–July 31, 2026 (ratebook's reading of National Grid's sheets, third party): 600 kWh cost $234.30, close to National Grid's own \"about $240\" for February. " +
    "Basic Service from August 1, 2026 was not read; this price is used all year.",
  verification: {
    status: "partial",
    read: [
      { what: "Price per kWh, Basic Service plus delivery, April–July 2026", value: `$${PER_KWH}/kWh`, sourceUrl: RATEBOOK, how: "third party" },
      { what: "Customer charge", value: `$${FIXED}/month`, sourceUrl: RATEBOOK, how: "third party" },
      { what: "25 % winter bill relief ≈ $60/month at 600 kWh on R-1 rates (February 2026), a cross-check", value: "≈ $240 bill (derived)", sourceUrl: "https://www.nationalgridus.com/MA-Home/Help-Read-Your-Bill/Bill-FAQs", how: "derived" },
    ],
    placeholders: [
      "Basic Service after July 31, 2026 (changes every February 1 and August 1): the April–July price is used all year.",
      "Every price is a third-party transcription of National Grid's sheets, not read from National Grid's own PDFs: check against the customer's bill.",
    ],
  },
  defaultExportRule: { kind: "net-metering", credits: "dollars", trueUpMonth: 12, netSurplusDollarsPerKwh: 0, creditDollarsPerKwh: PER_KWH },
  exportRuleNote:
    "Massachusetts net metering: a month's net excess becomes a dollar credit on later bills. Modeled with credits at the full per-kWh price (small residential systems are credited at nearly the full retail price; the exact components were not re-read); credits left at year end are counted at their value.",
  urdb: flatUrdb("R-1", "Massachusetts Electric Co", 0, PER_KWH, FIXED),
});
