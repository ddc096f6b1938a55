import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoFinancingProducts, seedDemoData } from "../../../prisma/seed";
import { DEMO_ORGANIZATION } from "../../../prisma/seed-accounts";
import { createTestDb, testDatabaseKinds, type TestDb } from "../../../tests/support/test-db";
import type { FinancingTerms, TFinancingProductForm } from "../../validation/financing";
import type { Actor } from "./actor";
import {
  addOptionFinancing,
  archiveFinancingProduct,
  createFinancingProduct,
  findCurrentFinancingProduct,
  findFinancingProducts,
  findOptionFinancing,
  removeOptionFinancing,
  reviseFinancingProduct,
  setPreferredOptionFinancing,
} from "./financing";

const owner: Actor = { userId: "demo-user-owner", userName: "Dana Whitfield", organizationId: DEMO_ORGANIZATION.id };
const OTHER_ORGANIZATION = "org-financing-other";
const rival: Actor = { userId: "rival-user", userName: "Rita Rival", organizationId: OTHER_ORGANIZATION };

const loanTerms: FinancingTerms = { kind: "loan", loan: { apr: 0.0699, termMonths: 300, downPaymentCents: 0, dealerFee: 0, frequency: "monthly", prepayment: null } };
const cheaperLoan: FinancingTerms = { kind: "loan", loan: { ...loanTerms.loan, apr: 0.0599 } };
const leaseTerms: FinancingTerms = { kind: "lease", lease: { monthlyPaymentCents: 14_500, escalator: 0.029, termMonths: 240, upfrontPaymentCents: 0, buyout: null } };
const ppaTerms: FinancingTerms = { kind: "ppa", ppa: { dollarsPerKwh: 0.145, escalator: 0.029, termYears: 25 } };

function productForm(name: string, terms: FinancingTerms): TFinancingProductForm {
  return { name, provider: "GreenLend", effectiveFrom: new Date("2026-12-01T00:00:00Z"), checkedOn: new Date("2026-12-03T00:00:00Z"), sourceUrl: "https://greenlend.example/rates", notes: null, terms };
}

describe.each(testDatabaseKinds())("financing products and offers on %s", (kind) => {
  let testDb: TestDb;
  /** A demo option without offers, and its identity as the data layer's writes take it. */
  let option: { id: string; projectId: string; name: string };
  beforeAll(async () => {
    testDb = await createTestDb({ kind, replaceAppDb: true });
    await seedDemoData(testDb.db);
    await testDb.db.organization.create({ data: { id: OTHER_ORGANIZATION, name: "Rival Solar", slug: "rival-solar-financing" } });
    option = (await testDb.db.option.findFirst({ where: { financingOffers: { none: {} } }, orderBy: { id: "asc" }, select: { id: true, projectId: true, name: true } }))!;
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it("the seed offers the demo products on demo options, copying their terms, and a second run duplicates nothing", async () => {
    const counts = async () => ({ products: await testDb.db.financingProduct.count({ where: { id: { startsWith: "demo-" } } }), offers: await testDb.db.optionFinancing.count({ where: { id: { startsWith: "demo-" } } }) });
    const before = await counts();
    expect(before).toEqual({ products: 3, offers: 3 });
    await seedDemoData(testDb.db);
    expect(await counts()).toEqual(before);
    const offers = await findOptionFinancing(DEMO_ORGANIZATION.id, "demo-option-ct-eversource-a");
    expect(offers.map(({ label, isPreferred, productName }) => ({ label, isPreferred, productName }))).toEqual([
      { label: "Demo Bank 25-year loan 6.99%, 0% dealer fee", isPreferred: true, productName: "Demo Bank 25-year loan 6.99%, 0% dealer fee" },
      { label: "Demo Solar Lease 20-year, $145/month, 2.9% escalator", isPreferred: false, productName: "Demo Solar Lease 20-year, $145/month, 2.9% escalator" },
    ]);
    expect(offers[0]!.choice).toEqual(demoFinancingProducts[0]!.terms);
  });

  it("a product is listed with its terms, source and dates, only to its organization", async () => {
    const id = await createFinancingProduct(owner, productForm("GreenLend 25-year 6.99%", loanTerms));
    const listed = (await findFinancingProducts(DEMO_ORGANIZATION.id)).find((product) => product.id === id);
    expect(listed).toMatchObject({ name: "GreenLend 25-year 6.99%", provider: "GreenLend", kind: "loan", terms: loanTerms, sourceUrl: "https://greenlend.example/rates", isRevision: false });
    expect(listed?.effectiveFrom).toEqual(new Date("2026-12-01T00:00:00Z"));
    expect(listed?.checkedOn).toEqual(new Date("2026-12-03T00:00:00Z"));
    expect(await findFinancingProducts(OTHER_ORGANIZATION)).toEqual([]);
    expect(await findCurrentFinancingProduct(OTHER_ORGANIZATION, id)).toBeNull();
    const audit = await testDb.db.auditEvent.findFirst({ where: { action: "financing.product_added" }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ organizationId: DEMO_ORGANIZATION.id, projectId: null, actorName: "Dana Whitfield", summary: "Added the financing product “GreenLend 25-year 6.99%”." });
  });

  it("an edit writes a new version that supersedes the old; an offer made before keeps the terms it was made with", async () => {
    const firstId = await createFinancingProduct(owner, productForm("GreenLend edit test", loanTerms));
    const offerId = await addOptionFinancing(owner, option, { label: "GreenLend edit test", terms: loanTerms, productId: firstId });
    const revision = await reviseFinancingProduct(owner, firstId, productForm("GreenLend edit test", cheaperLoan));
    expect(revision.outcome).toBe("saved");
    const secondId = revision.outcome === "saved" ? revision.id : "";
    const current = (await findFinancingProducts(DEMO_ORGANIZATION.id)).filter((product) => product.name === "GreenLend edit test");
    expect(current.map((product) => [product.id, product.terms, product.isRevision])).toEqual([[secondId, cheaperLoan, true]]);
    expect(await testDb.db.financingProduct.findUnique({ where: { id: firstId }, select: { terms: true } })).toEqual({ terms: loanTerms });
    const offer = (await findOptionFinancing(DEMO_ORGANIZATION.id, option.id)).find((entry) => entry.id === offerId);
    expect(offer?.choice).toEqual(loanTerms);
    expect(offer?.productName).toBe("GreenLend edit test");
    // The old version can be neither edited again nor offered: someone's newer terms are current.
    expect(await reviseFinancingProduct(owner, firstId, productForm("GreenLend edit test", leaseTerms))).toEqual({ outcome: "superseded" });
    expect(await findCurrentFinancingProduct(DEMO_ORGANIZATION.id, firstId)).toBeNull();
    await removeOptionFinancing(owner, option, offerId!);
  });

  it("of two edits made from the same version at once, one is saved and the other told", async () => {
    const id = await createFinancingProduct(owner, productForm("Race test", loanTerms));
    const outcomes = await Promise.all([reviseFinancingProduct(owner, id, productForm("Race test", cheaperLoan)), reviseFinancingProduct(owner, id, productForm("Race test", leaseTerms))]);
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(["saved", "superseded"]);
    expect((await findFinancingProducts(DEMO_ORGANIZATION.id)).filter((product) => product.name === "Race test")).toHaveLength(1);
  });

  it("archiving takes a product off the list once; another organization can neither archive nor edit it", async () => {
    const id = await createFinancingProduct(owner, productForm("Archive test", ppaTerms));
    expect(await archiveFinancingProduct(rival, id)).toBe(false);
    expect(await reviseFinancingProduct(rival, id, productForm("Stolen", ppaTerms))).toEqual({ outcome: "gone" });
    expect(await archiveFinancingProduct(owner, id)).toBe(true);
    expect(await archiveFinancingProduct(owner, id)).toBe(false);
    expect((await findFinancingProducts(DEMO_ORGANIZATION.id)).some((product) => product.id === id)).toBe(false);
    expect(await reviseFinancingProduct(owner, id, productForm("Archive test", ppaTerms))).toEqual({ outcome: "gone" });
    expect(await testDb.db.financingProduct.count({ where: { name: "Stolen" } })).toBe(0);
  });

  it("offers keep their order; one at most is preferred; none preferred means cash; removing one leaves the rest", async () => {
    const auditedBefore = await testDb.db.auditEvent.count({ where: { optionId: option.id, action: { startsWith: "financing." } } });
    const loanId = (await addOptionFinancing(owner, option, { label: "Loan", terms: loanTerms, productId: null }))!;
    const leaseId = (await addOptionFinancing(owner, option, { label: "Lease", terms: leaseTerms, productId: null }))!;
    const ppaId = (await addOptionFinancing(owner, option, { label: "PPA", terms: ppaTerms, productId: null }))!;
    const read = () => findOptionFinancing(DEMO_ORGANIZATION.id, option.id);
    expect((await read()).map((offer) => offer.label)).toEqual(["Loan", "Lease", "PPA"]);
    // A PPA's production comes from the option, in the proposal's view.
    expect((await read())[2]?.choice).toEqual({ kind: "ppa", ppa: { ...ppaTerms.ppa, productionKwhByYear: [] } });

    expect(await setPreferredOptionFinancing(owner, option, leaseId)).toBe(true);
    expect(await setPreferredOptionFinancing(owner, option, loanId)).toBe(true);
    expect((await read()).map((offer) => [offer.label, offer.isPreferred])).toEqual([["Loan", true], ["Lease", false], ["PPA", false]]);
    expect(await setPreferredOptionFinancing(owner, option, null)).toBe(true);
    expect((await read()).filter((offer) => offer.isPreferred)).toEqual([]);

    await Promise.all([setPreferredOptionFinancing(owner, option, leaseId), setPreferredOptionFinancing(owner, option, ppaId)]);
    expect((await read()).filter((offer) => offer.isPreferred)).toHaveLength(1);

    expect(await removeOptionFinancing(owner, option, leaseId)).toBe(true);
    expect(await removeOptionFinancing(owner, option, leaseId)).toBe(false);
    expect((await read()).map((offer) => offer.label)).toEqual(["Loan", "PPA"]);
    // 3 offered, 5 preferred (lease, loan, cash, then two at once), 1 removed: each with its audit row.
    const actions = await testDb.db.auditEvent.findMany({ where: { optionId: option.id, action: { startsWith: "financing." } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true } });
    const counted = actions.slice(auditedBefore).map((entry) => entry.action);
    expect(counted.filter((action) => action === "financing.offered")).toHaveLength(3);
    expect(counted.filter((action) => action === "financing.preferred")).toHaveLength(5);
    expect(counted.filter((action) => action === "financing.removed")).toHaveLength(1);
    await removeOptionFinancing(owner, option, loanId);
    await removeOptionFinancing(owner, option, ppaId);
  });

  it("another organization reads no offer of this one and changes none", async () => {
    const offerId = (await addOptionFinancing(owner, option, { label: "Private loan", terms: loanTerms, productId: null }))!;
    expect(await findOptionFinancing(OTHER_ORGANIZATION, option.id)).toEqual([]);
    expect(await addOptionFinancing(rival, option, { label: "Planted", terms: leaseTerms, productId: null })).toBeNull();
    expect(await removeOptionFinancing(rival, option, offerId)).toBe(false);
    expect(await setPreferredOptionFinancing(rival, option, offerId)).toBe(false);
    expect((await findOptionFinancing(DEMO_ORGANIZATION.id, option.id)).map((offer) => [offer.label, offer.isPreferred])).toEqual([["Private loan", false]]);
    await removeOptionFinancing(owner, option, offerId);
  });

  it("offers go with their option; a product's offers outlive an archive of it", async () => {
    const productId = await createFinancingProduct(owner, productForm("Outlives", leaseTerms));
    const project = await testDb.db.project.create({ data: { customerName: "Temp", street: "1 Main", city: "Hartford", state: "CT", zip: "06101", organizationId: DEMO_ORGANIZATION.id } });
    const temp = await testDb.db.option.create({ data: { projectId: project.id, name: "Temp option" }, select: { id: true, projectId: true, name: true } });
    const offerId = (await addOptionFinancing(owner, temp, { label: "Outlives", terms: leaseTerms, productId }))!;
    await archiveFinancingProduct(owner, productId);
    expect((await findOptionFinancing(DEMO_ORGANIZATION.id, temp.id)).map((offer) => [offer.id, offer.productName])).toEqual([[offerId, "Outlives"]]);
    await testDb.db.option.delete({ where: { id: temp.id } });
    expect(await testDb.db.optionFinancing.count({ where: { id: offerId } })).toBe(0);
  });
});
