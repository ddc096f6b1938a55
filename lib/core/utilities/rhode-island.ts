/**
 * Rhode Island: Rhode Island Energy (National Grid's former Narragansett Electric, bought by PPL) and the two
 * ratepayer-owned districts, Block Island and Pascoag. Rhode Island has no other electric utility in the sources read.
 */
import { defineUtilities } from "./define";
import type { Utility } from "./types";

export const RHODE_ISLAND_UTILITIES: readonly Utility[] = defineUtilities([
  {
    id: "ri-energy",
    state: "RI",
    name: "The Narragansett Electric Company (Rhode Island Energy)",
    shortName: "Rhode Island Energy",
    kind: "iou",
    aliases: ["RI Energy", "Narragansett Electric", "National Grid", "National Grid Rhode Island"],
    tariffIds: ["rie-a16"],
    netMeteringRule: "ri-net-metering",
    sourceIds: ["ri-energy-ppl", "ri-net-metering-2023"],
    note: "National Grid served Rhode Island until PPL bought it in 2022; installers and older bills still say National Grid.",
  },
  {
    id: "ri-block-island",
    state: "RI",
    name: "Block Island Utility District",
    shortName: "Block Island Utility District",
    kind: "muni",
    aliases: ["Block Island Power Company", "BIUD", "BIPCo"],
    netMeteringRule: "utility-own",
    sourceIds: ["biud-net-metering", "ri-districts-2021"],
    note: "Ratepayer-owned; net meters under its own tariff and cap.",
  },
  {
    id: "ri-pascoag",
    state: "RI",
    name: "Pascoag Utility District",
    shortName: "Pascoag Utility District",
    kind: "muni",
    aliases: ["Pascoag"],
    netMeteringRule: "utility-own",
    sourceIds: ["ri-districts-2021", "ri-net-metering"],
    note: "Net meters under its own cap, set with the PUC.",
  },
]);
