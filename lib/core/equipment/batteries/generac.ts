/**
 * Generac PWRcell battery cabinets, sizes M3 to M6 (3 to 6 modules of 3 kWh). Source read 2026-12-03: the
 * specifications table of Generac's "Owner's Manual for Generac PWRcell Battery", read through a manual-hosting
 * mirror (the generac.com copy was not reachable). PWRcell 2, the newer cabinet, was not reachable at all: not in
 * the catalog yet (docs/equipment.md).
 *
 * The cabinet sits on Generac's REbus DC bus (360–420 V) and needs a PWRcell inverter; its AC figures assume one.
 * "Continuous" here is the manual's nominal continuous AC power (the average over a complete discharge), the one a
 * 2–3 hour program event can count on; the manual's "max. continuous" (4.5 to 9 kW) is a peak-performance figure at
 * 40 °C. The round trip is DC to DC (96.5%), so it leaves out the inverter.
 */
import { EVERSOURCE_MA_ELIGIBLE_MODELS, MA_INSTALLER_APPROVED_MANUFACTURERS, listedOn } from "../program-lists";
import type { BatteryUnit, FigureSource } from "../types";

const SOURCE: FigureSource = {
  title: "Generac: Owner's Manual for Generac PWRcell Battery, Specifications (manual mirror)",
  url: "https://www.easymanua.ls/generac-power-systems/pwrcell-m3/manual/910169?p=10",
  checkedOn: "2026-12-03",
  isPrimary: false,
  notes:
    "Generac's own manual, read through a mirror. Usable energy 9/12/15/18 kWh (M3–M6); nominal continuous AC power " +
    "3.4/4.5/5.6/6.7 kW; max. continuous 4.5/6/7.5/9 kW at 40 °C; round trip 96.5% DC to DC; 3 kWh per module. " +
    "No chemistry and no warranty in the table; Generac's warranty document was not reachable.",
};

const SIZES = [
  { modules: 3, usableKwh: 9, continuousKw: 3.4 },
  { modules: 4, usableKwh: 12, continuousKw: 4.5 },
  { modules: 5, usableKwh: 15, continuousKw: 5.6 },
  { modules: 6, usableKwh: 18, continuousKw: 6.7 },
] as const;

export const generacPwrcellCabinets: readonly BatteryUnit[] = SIZES.map(({ modules, usableKwh, continuousKw }) => ({
  kind: "battery",
  id: `generac-pwrcell-m${modules}`,
  manufacturer: "Generac",
  model: `PWRcell M${modules} (${usableKwh} kWh)`,
  usableKwh,
  continuousKw,
  peakKw: null,
  roundTripEfficiency: 0.965,
  efficiencyBasis: "DC to DC",
  warranty: { years: null, throughputMwh: null, endCapacity: null },
  chemistry: "not stated",
  coupling: "DC",
  expandableTo: "3 to 6 battery modules of 3 kWh per cabinet; a cabinet gains modules later up to M6.",
  requiresInverter: "Generac PWRcell inverter (REbus DC bus)",
  eligibleFor: [
    listedOn(EVERSOURCE_MA_ELIGIBLE_MODELS, "Generac (EX) batteries on Generac Model 700 / 11400 series inverters"),
    listedOn(MA_INSTALLER_APPROVED_MANUFACTURERS, "Generac PWRcell"),
  ],
  source: SOURCE,
  otherSources: [],
}));
