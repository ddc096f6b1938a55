/**
 * What the project page and the grid events page show of operations: batteries with their state, enrollments and
 * latest commands; events with their measured performance; actual against modeled.
 */
import { getDb } from "../db/client";
import { compareActualToModeled, type SeasonComparison } from "../../proposal/actual-vs-modeled";
import { findSoldProposal } from "./sold-proposal";

export async function findProjectBatteries(organizationId: string, projectId: string) {
  return getDb().device.findMany({
    where: { organizationId, projectId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: {
      enrollments: { orderBy: { programId: "asc" } },
      commands: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 8, include: { gridEvent: { select: { programId: true } } } },
    },
  });
}

export type ProjectBattery = Awaited<ReturnType<typeof findProjectBatteries>>[number];

export interface ActualVsModeled {
  proposal: { versionId: string; number: number; optionName: string; accepted: boolean } | null;
  rows: SeasonComparison[];
}

/** The sold proposal's modeled annual benefit per program and season, beside what the measured events earn. */
export async function findActualVsModeled(organizationId: string, projectId: string): Promise<ActualVsModeled> {
  const sold = await findSoldProposal(organizationId, projectId);
  if (!sold) return { proposal: null, rows: [] };
  const performances = await getDb().gridEventPerformance.findMany({
    where: { device: { organizationId, projectId } },
    include: { gridEvent: { select: { id: true, programId: true, startAt: true } } },
  });
  // The site's average kW in each event: the sum over its batteries.
  const byEvent = new Map<string, { programId: string; startAt: Date; averageKw: number }>();
  for (const row of performances) {
    const entry = byEvent.get(row.gridEventId) ?? { programId: row.gridEvent.programId, startAt: row.gridEvent.startAt, averageKw: 0 };
    entry.averageKw += row.averageKw;
    byEvent.set(row.gridEventId, entry);
  }
  const { snapshot, ...proposal } = sold;
  return { proposal, rows: compareActualToModeled(snapshot, [...byEvent.values()]) };
}

export async function findGridEvents(organizationId: string, limit = 50) {
  const events = await getDb().gridEvent.findMany({
    where: { organizationId },
    orderBy: [{ startAt: "desc" }, { id: "desc" }],
    take: limit,
    include: {
      commands: { select: { id: true, status: true, skipReason: true, failureReason: true, device: { select: { id: true, serialNumber: true, project: { select: { id: true, customerName: true } } } } } },
      performances: { select: { deviceId: true, averageKw: true, deliveredKwh: true, coverage: true } },
    },
  });
  // The fleet's average kW over the event is the sum of the batteries' averages (lib/operations/grid-event.ts).
  return events.map((event) => ({ ...event, fleetAverageKw: event.performances.reduce((sum, row) => sum + row.averageKw, 0) }));
}

export type GridEventRow = Awaited<ReturnType<typeof findGridEvents>>[number];

export async function isGridServicesOn(organizationId: string): Promise<boolean> {
  const organization = await getDb().organization.findUnique({ where: { id: organizationId }, select: { gridServicesEnabled: true } });
  return organization?.gridServicesEnabled ?? false;
}
