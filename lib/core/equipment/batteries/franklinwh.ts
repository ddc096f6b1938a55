/**
 * FranklinWH aPower (the first aPower, 13.6 kWh). Sources read 2026-12-03: FranklinWH's own article on sizing
 * (13.6 kWh, 5 kW continuous, 10 kW for 10 seconds, AC-coupled LFP); FranklinWH's installation guide, read through
 * a manual mirror (the 12-year warranty); an installer's comparison for the round trip (89%) and stacking.
 *
 * aPower 2 is not in the catalog yet. Its datasheet was not reachable. A secondary page quotes it: 15 kWh,
 * 10 kW, and 15 years or 60 MWh. FranklinWH's installation guide of 15 January 2025 gives the SKU
 * APR-10K15V2-US, which agrees. No page gives the round trip, and that figure cannot be left empty. The first
 * aPower's 89% belongs to another model, so it is not reused (docs/equipment.md, "Not in the catalog yet").
 */
import { MA_INSTALLER_APPROVED_MANUFACTURERS, listedOn } from "../program-lists";
import type { BatteryUnit } from "../types";

const CHECKED_ON = "2026-12-03";

export const franklinWhAPower: BatteryUnit = {
  kind: "battery",
  id: "franklinwh-apower",
  manufacturer: "FranklinWH",
  model: "aPower (13.6 kWh)",
  usableKwh: 13.6,
  continuousKw: 5,
  peakKw: 10,
  roundTripEfficiency: 0.89,
  efficiencyBasis: "AC to AC",
  warranty: { years: 12, throughputMwh: null, endCapacity: null },
  chemistry: "LFP",
  coupling: "AC",
  expandableTo: "Up to 15 aPower units on one aGate.",
  requiresInverter: null,
  eligibleFor: [listedOn(MA_INSTALLER_APPROVED_MANUFACTURERS, "FranklinWH")],
  source: {
    title: "FranklinWH: How to Calculate How Many aPower Batteries You'll Need",
    url: "https://www.franklinwh.com/blog/apower-batteries-you-need",
    checkedOn: CHECKED_ON,
    isPrimary: true,
    notes:
      "Manufacturer's article (August 2023), not a datasheet: aPower is an AC-coupled LFP battery with 13.6 kWh; 5 kW " +
      "continuous and 10 kW surge for 10 seconds per unit. No efficiency or warranty on the page.",
  },
  otherSources: [
    {
      title: "FranklinWH: Franklin Home Power Installation Guide (manual mirror)",
      url: "https://manuals.online/franklinwh/storage/apower/user-manual/113hz",
      checkedOn: CHECKED_ON,
      isPrimary: false,
      notes: "FranklinWH's guide, read through a mirror: 'To ensure the 12-year warranty period…'. No throughput or end capacity quoted.",
    },
    {
      title: "NRG Clean Power: Franklin Battery vs. Tesla Powerwall",
      url: "https://nrgcleanpower.com/learning-center/franklin-battery-vs-tesla-powerwall-in-depth-comparison/",
      checkedOn: CHECKED_ON,
      isPrimary: false,
      notes: "Installer's comparison: 13.6 kWh, 5 kW continuous, 10 kW peak, 89% round trip, LFP, stackable up to 15 units.",
    },
  ],
};
