/**
 * Massachusetts: the three investor-owned distribution companies the DPU regulates, and a PART of the state's 41
 * municipal light plants (MAPC): those the sources read this session name, 17 of them. A muni not listed is typed as
 * free text and gets the state default with a warning (tariff-framework.ts).
 */
import { defineUtilities } from "./define";
import type { Utility } from "./types";

const MLP = { state: "MA", kind: "muni", netMeteringRule: "utility-own" } as const;

export const MASSACHUSETTS_UTILITIES: readonly Utility[] = defineUtilities([
  {
    id: "ma-eversource",
    state: "MA",
    name: "NSTAR Electric Company (Eversource Energy)",
    shortName: "Eversource",
    kind: "iou",
    aliases: ["Eversource Energy", "NSTAR", "NSTAR Electric", "Western Massachusetts Electric", "WMECo", "Cape Light Compact"],
    tariffIds: ["eversource-ma-r1"],
    netMeteringRule: "ma-net-metering",
    sourceIds: ["ma-dpu-electric", "ma-ious-solar"],
    note: "Cape Light Compact is the Cape and Vineyard towns' energy-efficiency and supply compact, not a wires company: its homes are Eversource's (ma-ious-solar).",
  },
  {
    id: "ma-national-grid",
    state: "MA",
    name: "Massachusetts Electric Company (National Grid)",
    shortName: "National Grid",
    kind: "iou",
    aliases: ["Massachusetts Electric", "Mass Electric", "Nantucket Electric"],
    tariffIds: ["national-grid-ma-r1"],
    netMeteringRule: "ma-net-metering",
    sourceIds: ["ma-dpu-electric", "ma-ious-solar"],
  },
  {
    id: "ma-unitil",
    state: "MA",
    name: "Fitchburg Gas and Electric Light Company (Unitil)",
    shortName: "Unitil",
    kind: "iou",
    aliases: ["Fitchburg Gas and Electric", "Fitchburg Gas & Electric Light"],
    netMeteringRule: "ma-net-metering",
    sourceIds: ["ma-dpu-electric", "ma-ious-solar"],
  },
  { ...MLP, id: "ma-concord", name: "Concord Municipal Light Plant", shortName: "Concord Light", aliases: ["CMLP"], sourceIds: ["concord-light-solar", "ma-munis-local"] },
  { ...MLP, id: "ma-belmont", name: "Belmont Municipal Light Department", shortName: "Belmont Light", sourceIds: ["ma-munis-local"] },
  { ...MLP, id: "ma-wellesley", name: "Wellesley Municipal Light Department", shortName: "Wellesley Municipal Light", aliases: ["Wellesley Municipal Light Plant"], sourceIds: ["ma-munis-local", "mapc-mlps"] },
  { ...MLP, id: "ma-littleton", name: "Littleton Electric Light Department", shortName: "Littleton Electric Light", aliases: ["LELWD"], sourceIds: ["ma-munis-local", "mapc-mlps"], note: "Also serves Boxborough (MAPC)." },
  { ...MLP, id: "ma-holyoke", name: "Holyoke Gas & Electric", shortName: "HG&E", aliases: ["Holyoke Gas and Electric"], sourceIds: ["ma-munis-west", "mapc-mlps"] },
  { ...MLP, id: "ma-chicopee", name: "Chicopee Electric Light", shortName: "Chicopee Electric Light", aliases: ["Chicopee Municipal Lighting Plant"], sourceIds: ["ma-munis-west", "ma-mmwec-2010"] },
  { ...MLP, id: "ma-south-hadley", name: "South Hadley Electric Light Department", shortName: "SHELD", sourceIds: ["ma-munis-west"] },
  { ...MLP, id: "ma-westfield", name: "Westfield Gas & Electric", shortName: "WG&E", aliases: ["Westfield Gas and Electric"], sourceIds: ["ma-munis-west"] },
  { ...MLP, id: "ma-russell", name: "Russell Municipal Light Department", shortName: "Russell Municipal Light", sourceIds: ["ma-munis-west"] },
  { ...MLP, id: "ma-chester", name: "Chester Municipal Electric Light Department", shortName: "Chester Municipal Electric Light", aliases: ["CMELD"], sourceIds: ["ma-munis-west"] },
  { ...MLP, id: "ma-princeton", name: "Princeton Municipal Light Department", shortName: "Princeton Municipal Light", aliases: ["PMLD"], sourceIds: ["ma-mmwec-2010"] },
  { ...MLP, id: "ma-ashburnham", name: "Ashburnham Municipal Light Department", shortName: "Ashburnham Municipal Light", sourceIds: ["ma-mmwec-2010"] },
  { ...MLP, id: "ma-peabody", name: "Peabody Municipal Light Plant", shortName: "PMLP", sourceIds: ["ma-mmwec-2010"] },
  { ...MLP, id: "ma-mansfield", name: "Mansfield Municipal Electric Department", shortName: "Mansfield Municipal Electric", sourceIds: ["ma-mmwec-2010"] },
  { ...MLP, id: "ma-taunton", name: "Taunton Municipal Lighting Plant", shortName: "TMLP", sourceIds: ["taunton-mlp"] },
  { ...MLP, id: "ma-shrewsbury", name: "Shrewsbury Electric and Cable Operations", shortName: "SELCO", aliases: ["Shrewsbury Electric"], sourceIds: ["shrewsbury-selco"] },
  { ...MLP, id: "ma-holden", name: "Holden Municipal Light Department", shortName: "Holden Municipal Light", sourceIds: ["holden-mld"] },
]);
