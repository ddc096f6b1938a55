/**
 * Texas: the wires companies of the retail-choice areas (the PUCT's list, plus Lubbock since 2024), the investor-owned
 * utilities outside retail choice, and the largest municipal utilities and co-op. Only a part of Texas's munis and
 * co-ops: the rest get the state default with a warning.
 */
import { defineUtilities } from "./define";
import type { Utility } from "./types";

const WIRES = { state: "TX", kind: "iou", netMeteringRule: "tx-retail-choice" } as const;
const OWN = { state: "TX", netMeteringRule: "utility-own" } as const;

export const TEXAS_UTILITIES: readonly Utility[] = defineUtilities([
  { ...WIRES, id: "tx-oncor", name: "Oncor Electric Delivery Company", shortName: "Oncor", aliases: ["Oncor Electric Delivery"], sourceIds: ["puct-tdu"] },
  { ...WIRES, id: "tx-centerpoint", name: "CenterPoint Energy Houston Electric", shortName: "CenterPoint", aliases: ["CenterPoint Energy", "CNP"], sourceIds: ["puct-tdu"] },
  { ...WIRES, id: "tx-aep-texas", name: "AEP Texas", shortName: "AEP Texas", aliases: ["AEP Texas Central", "AEP Texas North", "AEP Central", "AEP North"], sourceIds: ["puct-tdu"] },
  { ...WIRES, id: "tx-tnmp", name: "Texas-New Mexico Power Company", shortName: "TNMP", aliases: ["Texas New Mexico Power"], sourceIds: ["puct-tdu"] },
  { ...WIRES, id: "tx-lpl", name: "Lubbock Power & Light", shortName: "LP&L", kind: "muni", aliases: ["Lubbock Power and Light"], sourceIds: ["tx-utility-guide"], note: "A municipal utility that became a retail-choice wires company in 2024." },
  { ...OWN, id: "tx-swepco", name: "Southwestern Electric Power Company", shortName: "SWEPCO", kind: "iou", sourceIds: ["puct-tdu", "tx-regulated-ious"] },
  { ...OWN, id: "tx-el-paso-electric", name: "El Paso Electric", shortName: "El Paso Electric", kind: "iou", aliases: ["EPE"], sourceIds: ["tx-regulated-ious"] },
  { ...OWN, id: "tx-entergy", name: "Entergy Texas", shortName: "Entergy", kind: "iou", aliases: ["Entergy"], sourceIds: ["tx-regulated-ious"] },
  { ...OWN, id: "tx-sps", name: "Southwestern Public Service Company (Xcel Energy)", shortName: "Xcel Energy", kind: "iou", aliases: ["Southwestern Public Service", "SPS", "Xcel"], sourceIds: ["tx-regulated-ious"] },
  { ...OWN, id: "tx-austin-energy", name: "Austin Energy", shortName: "Austin Energy", kind: "muni", sourceIds: ["tx-utility-guide", "tx-munis"], note: "Credits solar at its Value of Solar rate." },
  { ...OWN, id: "tx-cps", name: "CPS Energy", shortName: "CPS Energy", kind: "muni", aliases: ["City Public Service"], sourceIds: ["tx-cps"] },
  { ...OWN, id: "tx-pec", name: "Pedernales Electric Cooperative", shortName: "PEC", kind: "coop", aliases: ["Pedernales Electric"], sourceIds: ["pec-solar"] },
]);
