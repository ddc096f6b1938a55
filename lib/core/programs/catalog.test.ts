/**
 * Invariants every catalog program must keep. A sixth program gets these checks for free.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { findExclusion, programExclusions } from "./exclusions";
import { LATEST_RATES } from "./performance-inputs";
import { getProgram, parseProgramInputs, programCatalog } from "./registry";
import { isoDateFromDayOffset } from "./test-helpers";
import { TARIFFS, type ProgramContext, type ProgramDefinition } from "./types";

const programs = programCatalog.map((program: ProgramDefinition) => ({ id: program.id, program }));

describe.each(programs)("catalog entry $id", ({ program }) => {
  test("data: two-letter states, dated and sourced rate versions (oldest first), a verification date", () => {
    expect(program.states.length).toBeGreaterThan(0);
    for (const state of program.states) expect(state).toMatch(/^[A-Z]{2}$/);
    expect(program.ratesVerifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(program.rateVersions.length).toBeGreaterThan(0);
    const dates = program.rateVersions.map((version) => version.effectiveDate);
    expect(dates).toEqual([...dates].sort());
    for (const version of program.rateVersions) {
      expect(version.id.startsWith(`${program.id}/`)).toBe(true);
      expect(version.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(version.sourceUrl).toMatch(/^https:\/\//);
      expect(version.sourceTitle.length).toBeGreaterThan(0);
    }
    expect(program.paysHow.length).toBeGreaterThan(0);
    expect(program.utilities.length).toBeGreaterThan(0);
  });

  test("an empty input object parses (every input has a default or is optional)", () => {
    const parsed = parseProgramInputs(program.id, {});
    expect(parsed?.success).toBe(true);
    expect(parseProgramInputs(program.id, undefined)?.success).toBe(true);
  });

  test("the form fields and the schema describe the same inputs", () => {
    const schema = program.inputSchema as unknown as z.ZodObject;
    expect(schema).toBeInstanceOf(z.ZodObject);
    // Every input has a field but the rate version: proposals take the rates in force on their date (a pinned id
    // stays readable for stored inputs and the command line).
    expect(program.fields.map((field) => field.name).sort()).toEqual(Object.keys(schema.shape).filter((name) => name !== "rateVersion").sort());
    for (const field of program.fields) {
      if (field.kind === "select") expect(field.options?.length).toBeGreaterThan(0);
      if (field.showWhen) expect(Object.keys(schema.shape)).toContain(field.showWhen.field);
    }
  });

  test("every rate version can be chosen by id, and 'latest' is the last one", () => {
    for (const version of program.rateVersions) expect(parseProgramInputs(program.id, { rateVersion: version.id })?.success).toBe(true);
    expect(parseProgramInputs(program.id, { rateVersion: "1999/nope" })?.success).toBe(false);
    expect(parseProgramInputs(program.id, {})?.data).toMatchObject({ rateVersion: LATEST_RATES });
  });

  test("invalid inputs are refused with a path (negative override)", () => {
    const parsed = parseProgramInputs(program.id, { averageDeliveredKw: -1 });
    expect(parsed?.success).toBe(false);
    expect(parsed?.error?.issues[0]?.path).toEqual(["averageDeliveredKw"]);
  });

  const contextArbitrary: fc.Arbitrary<ProgramContext> = fc.record({
    project: fc.record({
      state: fc.constant(program.states[0] ?? "CA"),
      segment: fc.constant("residential" as const),
      utility: fc.constantFrom(null, ...program.utilities, "Other Utility"),
      tariff: fc.constantFrom(null, ...TARIFFS),
    }),
    battery: fc.record({
      capacityKwh: fc.double({ min: 0.1, max: 60, noNaN: true }),
      powerKw: fc.double({ min: 0.1, max: 30, noNaN: true }),
      count: fc.integer({ min: 1, max: 4 }),
      reservePercent: fc.double({ min: 0, max: 100, noNaN: true }),
    }),
    hasSolar: fc.boolean(),
    batteryCostCents: fc.integer({ min: 0, max: 10_000_000 }),
    batteryFadePerYear: fc.constantFrom(0, 0.01, 0.03, 0.2),
    years: fc.integer({ min: 1, max: 40 }),
    participation: fc.constantFrom("low" as const, "expected" as const, "high" as const),
    proposalDate: fc.integer({ min: 0, max: 7 * 366 }).map(isoDateFromDayOffset),
  });
  const inputsArbitrary = fc.record(
    {
      averageDeliveredKw: fc.double({ min: 0, max: 50, noNaN: true }),
      startYear: fc.integer({ min: 1, max: 10 }),
      stateOfChargePercent: fc.double({ min: 0, max: 100, noNaN: true }),
      homeLoadKw: fc.double({ min: 0, max: 10, noNaN: true }),
      stormGuardDays: fc.integer({ min: 0, max: 200 }),
      paidSeasons: fc.integer({ min: 0, max: 30 }),
    },
    { requiredKeys: [] },
  );

  test("property: no benefit is negative; money is whole cents; one annual entry per project year", () => {
    fc.assert(
      fc.property(contextArbitrary, inputsArbitrary, (context, rawInputs) => {
        const result = program.compute(context, program.inputSchema.parse(rawInputs));
        expect(Number.isInteger(result.upfrontCents)).toBe(true);
        expect(result.upfrontCents).toBeGreaterThanOrEqual(0);
        expect(result.annualCents).toHaveLength(context.years);
        for (const cents of result.annualCents) {
          expect(Number.isInteger(cents)).toBe(true);
          expect(cents).toBeGreaterThanOrEqual(0);
        }
        expect(result.explanation.length).toBeGreaterThan(0);
        for (const line of result.explanation) expect(line).not.toMatch(/NaN|undefined|Infinity/);
      }),
      { numRuns: 200 },
    );
  });

  test("property: deterministic (the same inputs give the same result)", () => {
    fc.assert(
      fc.property(contextArbitrary, inputsArbitrary, (context, rawInputs) => {
        const inputs = program.inputSchema.parse(rawInputs);
        expect(program.compute(context, inputs)).toEqual(program.compute(context, inputs));
      }),
      { numRuns: 50 },
    );
  });
});

test("program ids are unique", () => {
  const ids = programCatalog.map((program) => program.id);
  expect(new Set(ids).size).toBe(ids.length);
});

describe("programs that exclude each other (data)", () => {
  test.each(programExclusions.map((exclusion) => ({ pair: exclusion.programIds.join(" ⟂ "), exclusion })))(
    "$pair: two different catalog programs offered in a common state, a rule, guidance and a dated https source",
    ({ exclusion }) => {
      const [a, b] = exclusion.programIds.map((id) => getProgram(id)!);
      expect(a).toBeDefined();
      expect(b).toBeDefined();
      expect(a!.id).not.toBe(b!.id);
      expect(a!.states.some((state) => b!.states.includes(state))).toBe(true);
      expect(exclusion.rule).toContain(a!.shortName);
      expect(exclusion.rule).toContain(b!.shortName);
      expect(exclusion.guidance.length).toBeGreaterThan(0);
      expect(exclusion.sourceUrl).toMatch(/^https:\/\//);
      expect(exclusion.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  test.each([
    { label: "ELRP and DSGS exclude each other, in either order", a: "elrp", b: "dsgs", excluded: true },
    { label: "DSGS and ELRP", a: "dsgs", b: "elrp", excluded: true },
    { label: "programs of different states do not", a: "ct-ess", b: "connected-solutions-ma", excluded: false },
    { label: "a program and itself do not (enabled twice is handled apart)", a: "elrp", b: "elrp", excluded: false },
  ])("$label", ({ a, b, excluded }) => {
    expect(findExclusion(a, b) !== undefined).toBe(excluded);
  });
});
