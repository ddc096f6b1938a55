import { changeSummary, describeChanges, PROJECT_FIELDS } from "../../core/audit/changes";
import type { TProjectForm } from "../../validation/project";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { offersOf } from "./financing";
import { OPTION_DETAIL_INCLUDE } from "./options";

export const projectsPageSize = 12;

export type ProjectListQuery = { search?: string; state?: string; page?: number };

export type ProjectSummary = {
  id: string;
  customerName: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  utility: string | null;
  tariff: string;
  segment: "residential" | "commercial";
  optionCount: number;
  createdAt: Date;
  /** Added from the welcome checklist: marked "Sample" on the list. */
  isSample: boolean;
};

/** One page of an organization's projects, newest first, filtered by a search term and a state. */
export async function findProjects(organizationId: string, { search = "", state = "", page = 1 }: ProjectListQuery) {
  const db = getDb();
  const term = search.trim();
  const where: Prisma.ProjectWhereInput = {
    organizationId,
    ...(state ? { state } : {}),
    ...(term
      ? {
          OR: [
            { customerName: { contains: term, mode: "insensitive" } },
            { street: { contains: term, mode: "insensitive" } },
            { city: { contains: term, mode: "insensitive" } },
            { zip: { startsWith: term } },
          ],
        }
      : {}),
  };
  const total = await db.project.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / projectsPageSize));
  const currentPage = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = await db.project.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (currentPage - 1) * projectsPageSize,
    take: projectsPageSize,
    include: { _count: { select: { options: true } } },
  });
  const projects: ProjectSummary[] = rows.map((row) => ({
    id: row.id,
    customerName: row.customerName,
    street: row.street,
    city: row.city,
    state: row.state,
    zip: row.zip,
    utility: row.utility,
    tariff: row.tariff,
    segment: row.segment,
    optionCount: row._count.options,
    createdAt: row.createdAt,
    isSample: row.isSample,
  }));
  return { projects, total, page: currentPage, pageCount };
}

/** The states that have at least one of the organization's projects, for the filter. */
export async function findProjectStates(organizationId: string): Promise<string[]> {
  const rows = await getDb().project.findMany({ where: { organizationId }, distinct: ["state"], select: { state: true }, orderBy: { state: "asc" } });
  return rows.map((row) => row.state);
}

/** A project of the organization, or null: another organization's id finds nothing. */
/** The project's segment, for checks that differ for homes and businesses; null when it is not this organization's. */
export async function getProjectSegment(organizationId: string, id: string): Promise<"residential" | "commercial" | null> {
  const project = await getDb().project.findFirst({ where: { id, organizationId }, select: { segment: true } });
  return project?.segment ?? null;
}

export async function getProject(organizationId: string, id: string) {
  const { project: _project, ...children } = OPTION_DETAIL_INCLUDE;
  const project = await getDb().project.findFirst({
    where: { id, organizationId },
    include: { options: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: children } },
  });
  if (!project) return null;
  // Each option as every option read gives it (optionDetailOf), without repeating the project it sits in.
  return { ...project, options: project.options.map(({ financingOffers, ...option }) => ({ ...option, financingOffers: offersOf(financingOffers) })) };
}

// A change and its audit row are written in one transaction: the activity list never shows a change that was not
// made, nor misses one that was.

/** A new project of the actor's organization; returns its id. */
export async function addProject(actor: Actor, fields: TProjectForm): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const project = await tx.project.create({ data: { ...fields, organizationId: actor.organizationId }, select: { id: true } });
    await recordAudit(tx, actor, { projectId: project.id, action: "project.created", summary: `Created the project for ${fields.customerName}.` });
    return project.id;
  });
}

/** Saves the customer and site details, recording what changed; false when the project is not the organization's (any more). */
export async function updateProjectDetails(actor: Actor, projectId: string, fields: TProjectForm): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const before = await tx.project.findFirst({ where: { id: projectId, organizationId: actor.organizationId } });
    if (!before) return false;
    await tx.project.update({ where: { id: projectId }, data: fields });
    const summary = changeSummary("the project", describeChanges(PROJECT_FIELDS, before, fields));
    await recordAudit(tx, actor, { projectId, action: "project.updated", summary });
    return true;
  });
}

/** Deletes a project with its options (the schema cascades); false when it was already gone. */
export async function removeProject(actor: Actor, projectId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const project = await tx.project.findFirst({ where: { id: projectId, organizationId: actor.organizationId }, select: { customerName: true } });
    if (!project) return false;
    await tx.project.delete({ where: { id: projectId } });
    await recordAudit(tx, actor, { projectId, action: "project.deleted", summary: `Deleted the project for ${project.customerName}.` });
    return true;
  });
}
