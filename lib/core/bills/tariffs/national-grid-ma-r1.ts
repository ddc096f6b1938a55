/**
 * National Grid (Massachusetts Electric), R-1 Regular Residential. Flat price per kWh (Basic Service supply plus
 * delivery) and a monthly customer charge.
 */
import { defineTariffVersion, flatUrdb } from "./types";

// Read: "MA Winter Bill Relief" takes 25 % off February–March 2026 bills, about $60 a month "based on current R-1
// rates for average residential electricity usage of 600 kWh per month" (National Grid, read 2026-12-03): a bill of
// about $240 for 600 kWh. PLACEHOLDER customer charge $7; per kWh derived: ($240 − $7) ÷ 600 = $0.38833.
const TYPICAL_BILL = 240;
const FIXED = 7;
const PER_KWH = Math.round(((TYPICAL_BILL - FIXED) / 600) * 100_000) / 100_000;

export const NATIONAL_GRID_MA_R1 = defineTariffVersion({
  id: "national-grid-ma-r1/2026-02",
  tariffId: "national-grid-ma-r1",
  utility: "National Grid",
  utilityAliases: ["Massachusetts Electric", "Mass Electric", "Nantucket Electric"],
  state: "MA",
  name: "R-1: Regular Residential",
  effectiveDate: "2026-02-01",
  sourceTitle: "National Grid (MA): Bill FAQs, MA Winter Bill Relief",
  sourceUrl: "https://www.nationalgridus.com/MA-Home/Help-Read-Your-Bill/Bill-FAQs",
  checkedOn: "2026-12-03",
  notes:
    "Calibrated to National Grid's own figure: 25 % of an average 600 kWh R-1 bill is about $60 (February 2026), so about $240 a month. The $7 customer charge is a PLACEHOLDER and the per-kWh price is derived from it. " +
    "The February–March 2026 winter bill relief itself is not modeled (a one-time credit).",
  verification: {
    status: "partial",
    read: [{ what: "25 % winter bill relief ≈ $60/month at 600 kWh on current R-1 rates (February 2026)", value: "≈ $240 bill (derived)", sourceUrl: "https://www.nationalgridus.com/MA-Home/Help-Read-Your-Bill/Bill-FAQs", how: "derived" }],
    placeholders: [`Customer charge $${FIXED} a month; the per-kWh price $${PER_KWH} is derived from it and the typical bill.`, "Basic Service changes on February 1 and August 1; one price is used all year."],
  },
  defaultExportRule: { kind: "net-metering", credits: "dollars", trueUpMonth: 12, netSurplusDollarsPerKwh: 0, creditDollarsPerKwh: PER_KWH },
  exportRuleNote:
    "Massachusetts net metering: a month's net excess becomes a dollar credit on later bills. Modeled with credits at the full per-kWh price (small residential systems are credited at nearly the full retail price; the exact components were not re-read); credits left at year end are counted at their value.",
  urdb: flatUrdb("R-1", "Massachusetts Electric Co", 0, PER_KWH, FIXED),
});
