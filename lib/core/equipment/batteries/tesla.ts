/**
 * Tesla batteries. Sources read 2026-12-03 (docs/equipment.md lists what each says):
 * - Tesla Energy Library, Powerwall 3 specifications (the Australian install manual's page; the US datasheet PDF
 *   was not reachable): 13.5 kWh, 89% solar to battery to grid, 5 kW charging, 10-year warranty, up to 4 units.
 *   Its output (11.04 kW) is the 230 V model's; the US 11.5 kW is from a Tesla installer's page and a review.
 * - Tesla Energy Library, Powerwall 3 Expansion (US install manual): no inverter, up to 3 on the leader Powerwall 3.
 *   The 13.5 kWh and 10-year warranty are from an installer's interview (secondary).
 * - Powerwall 2: no Tesla page was reachable. Figures from solar.com, which links Tesla's North America AC
 *   datasheet, and reviews; 90% round trip is what most pages give, one early listing says 92.5% (docs/equipment.md).
 */
import { EVERSOURCE_MA_ELIGIBLE_MODELS, CT_ESS_LESSOR_EXAMPLE, MA_INSTALLER_APPROVED_MANUFACTURERS, listedOn } from "../program-lists";
import type { BatteryExpansion, BatteryUnit } from "../types";

const CHECKED_ON = "2026-12-03";

export const teslaPowerwall3: BatteryUnit = {
  kind: "battery",
  id: "tesla-powerwall-3",
  manufacturer: "Tesla",
  model: "Powerwall 3",
  usableKwh: 13.5,
  continuousKw: 11.5,
  peakKw: null,
  roundTripEfficiency: 0.89,
  efficiencyBasis: "solar to battery to grid",
  warranty: { years: 10, throughputMwh: null, endCapacity: null },
  chemistry: "not stated",
  coupling: "DC",
  expandableTo: "Up to 3 Expansion units on the leader Powerwall 3; up to 4 Powerwall 3 units per installation (may vary by market).",
  requiresInverter: null,
  eligibleFor: [
    listedOn(MA_INSTALLER_APPROVED_MANUFACTURERS, "Tesla"),
    listedOn(CT_ESS_LESSOR_EXAMPLE, "2 × Powerwall 3 (a worked incentive example, not the program's list)"),
  ],
  source: {
    title: "Tesla Energy Library: Powerwall 3 Specifications (install manual, Australia)",
    url: "https://energylibrary.tesla.com/docs/Public/EnergyStorage/Powerwall/3/InstallManual/BackupGateway/2/en-au/GUID-168E141F-1B5E-4582-8115-32C1E63E344A.html",
    checkedOn: CHECKED_ON,
    isPrimary: true,
    notes:
      "Nominal battery energy 13.5 kWh; solar to battery to grid round trip 89% (25 °C, beginning of life, 3.3 kW); " +
      "charging up to 5 kW; warranty 10 years; up to 4 units. This is the 230 V model (11.04 kW output); the US " +
      "datasheet could not be reached. No chemistry, warranty throughput or end-of-warranty capacity on this page.",
  },
  otherSources: [
    {
      title: "United Solar Electric: Tesla batteries (Powerwall 3)",
      url: "https://www.unitedsolarelectric.net/tesla-batteries",
      checkedOn: CHECKED_ON,
      isPrimary: false,
      notes: "US figures: 11.5 kW AC continuous per unit, 13.5 kWh, 185 A LRA load start, 10-year warranty.",
    },
    {
      title: "Clean Energy Reviews: Tesla Powerwall 3 Review",
      url: "https://cleanenergyreviews.info/blog/tesla-powerwall-3-review",
      checkedOn: CHECKED_ON,
      isPrimary: false,
      notes: "All-in-one solar and battery, DC-coupled solar; 11.5 kW continuous in the US (11.04 kW in Australia).",
    },
  ],
};

export const teslaPowerwall3Expansion: BatteryExpansion = {
  kind: "expansion",
  id: "tesla-powerwall-3-expansion",
  manufacturer: "Tesla",
  model: "Powerwall 3 Expansion",
  expands: "tesla-powerwall-3",
  maxPerUnit: 3,
  usableKwh: 13.5,
  warranty: { years: 10, throughputMwh: null, endCapacity: null },
  chemistry: "not stated",
  coupling: "DC",
  expandableTo: "Up to 3 per installation, all on the leader Powerwall 3.",
  requiresInverter: "Tesla Powerwall 3 (the Expansion has no inverter)",
  eligibleFor: [],
  source: {
    title: "Tesla Energy Library: Powerwall 3 Expansion units (install manual, Backup Switch, US)",
    url: "https://energylibrary.tesla.com/docs/Public/EnergyStorage/Powerwall/3/InstallManual/BackupSwitch/en-us/GUID-60146E9C-3743-4B7B-88E5-0BF2258CB7B3.html",
    checkedOn: CHECKED_ON,
    isPrimary: true,
    notes: "No inverter, only additional storage; electrically paralleled with a Powerwall 3; up to 3 on the leader Powerwall 3. The page gives no kWh.",
  },
  otherSources: [
    {
      title: "Solaris Renewables: Tesla Powerwall Expansion Module (podcast transcript)",
      url: "https://solarisrenewables.com/blog/tesla-powerwall-expansion-module-podcast/",
      checkedOn: CHECKED_ON,
      isPrimary: false,
      notes: "13.5 kWh of additional storage per module; a 10-year Tesla warranty.",
    },
  ],
};

export const teslaPowerwall2: BatteryUnit = {
  kind: "battery",
  id: "tesla-powerwall-2",
  manufacturer: "Tesla",
  model: "Powerwall 2",
  usableKwh: 13.5,
  continuousKw: 5,
  peakKw: 7,
  roundTripEfficiency: 0.9,
  efficiencyBasis: "AC to AC",
  warranty: { years: 10, throughputMwh: null, endCapacity: 0.7 },
  chemistry: "NMC",
  coupling: "AC",
  expandableTo: "Up to 10 units per installation.",
  requiresInverter: null,
  eligibleFor: [listedOn(EVERSOURCE_MA_ELIGIBLE_MODELS, "Tesla Powerwall 2"), listedOn(MA_INSTALLER_APPROVED_MANUFACTURERS, "Tesla")],
  source: {
    title: "solar.com: Tesla Powerwall (Powerwall 2 specifications)",
    url: "https://www.solar.com/learn/tesla-powerwall/",
    checkedOn: CHECKED_ON,
    isPrimary: false,
    notes:
      "Secondary: no Tesla page for Powerwall 2 was reachable. 13.5 kWh usable; 5 kW continuous, 7 kW peak; warranty 10 years, " +
      "70% capacity retention. The page links Tesla's 'Powerwall 2 AC Datasheet (North America)', which could not be opened. " +
      "Kept for existing homes and re-quotes: Tesla's current lineup leads with Powerwall 3, and whether Powerwall 2 is still sold new was not confirmed.",
  },
  otherSources: [
    {
      title: "Alchemy Solar: Tesla Powerwall 2 review",
      url: "https://www.alchemy-solar.com/post/tesla-powerwall-2-review-data-functions-you-need-to-read",
      checkedOn: CHECKED_ON,
      isPrimary: false,
      notes: "AC storage system; 7 kW peak, 5 kW continuous; round-trip efficiency 90%. (An early product listing elsewhere says 92.5%.)",
    },
    {
      title: "Clean Energy Reviews: Tesla Powerwall 2 review",
      url: "https://www.cleanenergyreviews.info/blog/tesla-powerwall-2-solar-battery-review",
      checkedOn: CHECKED_ON,
      isPrimary: false,
      notes: "Lithium NMC cells; AC version only from March 2017. (Stored copy read over http; the site serves its other reviews over https.)",
    },
  ],
};
