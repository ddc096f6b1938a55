/**
 * Connecticut: the two investor-owned distribution companies PURA regulates (which run RRES), and the municipal
 * utilities: CMEEC's members and participants, Wallingford and Norwich. The Mohegan Tribal Utility Authority serves
 * the tribe's own properties, not homes an installer would quote, so it is not listed.
 */
import { defineUtilities } from "./define";
import type { Utility } from "./types";

const MUNI = { state: "CT", kind: "muni", netMeteringRule: "utility-own", sourceIds: ["cmeec-members", "ct-ag-munis"] } as const;

export const CONNECTICUT_UTILITIES: readonly Utility[] = defineUtilities([
  {
    id: "ct-eversource",
    state: "CT",
    name: "The Connecticut Light and Power Company (Eversource Energy)",
    shortName: "Eversource",
    kind: "iou",
    aliases: ["Eversource Energy", "Connecticut Light and Power", "Connecticut Light & Power", "CL&P"],
    tariffIds: ["eversource-ct-rate-1"],
    netMeteringRule: "ct-rres",
    sourceIds: ["pura-rres", "pura-rates"],
  },
  {
    id: "ct-ui",
    state: "CT",
    name: "The United Illuminating Company",
    shortName: "UI",
    kind: "iou",
    aliases: ["United Illuminating", "Avangrid"],
    tariffIds: ["ui-rate-r"],
    netMeteringRule: "ct-rres",
    sourceIds: ["pura-rres", "pura-rates"],
  },
  { ...MUNI, id: "ct-norwich", name: "Norwich Public Utilities", shortName: "Norwich Public Utilities", aliases: ["City of Norwich Department of Public Utilities", "NPU"] },
  { ...MUNI, id: "ct-groton", name: "Groton Utilities", shortName: "Groton Utilities", aliases: ["City of Groton Department of Utilities"] },
  { ...MUNI, id: "ct-wallingford", name: "Town of Wallingford Electric Division", shortName: "Wallingford Electric", aliases: ["Wallingford Electric Division", "Town of Wallingford"], sourceIds: ["ct-ag-munis"] },
  { ...MUNI, id: "ct-jewett-city", name: "Jewett City Department of Public Utilities", shortName: "Jewett City Utilities", aliases: ["Borough of Jewett City Electric Light Plant"] },
  { ...MUNI, id: "ct-bozrah", name: "Bozrah Light & Power Company", shortName: "Bozrah Light & Power", aliases: ["Bozrah Light and Power"] },
  { ...MUNI, id: "ct-norwalk-third", name: "Norwalk Third Taxing District Electrical Department", shortName: "Third Taxing District", aliases: ["Norwalk Third Taxing District", "East Norwalk"] },
  { ...MUNI, id: "ct-south-norwalk", name: "South Norwalk Electric and Water", shortName: "SNEW", aliases: ["South Norwalk Electric Works", "Norwalk SNEW"] },
]);
