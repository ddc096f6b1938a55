/**
 * The proposal a project was sold on: its accepted version, else its latest finalized one. Its enabled programs
 * are what the battery is enrolled in, and its figures are the "modeled" side of actual against modeled.
 */
import { getDb } from "../db/client";
import { readSnapshot, type VersionSnapshot } from "../../proposal/snapshot";

export interface SoldProposal {
  versionId: string;
  number: number;
  optionName: string;
  accepted: boolean;
  snapshot: VersionSnapshot;
}

export async function findSoldProposal(organizationId: string, projectId: string): Promise<SoldProposal | null> {
  const db = getDb();
  const version =
    (await db.proposalVersion.findFirst({ where: { organizationId, projectId, acceptedAt: { not: null } }, orderBy: { acceptedAt: "desc" } })) ??
    (await db.proposalVersion.findFirst({ where: { organizationId, projectId }, orderBy: [{ finalizedAt: "desc" }, { number: "desc" }] }));
  if (!version) return null;
  return { versionId: version.id, number: version.number, optionName: version.optionName, accepted: version.acceptedAt !== null, snapshot: readSnapshot(version.snapshot) };
}

/** Programs a project's batteries should be enrolled in: those its sold proposal counts, else those enabled on any option. */
export async function programsOfProject(organizationId: string, projectId: string): Promise<string[]> {
  const sold = await findSoldProposal(organizationId, projectId);
  if (sold) return sold.snapshot.evaluation.programs.filter((program) => program.isCounted).map((program) => program.id);
  const enabled = await getDb().enabledProgram.findMany({ where: { enabled: true, option: { projectId, project: { organizationId } } }, select: { programId: true } });
  return [...new Set(enabled.map((row) => row.programId))].sort();
}
