/**
 * What the welcome checklist is ticked from, read in one place: the organization's own work only. Sample projects
 * are left out of every fact (adding the sample must not tick "first project"), and are reported apart.
 */
import type { WelcomeFacts } from "../../core/welcome/checklist";
import { getDb } from "../db/client";
import type { Actor } from "./actor";

const OWN = { isSample: false } as const;

export async function findWelcomeFacts(organizationId: string): Promise<WelcomeFacts> {
  const db = getDb();
  const [organization, profile, priceList, latestProject, proposal, sample] = await Promise.all([
    db.organization.findUnique({ where: { id: organizationId }, select: { welcomeDismissedAt: true } }),
    db.companyProfile.findUnique({ where: { organizationId }, select: { id: true } }),
    // A price list row always carries the solar price per watt (the one figure its form requires).
    db.priceList.findUnique({ where: { organizationId }, select: { id: true } }),
    db.project.findFirst({ where: { organizationId, ...OWN }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } }),
    db.proposalVersion.findFirst({ where: { organizationId, project: OWN }, select: { id: true } }),
    db.project.findFirst({ where: { organizationId, isSample: true }, select: { id: true } }),
  ]);
  return {
    hasCompanyProfile: profile !== null,
    hasPriceList: priceList !== null,
    latestProjectId: latestProject?.id ?? null,
    hasFinalizedProposal: proposal !== null,
    hasSampleProject: sample !== null,
    // An organization that is gone has nothing to welcome: treated as dismissed.
    dismissedAt: organization ? organization.welcomeDismissedAt : new Date(0),
  };
}

/** Hides the checklist for the whole organization; a second dismissal keeps the first one's date. */
export async function dismissWelcome(actor: Actor, now: Date = new Date()): Promise<void> {
  await getDb().organization.updateMany({ where: { id: actor.organizationId, welcomeDismissedAt: null }, data: { welcomeDismissedAt: now } });
}
