import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { internalRateOfReturn, netPresentValue } from "./returns";

describe("NPV", () => {
  test.each([
    { label: "at 0% it is the plain sum", flows: [-100, 60, 60], rate: 0, npv: 20 },
    { label: "one year at 10%", flows: [-100, 110], rate: 0.1, npv: 0 },
    { label: "an annuity of 100 for 2 years at 5%", flows: [0, 100, 100], rate: 0.05, npv: 100 / 1.05 + 100 / 1.05 ** 2 },
    { label: "no flows", flows: [], rate: 0.05, npv: 0 },
  ])("$label", ({ flows, rate, npv }) => {
    expect(netPresentValue(flows, rate)).toBeCloseTo(npv, 9);
  });
});

describe("IRR", () => {
  test.each([
    { label: "one year, 10%", flows: [-100, 110], irr: 0.1 },
    { label: "a loss: half the money back", flows: [-100, 50], irr: -0.5 },
    { label: "payback over 2 years (−100, 60, 60): 13.07%", flows: [-100, 60, 60], irr: 0.130662 },
    { label: "zeros before and after are ignored", flows: [0, -100, 0, 121, 0], irr: 0.1 },
    { label: "two sign changes (−100, 230, −132) have IRRs 10% and 20%: the lowest is returned", flows: [-100, 230, -132], irr: 0.1 },
  ])("$label", ({ flows, irr }) => {
    expect(internalRateOfReturn(flows)).toBeCloseTo(irr, 6);
  });

  test.each([
    { label: "savings with no outlay (no sign change)", flows: [0, 100, 100] },
    { label: "an outlay never recovered by any rate (all negative)", flows: [-100, -10, -10] },
    { label: "all zero", flows: [0, 0, 0] },
    { label: "empty", flows: [] },
    { label: "two sign changes with no real root (−100, 100, −100)", flows: [-100, 100, -100] },
  ])("none exists: $label", ({ flows }) => {
    expect(internalRateOfReturn(flows)).toBeNull();
  });

  test("property: for an outlay followed by savings, NPV at the IRR is zero (to a millionth of the outlay)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 40 }),
        (outlay, savings) => {
          const flows = [-outlay, ...savings];
          const irr = internalRateOfReturn(flows);
          if (savings.every((value) => value === 0)) {
            expect(irr).toBeNull();
            return;
          }
          if (irr === null) return; // the root lies beyond the sampled range (> +100,000%)
          expect(irr).toBeGreaterThan(-1);
          expect(Math.abs(netPresentValue(flows, irr))).toBeLessThanOrEqual(Math.max(1e-6 * outlay, 1e-6));
        },
      ),
    );
  });

  test("property: more savings never lower the IRR", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 100_000 }),
        (outlay, savings, extra) => {
          const base = internalRateOfReturn([-outlay, ...savings]);
          const more = internalRateOfReturn([-outlay, ...savings.map((value) => value + extra)]);
          if (base !== null && more !== null) expect(more).toBeGreaterThanOrEqual(base - 1e-9);
        },
      ),
    );
  });
});
