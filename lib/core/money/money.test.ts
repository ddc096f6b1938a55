import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatCentsAsDecimal, formatUsdCompact, formatKw, formatKwh, formatNumber, formatPercent, formatUsd, formatUsdPer, NOT_A_NUMBER } from "./format";
import { centsToDollars, dollarsToCents, roundCents, roundKw, roundKwh, roundShare, roundToPlaces, sumCents } from "./round";

describe("roundCents", () => {
  test.each([
    { label: "a whole number stays", input: 1234, expected: 1234 },
    { label: "below the half rounds down", input: 12.49, expected: 12 },
    { label: "the half rounds up", input: 12.5, expected: 13 },
    { label: "a negative half rounds away from zero", input: -12.5, expected: -13 },
    { label: "0.285 × 100 (28.499999999999996 in binary) is read as the half it means", input: 0.285 * 100, expected: 29 },
    { label: "1.005 × 100 (100.49999999999999) likewise", input: 1.005 * 100, expected: 101 },
    { label: "a genuine 28.4999 stays below the half", input: 28.4999, expected: 28 },
    { label: "−0.4 rounds to 0, not −0", input: -0.4, expected: 0 },
  ])("$label", ({ input, expected }) => {
    const rounded = roundCents(input);
    expect(rounded).toBe(expected);
    expect(Object.is(rounded, -0)).toBe(false);
  });

  test.each([
    { label: "NaN", input: Number.NaN },
    { label: "+Infinity", input: Number.POSITIVE_INFINITY },
    { label: "−Infinity", input: Number.NEGATIVE_INFINITY },
  ])("throws on $label: a non-finite amount is a bug upstream, not a zero", ({ input }) => {
    expect(() => roundCents(input)).toThrow(RangeError);
  });

  test("property: the result is an integer within half a cent of the input", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (amount) => {
        const rounded = roundCents(amount);
        expect(Number.isInteger(rounded)).toBe(true);
        expect(Math.abs(rounded - amount)).toBeLessThanOrEqual(0.5 + Math.abs(amount) * 4 * Number.EPSILON);
      }),
    );
  });

  test("property: rounding is symmetric around zero", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (amount) => {
        expect(roundCents(-amount)).toBe(-roundCents(amount) || 0);
      }),
    );
  });
});

describe("roundToPlaces: kW, kWh and shares round with the money tie rule", () => {
  test.each([
    // Math.round(x * 100) / 100 gives 4.72 and 2.67: 4.725 × 100 is 472.49999999999994 in binary.
    { label: "4.725 kW (just below the half in binary) → 4.73", value: 4.725, places: 2, expected: 4.73 },
    { label: "2.675 kW → 2.68", value: 2.675, places: 2, expected: 2.68 },
    { label: "3.825 kW → 3.83", value: 3.825, places: 2, expected: 3.83 },
    { label: "11.475 kWh → 11.48", value: 11.475, places: 2, expected: 11.48 },
    { label: "1.005 → 1.01, as formatNumber prints it", value: 1.005, places: 2, expected: 1.01 },
    { label: "a share of 0.8115 → 0.812 (to 0.1%)", value: 0.8115, places: 3, expected: 0.812 },
    { label: "a genuine 4.72499 stays below the half", value: 4.72499, places: 2, expected: 4.72 },
    { label: "a negative half rounds away from zero", value: -4.725, places: 2, expected: -4.73 },
    { label: "whole numbers stay", value: 5, places: 2, expected: 5 },
  ])("$label", ({ value, places, expected }) => {
    expect(roundToPlaces(value, places)).toBe(expected);
  });

  test.each([
    { label: "roundKw", round: roundKw, value: 4.725, expected: 4.73 },
    { label: "roundKwh", round: roundKwh, value: 2.675, expected: 2.68 },
    { label: "roundShare", round: roundShare, value: 0.8115, expected: 0.812 },
  ])("$label is roundToPlaces at its precision", ({ round, value, expected }) => {
    expect(round(value)).toBe(expected);
  });

  test("NaN throws, as in money: a non-finite figure is a bug upstream", () => {
    expect(() => roundKw(Number.NaN)).toThrow(RangeError);
  });

  test("property: a figure with up to 4 decimals prints the same before and after rounding to 2 (formatNumber and Intl agree)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (tenThousandths) => {
        const value = tenThousandths / 10_000;
        const rounded = roundToPlaces(value, 2);
        expect(formatNumber(rounded, 2)).toBe(formatNumber(value, 2));
        // And the rounded figure is exactly what it prints: k / 100, no binary noise beyond it.
        expect(Number(formatNumber(rounded, 2).replace(/,/g, ""))).toBe(rounded);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("dollars and cents", () => {
  test.each([
    { label: "whole dollars", dollars: 3375, cents: 337_500 },
    { label: "dollars and cents", dollars: 24.5, cents: 2450 },
    { label: "a float artifact (0.1 + 0.2) still lands on the cent", dollars: 0.1 + 0.2, cents: 30 },
    { label: "a third of a cent rounds to the nearest cent", dollars: 1 / 3, cents: 33 },
  ])("dollarsToCents: $label", ({ dollars, cents }) => {
    expect(dollarsToCents(dollars)).toBe(cents);
  });

  test("centsToDollars of an integer prints with at most two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const text = String(centsToDollars(cents));
        expect(text).toMatch(/^-?\d+(\.\d{1,2})?$/);
        expect(dollarsToCents(centsToDollars(cents))).toBe(cents);
      }),
    );
  });

  test("sumCents adds integers exactly", () => {
    expect(sumCents([337_500, 112_500, 65_000])).toBe(515_000);
    expect(sumCents([])).toBe(0);
  });
});

describe("formatting", () => {
  test.each([
    { label: "whole dollars hide the cents", cents: 337_500, options: {}, expected: "$3,375" },
    { label: "an amount with cents shows them", cents: 2450, options: {}, expected: "$24.50" },
    { label: "cents: true forces two decimals", cents: 337_500, options: { cents: true }, expected: "$3,375.00" },
    { label: "cents: false rounds half away from zero", cents: 250, options: { cents: false }, expected: "$3" },
    { label: "a negative amount", cents: -123_456, options: {}, expected: "-$1,234.56" },
    { label: "millions are grouped", cents: 123_456_789_00, options: {}, expected: "$123,456,789" },
    { label: "zero", cents: 0, options: {}, expected: "$0" },
    { label: "a negative amount that rounds to zero has no sign", cents: -40, options: { cents: false }, expected: "$0" },
  ])("formatUsd: $label", ({ cents, options, expected }) => {
    expect(formatUsd(cents, options)).toBe(expected);
  });

  test.each([
    { label: "NaN", value: Number.NaN },
    { label: "Infinity", value: Number.POSITIVE_INFINITY },
  ])("formatters print a dash for $label, never 'NaN'", ({ value }) => {
    expect(formatUsd(value)).toBe(NOT_A_NUMBER);
    expect(formatNumber(value)).toBe(NOT_A_NUMBER);
    expect(formatPercent(value)).toBe(NOT_A_NUMBER);
  });

  test.each([
    { label: "kW with decimals trimmed", actual: formatKw(3.6), expected: "3.6 kW" },
    { label: "kW rounded to two decimals", actual: formatKw(1.2345), expected: "1.23 kW" },
    { label: "kWh", actual: formatKwh(13.5), expected: "13.5 kWh" },
    { label: "large kWh grouped", actual: formatKwh(1234.5), expected: "1,234.5 kWh" },
    { label: "percent of a fraction", actual: formatPercent(0.863), expected: "86.3%" },
    { label: "percent, float artifact (0.9 × 100 = 90.00000000000001)", actual: formatPercent(0.9), expected: "90%" },
    { label: "a rate per unit", actual: formatUsdPer(225, "kW-year"), expected: "$225/kW-year" },
    { label: "a rate with cents", actual: formatUsdPer(212.5, "kWh"), expected: "$212.50/kWh" },
    { label: "1.005 rounds as written (up), like Intl", actual: formatNumber(1.005), expected: "1.01" },
  ])("$label", ({ actual, expected }) => {
    expect(actual).toBe(expected);
  });

  // Intl.NumberFormat("en-US") is the reference; the only intended difference is that a value
  // rounding to zero prints without a minus sign.
  const intlUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  const intlWholeUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const intlNumber = [0, 1, 2, 3].map((digits) => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }));
  const withoutNegativeZero = (text: string) => text.replace(/^-(\$?)(0(\.0+)?)$/, "$1$2");
  const anyAmount = fc.oneof(
    fc.integer({ min: -1e15, max: 1e15 }),
    fc.double({ min: -1e22, max: 1e22, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((thousandths) => thousandths / 1000 + 0.005),
  );

  // Whole cents past 2^53 / 100 (about 9 × 10^13 cents, $900 billion) cannot be divided by 100 exactly in a
  // double, so Intl's reference (formatting cents / 100) rounds where our integer path does not: that range is
  // checked against exact BigInt arithmetic below instead. Fuzzing found the case (-8263135594806391 cents).
  const intlIsExactFor = (cents: number) => !(Number.isSafeInteger(cents) && Math.abs(cents) > 2 ** 53 / 100);

  test("whole cents beyond the range where cents / 100 is exact are formatted exactly", () => {
    expect(formatUsd(-8263135594806391)).toBe("-$82,631,355,948,063.91");
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(Math.ceil(2 ** 53 / 100)), max: BigInt(Number.MAX_SAFE_INTEGER) }), (big) => {
        const dollars = (big / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        const cents = (big % 100n).toString().padStart(2, "0");
        expect(formatUsd(Number(big), { cents: true })).toBe(`$${dollars}.${cents}`);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: formatUsd matches Intl en-US currency", () => {
    fc.assert(
      fc.property(anyAmount.filter(intlIsExactFor), fc.constantFrom(undefined, true, false), (cents, showCents) => {
        const decimals = (showCents ?? cents % 100 !== 0) ? intlUsd : intlWholeUsd;
        expect(formatUsd(cents, showCents === undefined ? {} : { cents: showCents })).toBe(withoutNegativeZero(decimals.format(cents / 100)));
      }),
      { numRuns: 5000 },
    );
  });

  test("property: formatNumber matches Intl en-US", () => {
    fc.assert(
      fc.property(anyAmount, fc.integer({ min: 0, max: 3 }), (value, digits) => {
        expect(formatNumber(value, digits)).toBe(withoutNegativeZero(intlNumber[digits]!.format(value)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("formatCentsAsDecimal", () => {
  test.each([
    { label: "two decimals always by default", cents: 125_050, trim: false, text: "1250.50" },
    { label: "whole dollars keep .00 by default", cents: 2_400_000, trim: false, text: "24000.00" },
    { label: "whole dollars drop .00 when trimmed", cents: 2_400_000, trim: true, text: "24000" },
    { label: "cents stay when trimmed", cents: 29, trim: true, text: "0.29" },
    { label: "negative amounts keep their sign", cents: -5_511_200, trim: false, text: "-55112.00" },
  ])("$label: $cents → $text", ({ cents, trim, text }) => {
    expect(formatCentsAsDecimal(cents, { trimZeroCents: trim })).toBe(text);
  });
});

describe("formatUsdCompact", () => {
  test.each([
    { label: "small amounts in whole dollars", cents: 42_049, text: "$420" },
    { label: "thousands with one decimal", cents: 1_400_000, text: "$14K" },
    { label: "negative thousands keep their sign", cents: -3_050_000, text: "-$30.5K" },
    { label: "a value that rounds up to a million", cents: 99_996_000, text: "$1M" },
    { label: "millions", cents: 120_000_000, text: "$1.2M" },
    { label: "zero", cents: 0, text: "$0" },
    { label: "not a number", cents: Number.NaN, text: "—" },
  ])("$label: $cents → $text", ({ cents, text }) => {
    expect(formatUsdCompact(cents)).toBe(text);
  });
});
