/**
 * The utilities that serve a project's state, as sourced data (docs/utilities.md). A utility is the company or public
 * body that owns the wires to the home and interconnects its solar: the one whose net metering rules apply. Retail
 * suppliers and community choice aggregators are not utilities here.
 */
import type { SourceId } from "./sources";

export const SERVED_STATES = ["CA", "CT", "MA", "RI", "TX"] as const;
export type ServedState = (typeof SERVED_STATES)[number];

/** iou: investor-owned; muni: publicly owned (city department, utility or irrigation district); coop: member-owned. */
export type UtilityKind = "iou" | "muni" | "coop";

/**
 * Which rule decides how the home's exports are paid, one per regulatory regime (tariff-framework.ts reads it):
 * - ca-nbt: PG&E, SCE, SDG&E, where D.22-12-056 put new interconnections on the Net Billing Tariff;
 * - ct-rres: Eversource and UI, whose RRES program replaced net metering for new systems in 2022;
 * - ma-net-metering, ri-net-metering: the state's net metering law at its distribution companies;
 * - tx-retail-choice: Texas wires companies in retail-choice areas, where the retail provider sets any buyback;
 * - utility-own: a utility that sets its own rules (munis, co-ops, California's small IOUs).
 */
export type NetMeteringRule = "ca-nbt" | "ct-rres" | "ma-net-metering" | "ri-net-metering" | "tx-retail-choice" | "utility-own";

export interface Utility {
  /** State code, a dash, a short slug: "ca-pge". The same company in two states is two utilities. */
  id: string;
  state: ServedState;
  name: string;
  /** What installers and bills call it: "PG&E". */
  shortName: string;
  kind: UtilityKind;
  /** Other spellings installers type: former names, legal names, abbreviations. Unique within a state. */
  aliases: readonly string[];
  /** The bill model's tariffs for this utility (lib/core/bills/tariffs), where we ship one. */
  tariffIds: readonly string[];
  netMeteringRule: NetMeteringRule;
  /** Where the utility's existence, name and kind were read. */
  sourceIds: readonly SourceId[];
  note?: string;
}

export interface UtilitySource {
  title: string;
  url: string;
  checkedOn: string;
  /** Who wrote it: a regulator, statute or state office outranks a utility, which outranks a third party. */
  publisher: "regulator" | "statute" | "government" | "utility" | "third party";
  /** What was read there, in a sentence. */
  read: string;
}
