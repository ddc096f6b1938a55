import { describe, expect, test } from "vitest";
import { ASK_YOUR_TAX_ADVISER, taxabilityNotes, taxCreditsFor, taxRuleVersions } from "./tax-rules";
import type { TaxCreditQuery } from "./tax-rules";

const query = (overrides: Partial<TaxCreditQuery>): TaxCreditQuery => ({
  proposalDate: "2026-12-03",
  ownership: "customer",
  segment: "residential",
  state: "MA",
  basisCents: 2_400_000,
  ...overrides,
});

describe("customer credits by date, ownership and state", () => {
  test.each([
    // 2026: no §25D; MA 15% × $24,000 = $3,600, capped at $1,000.
    { label: "MA, cash, 2026: no federal credit; the state credit is capped at $1,000", overrides: {}, expected: [["ma-6d/1991", 100_000]] },
    { label: "MA, cash, 2026, a $5,000 system: 15% = $750, under the cap", overrides: { basisCents: 500_000 }, expected: [["ma-6d/1991", 75_000]] },
    // 2025: §25D 30% × $24,000 = $7,200; MA figures on $24,000 − $7,200 = $16,800 × 15% = $2,520, capped at $1,000.
    {
      label: "MA, cash, June 2025: §25D 30% ($7,200), then MA on the price less the federal credit, capped",
      overrides: { proposalDate: "2025-06-01" },
      expected: [["us-25d/2022", 720_000], ["ma-6d/1991", 100_000]],
    },
    // $4,000: §25D $1,200; MA (4,000 − 1,200) × 15% = $420.
    { label: "MA, cash, 2025, a $4,000 system: MA on $2,800 = $420", overrides: { proposalDate: "2025-06-01", basisCents: 400_000 }, expected: [["us-25d/2022", 120_000], ["ma-6d/1991", 42_000]] },
    { label: "MA, lease, 2026: the customer claims nothing", overrides: { ownership: "third-party" as const }, expected: [] },
    { label: "MA, battery without solar, 2026: no state credit", overrides: { hasSolar: false }, expected: [["ma-6d/1991", 0]] },
    { label: "CT, cash, 2026: nothing", overrides: { state: "CT" }, expected: [] },
    { label: "RI, cash, 2026: nothing", overrides: { state: "RI" }, expected: [] },
    { label: "CA, cash, 2026: nothing", overrides: { state: "CA" }, expected: [] },
    { label: "CA, cash, 2024: §25D 30% only", overrides: { state: "CA", proposalDate: "2024-03-01" }, expected: [["us-25d/2022", 720_000]] },
  ])("$label", ({ overrides, expected }) => {
    const outcome = taxCreditsFor(query(overrides));
    expect(outcome.customerCredits.map((credit) => [credit.ruleId, credit.amountCents])).toEqual(expected);
    expect(outcome.customerCreditsCents).toBe(expected.reduce((total, [, cents]) => total + (cents as number), 0));
  });
});

describe("the sentences the proposal prints", () => {
  test("2026, bought: no federal credit, stated plainly with its law and source", () => {
    const outcome = taxCreditsFor(query({}));
    expect(outcome.lines[0]).toMatch(
      /^No federal tax credit: the residential clean energy credit \(§25D\) ended for expenditures made after December 31, 2025 \(Public Law 119-21, § 70506\)\. A system you buy with cash or a loan and that is installed in 2026 or later gets no federal credit\. Source: .*checked 2026-12-03/,
    );
    expect(outcome.lines[1]).toContain("Here: 15% × $24,000 = $3,600, capped at $1,000: a $1,000 credit.");
    expect(outcome.notes).toContain(ASK_YOUR_TAX_ADVISER);
  });

  test("2026, leased: §48E is the owner's credit, with its 2026 conditions, and counts nothing for the customer", () => {
    const outcome = taxCreditsFor(query({ ownership: "third-party" }));
    expect(outcome.ownerCredits.map((rule) => rule.id)).toEqual(["us-48e-third-party/2025-07"]);
    expect(outcome.lines[0]).toContain("The system's owner (the leasing or PPA company), not you, may claim");
    expect(outcome.lines[0]).toContain("July 4, 2026");
    expect(outcome.lines[0]).toContain("December 31, 2027");
    expect(outcome.lines[1]).toContain("a leased system or a PPA does not qualify");
    expect(outcome.customerCreditsCents).toBe(0);
  });

  test("a commercial project: §48E and depreciation are stated, not computed", () => {
    const outcome = taxCreditsFor(query({ segment: "commercial", state: "CT" }));
    expect(outcome.rules.map((rule) => rule.id)).toEqual(["us-48e-commercial/2025-07", "ct-none/2026"]);
    expect(outcome.customerCreditsCents).toBe(0);
  });

  test("a state without data says so instead of guessing", () => {
    const outcome = taxCreditsFor(query({ state: "TX" }));
    expect(outcome.lines[1]).toBe("TX: no state tax rules on file; nothing is counted. Ask your tax adviser about state credits.");
  });

  test("Grid Services taxability and basis are notes with an ask-your-tax-adviser sentence", () => {
    const outcome = taxCreditsFor(query({}));
    expect(outcome.notes.some((note) => note.startsWith("Grid Services payments are paid for the battery's service"))).toBe(true);
    expect(outcome.notes.some((note) => note.startsWith("Incentives and tax basis"))).toBe(true);
  });
});

describe("the data", () => {
  test("every version and note is dated and sourced; an unread primary source is said so in the notes", () => {
    for (const item of [...taxRuleVersions(), ...taxabilityNotes()]) {
      expect(item.sourceUrl).toMatch(/^https?:\/\//);
      expect(item.checkedOn).toBe("2026-12-03");
      if (!item.isPrimarySourceRead) expect(item.notes).toMatch(/not read/);
    }
  });

  test("no two versions of one rule overlap: one answer per date, ownership and segment", () => {
    const versions = taxRuleVersions();
    for (const a of versions) {
      for (const b of versions) {
        if (a === b || a.jurisdiction !== b.jurisdiction) continue;
        const sharesCase = a.ownership.some((o) => b.ownership.includes(o)) && a.segments.some((s) => b.segments.includes(s));
        if (!sharesCase) continue;
        const overlaps = a.effectiveDate <= (b.endDate ?? "9999-12-31") && b.effectiveDate <= (a.endDate ?? "9999-12-31");
        expect(overlaps, `${a.id} and ${b.id} overlap`).toBe(false);
      }
    }
  });

  test("the 2026 boundary: December 31, 2025 still has §25D, January 1, 2026 does not", () => {
    expect(taxCreditsFor(query({ proposalDate: "2025-12-31", state: "CT" })).customerCreditsCents).toBe(720_000);
    expect(taxCreditsFor(query({ proposalDate: "2026-01-01", state: "CT" })).customerCreditsCents).toBe(0);
  });
});
