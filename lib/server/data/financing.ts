/**
 * Financing products (the organization's lenders' and leasing companies' terms, versioned like rates) and the
 * financing offered on each option. The only module that reads or writes FinancingProduct and OptionFinancing;
 * every read is scoped by the caller's organization, and every change is written with its audit row in one
 * transaction.
 *
 * A product row is never changed in place: an edit writes a new row that supersedes it, so "current" is the row no
 * other row supersedes. An offer copies the terms when it is made: editing or archiving the product later never
 * changes what an option offers, nor a proposal already sent.
 */
import { choiceOfTerms, readStoredTerms, type FinancingProductKind, type FinancingTerms, type TFinancingProductForm } from "../../validation/financing";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";

import type { FinancingOffer } from "../../proposal/financing-view";

export type { FinancingOffer };

export type FinancingProduct = {
  id: string;
  name: string;
  provider: string;
  kind: FinancingProductKind;
  /** Null when the stored terms are no longer ones Gridfolio accepts (its bounds changed): shown, not offered. */
  terms: FinancingTerms | null;
  effectiveFrom: Date;
  checkedOn: Date;
  sourceUrl: string | null;
  notes: string | null;
  /** When this version was written: the first save, or the edit that made it current. */
  createdAt: Date;
  /** True when this version replaced an earlier one. */
  isRevision: boolean;
};

const PRODUCT_FIELDS = {
  id: true,
  name: true,
  provider: true,
  kind: true,
  terms: true,
  effectiveFrom: true,
  checkedOn: true,
  sourceUrl: true,
  notes: true,
  createdAt: true,
  supersedesId: true,
} as const;

type ProductRecord = Prisma.FinancingProductGetPayload<{ select: typeof PRODUCT_FIELDS }>;

function productOf(record: ProductRecord): FinancingProduct {
  const { supersedesId, terms, ...rest } = record;
  return { ...rest, terms: readStoredTerms(terms), isRevision: supersedesId !== null };
}

/** The versions an installer can offer: of this organization, not archived, not replaced by a later edit. */
const currentProducts = (organizationId: string) => ({ organizationId, archivedAt: null, supersededBy: { is: null } }) satisfies Prisma.FinancingProductWhereInput;

/** The organization's current products: loans, then leases, then PPAs, each by name. */
export async function findFinancingProducts(organizationId: string): Promise<FinancingProduct[]> {
  const records = await getDb().financingProduct.findMany({
    where: currentProducts(organizationId),
    orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
    select: PRODUCT_FIELDS,
  });
  return records.map(productOf);
}

/** One current product of the organization; null when it is another's, archived or replaced by an edit. */
export async function findCurrentFinancingProduct(organizationId: string, productId: string): Promise<FinancingProduct | null> {
  const record = await getDb().financingProduct.findFirst({ where: { ...currentProducts(organizationId), id: productId }, select: PRODUCT_FIELDS });
  return record ? productOf(record) : null;
}

function productData(fields: TFinancingProductForm) {
  return {
    name: fields.name,
    provider: fields.provider,
    kind: fields.terms.kind,
    terms: fields.terms as Prisma.InputJsonValue,
    effectiveFrom: fields.effectiveFrom,
    checkedOn: fields.checkedOn,
    sourceUrl: fields.sourceUrl,
    notes: fields.notes,
  };
}

/** Organization settings have no project: their audit rows name none (as the company profile's). */
async function recordOrganizationAudit(tx: Prisma.TransactionClient, actor: Actor, action: string, summary: string): Promise<void> {
  await tx.auditEvent.create({ data: { organizationId: actor.organizationId, projectId: null, actorId: actor.userId, actorName: actor.userName, action, summary } });
}

export async function createFinancingProduct(actor: Actor, fields: TFinancingProductForm): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const created = await tx.financingProduct.create({ data: { ...productData(fields), organizationId: actor.organizationId }, select: { id: true } });
    await recordOrganizationAudit(tx, actor, "financing.product_added", `Added the financing product “${fields.name}”.`);
    return created.id;
  });
}

export type ProductRevision = { outcome: "saved"; id: string } | { outcome: "gone" } | { outcome: "superseded" };

/**
 * Writes the edited terms as a new version that supersedes `productId`. "superseded" when someone edited it first
 * (their version is current now: nothing is overwritten); "gone" when it is not a current product of the organization.
 */
export async function reviseFinancingProduct(actor: Actor, productId: string, fields: TFinancingProductForm): Promise<ProductRevision> {
  return getDb().$transaction(async (tx) => {
    // Locks the version being edited, so of two edits made from it, the second sees the first's row and stops.
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "FinancingProduct" WHERE id = ${productId} AND "organizationId" = ${actor.organizationId} AND "archivedAt" IS NULL FOR UPDATE`;
    if (locked.length === 0) return { outcome: "gone" };
    if (await tx.financingProduct.findUnique({ where: { supersedesId: productId }, select: { id: true } })) return { outcome: "superseded" };
    const created = await tx.financingProduct.create({ data: { ...productData(fields), organizationId: actor.organizationId, supersedesId: productId }, select: { id: true } });
    await recordOrganizationAudit(tx, actor, "financing.product_revised", `Saved new terms for the financing product “${fields.name}”; offers already made keep theirs.`);
    return { outcome: "saved", id: created.id };
  });
}

/** Takes a current product off the list of what can be offered; offers already made keep their terms. False when it is not current. */
export async function archiveFinancingProduct(actor: Actor, productId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    const product = await tx.financingProduct.findFirst({ where: { ...currentProducts(actor.organizationId), id: productId }, select: { name: true } });
    if (!product) return false;
    const { count } = await tx.financingProduct.updateMany({ where: { id: productId, archivedAt: null }, data: { archivedAt: new Date() } });
    if (count === 0) return false;
    await recordOrganizationAudit(tx, actor, "financing.product_archived", `Archived the financing product “${product.name}”; offers already made keep their terms.`);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Offers on an option

/** The option an offer belongs to, as its audit row names it (an option the caller's organization reached). */
export interface OfferOption {
  id: string;
  projectId: string;
  name: string;
}

/** What an offer's row gives the proposal: the columns of OFFER_FIELDS. */
export const OFFER_FIELDS = { id: true, label: true, choice: true, isPreferred: true, product: { select: { name: true } } } as const satisfies Prisma.OptionFinancingSelect;

/** The order offers are listed in: as they were added. */
export const OFFER_ORDER = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const satisfies Prisma.OptionFinancingOrderByWithRelationInput[];

type OfferRecord = Prisma.OptionFinancingGetPayload<{ select: typeof OFFER_FIELDS }>;

/** Offer rows as the proposal's offers; offers whose stored terms are no longer accepted are left out. */
export function offersOf(records: readonly OfferRecord[]): FinancingOffer[] {
  return records.flatMap((record) => {
    // Terms are checked before they are stored; only a later change of Gridfolio's bounds makes one unreadable.
    const terms = readStoredTerms(record.choice);
    return terms ? [{ id: record.id, label: record.label, choice: choiceOfTerms(terms), isPreferred: record.isPreferred, productName: record.product?.name ?? null }] : [];
  });
}

/** The option's offers in the order they were added. */
export async function findOptionFinancing(organizationId: string, optionId: string): Promise<FinancingOffer[]> {
  const records = await getDb().optionFinancing.findMany({ where: { optionId, option: { project: { organizationId } } }, orderBy: [...OFFER_ORDER], select: OFFER_FIELDS });
  return offersOf(records);
}

/** Locks the option (of the actor's organization) for a change to its offers; false when it is not there. */
async function lockOption(tx: Prisma.TransactionClient, actor: Actor, optionId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Option" o JOIN "Project" p ON p.id = o."projectId"
    WHERE o.id = ${optionId} AND p."organizationId" = ${actor.organizationId}
    FOR UPDATE OF o`;
  return rows.length > 0;
}

export type NewOffer = { label: string; terms: FinancingTerms; productId: string | null };

/** Adds an offer at the end of the option's list (not preferred); its id, or null when the option is gone. */
export async function addOptionFinancing(actor: Actor, option: OfferOption, offer: NewOffer): Promise<string | null> {
  return getDb().$transaction(async (tx) => {
    if (!(await lockOption(tx, actor, option.id))) return null;
    const last = await tx.optionFinancing.aggregate({ where: { optionId: option.id }, _max: { position: true } });
    const created = await tx.optionFinancing.create({
      data: { optionId: option.id, productId: offer.productId, label: offer.label, choice: offer.terms as Prisma.InputJsonValue, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await recordAudit(tx, actor, { projectId: option.projectId, optionId: option.id, action: "financing.offered", summary: `Offered “${offer.label}” on “${option.name}”.` });
    return created.id;
  });
}

/** False when the offer is not this option's (any more). */
export async function removeOptionFinancing(actor: Actor, option: OfferOption, offerId: string): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    if (!(await lockOption(tx, actor, option.id))) return false;
    const offer = await tx.optionFinancing.findFirst({ where: { id: offerId, optionId: option.id }, select: { label: true } });
    if (!offer) return false;
    await tx.optionFinancing.delete({ where: { id: offerId } });
    await recordAudit(tx, actor, { projectId: option.projectId, optionId: option.id, action: "financing.removed", summary: `Removed the offer “${offer.label}” from “${option.name}”.` });
    return true;
  });
}

/**
 * Makes one offer the option's preferred financing (the others stop being), or, with null, none: cash is then the
 * one the proposal leads with. False when the offer is not this option's. Under the option's lock, so two choices
 * made at once cannot leave two offers preferred.
 */
export async function setPreferredOptionFinancing(actor: Actor, option: OfferOption, offerId: string | null): Promise<boolean> {
  return getDb().$transaction(async (tx) => {
    if (!(await lockOption(tx, actor, option.id))) return false;
    let label = "cash";
    if (offerId !== null) {
      const offer = await tx.optionFinancing.findFirst({ where: { id: offerId, optionId: option.id }, select: { label: true } });
      if (!offer) return false;
      label = `“${offer.label}”`;
    }
    await tx.optionFinancing.updateMany({ where: { optionId: option.id, isPreferred: true, ...(offerId ? { id: { not: offerId } } : {}) }, data: { isPreferred: false } });
    if (offerId !== null) await tx.optionFinancing.update({ where: { id: offerId }, data: { isPreferred: true } });
    await recordAudit(tx, actor, { projectId: option.projectId, optionId: option.id, action: "financing.preferred", summary: `Made ${label} the preferred way to pay for “${option.name}”.` });
    return true;
  });
}
