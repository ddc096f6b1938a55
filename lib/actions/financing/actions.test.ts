/**
 * The financing actions against a real database (tests/actions/access.test.ts checks who may call each): a refused
 * form answers beside its field and writes nothing; an offer is checked against the option's own price and bill; a
 * product offered on an option is copied, and its later edit changes nothing the option offers.
 */
import { describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { useTestDatabase } from "@/tests/support/test-database";
import { form, insertOption, insertProject, noState, ORG_A, sessionOf, snapshotTables, testBackends } from "@/tests/support/actions";
import { findOptionFinancing } from "@/lib/server/data/financing";
import { createFinancingProduct } from "./create-financing-product";
import { offerFinancingProduct } from "./offer-financing-product";
import { offerTypedFinancing } from "./offer-typed-financing";
import { reviseFinancingProduct } from "./revise-financing-product";
import { setPreferredFinancing } from "./set-preferred-financing";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../../../tests/support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../../../tests/support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../../../tests/support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../../../tests/support/actions")).mockSession(session));

const loanProduct = {
  name: "GreenLend 25-year 6.99%",
  provider: "GreenLend",
  kind: "loan",
  aprPercent: "6.99",
  loanTermMonths: "300",
  dealerFeePercent: "0",
  downPayment: "0",
  paymentFrequency: "monthly",
  effectiveFrom: "2026-12-01",
  checkedOn: "2026-12-03",
};

describe.each(testBackends)("financing actions on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  /** Everything the actions could write: the app tables and both financing tables. */
  const snapshot = async () => ({ ...(await snapshotTables(db)), products: await db.financingProduct.findMany({ orderBy: { id: "asc" } }), offers: await db.optionFinancing.findMany({ orderBy: { id: "asc" } }) });

  test.each([
    { label: "an APR of 400%", values: { aprPercent: "400" }, field: "aprPercent", message: "APR: 400% is not a loan rate Gridfolio accepts; enter 0% to 30%." },
    { label: "a term of 0 months", values: { loanTermMonths: "0" }, field: "loanTermMonths", message: "Loan term: 0 months is no term at all; enter 1 to 360 months." },
    { label: "a term of 600 months", values: { loanTermMonths: "600" }, field: "loanTermMonths", message: "Loan term: 600 months (50 years) is longer than the 360 months (30 years) Gridfolio accepts." },
    {
      label: "a dealer fee of 100%",
      values: { dealerFeePercent: "100" },
      field: "dealerFeePercent",
      message: "Dealer fee: 100% of the amount financed would leave nothing of the loan to pay for the system; enter 0% to 50%.",
    },
  ])("a product with $label is refused beside the field and nothing is saved", async ({ values, field, message }) => {
    session.current = sessionOf("ownerA");
    const before = await snapshot();
    const state = await createFinancingProduct(noState, form({ ...loanProduct, ...values }));
    expect(state).toEqual({ ok: false, message: "Nothing was saved: some fields need attention.", fieldErrors: { [field]: message } });
    expect(await snapshot()).toEqual(before);
  });

  test("an offer typed on an option is checked against its price and today's bill; nothing is offered on a refusal", async () => {
    const project = await insertProject(db);
    // $39,000 before incentives, and a $150 monthly bill today.
    const option = await insertOption(db, project.id, { billTodayMonthlyCents: 15_000 });
    const before = await snapshot();
    const downPayment = await offerTypedFinancing(project.id, option.id, noState, form({ label: "Loan", kind: "loan", aprPercent: "6.99", loanTermMonths: "300", downPayment: "50,000" }));
    expect(downPayment.ok).toBe(false);
    expect(downPayment.fieldErrors.downPayment).toMatch(/^Down payment: \$50,000 is more than the \$39,000 price/);
    const lease = await offerTypedFinancing(project.id, option.id, noState, form({ label: "Lease", kind: "lease", leaseMonthlyPayment: "1,500", leaseEscalatorPercent: "9.9", leaseTermMonths: "300" }));
    expect(lease.fieldErrors.leaseEscalatorPercent).toMatch(/more than 10 times today's bill of \$1,800 a year/);
    expect(await snapshot()).toEqual(before);

    const accepted = await offerTypedFinancing(project.id, option.id, noState, form({ label: "Lease", kind: "lease", leaseMonthlyPayment: "145", leaseEscalatorPercent: "2.9", leaseTermMonths: "240" }));
    expect(accepted).toEqual({ ok: true, message: "Lease offered.", fieldErrors: {} });
    expect(await findOptionFinancing(ORG_A, option.id)).toEqual([
      { id: expect.any(String), label: "Lease", isPreferred: false, productName: null, choice: { kind: "lease", lease: { monthlyPaymentCents: 14_500, escalator: 0.029, termMonths: 240, upfrontPaymentCents: 0, buyout: null } } },
    ]);
  });

  test("a product offered on an option is copied: new terms for the product change nothing the option offers", async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    session.current = sessionOf("ownerA");
    expect((await createFinancingProduct(noState, form(loanProduct))).ok).toBe(true);
    const product = (await db.financingProduct.findFirst({ select: { id: true } }))!;
    session.current = sessionOf("designerA");
    expect(await offerFinancingProduct(project.id, option.id, noState, form({ productId: product.id, label: "" }))).toEqual({ ok: true, message: "GreenLend 25-year 6.99% offered.", fieldErrors: {} });
    const [offer] = await findOptionFinancing(ORG_A, option.id);
    expect(await setPreferredFinancing(project.id, option.id, offer!.id, noState, form({}))).toEqual({ ok: true, message: "Preferred offer saved.", fieldErrors: {} });

    session.current = sessionOf("ownerA");
    expect((await reviseFinancingProduct(product.id, noState, form({ ...loanProduct, aprPercent: "5.99" }))).ok).toBe(true);
    // The version offered is no longer current: it can be neither edited again nor offered.
    expect((await reviseFinancingProduct(product.id, noState, form({ ...loanProduct, aprPercent: "4.99" }))).message).toMatch(/^Someone else saved new terms for this product/);
    session.current = sessionOf("designerA");
    const stale = await offerFinancingProduct(project.id, option.id, noState, form({ productId: product.id }));
    expect(stale.fieldErrors.productId).toBe("That product was archived or replaced by new terms; reload the page and choose again.");

    const offers = await findOptionFinancing(ORG_A, option.id);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ isPreferred: true, productName: "GreenLend 25-year 6.99%", choice: { kind: "loan", loan: { apr: 0.0699 } } });
  });
});
