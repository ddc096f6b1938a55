/**
 * Every explanation line can be recomputed by hand from the numbers it prints. This test is that hand: it evaluates
 * random options of every state (random batteries, program inputs with more decimals than are printed, tie values
 * such as 4.725, proposal dates, participation levels), parses each line of each program's and custom incentive's
 * explanation, and recomputes every equation it finds from the printed figures, with the documented rounding
 * (kW and kWh to 0.01, shares to 0.1 %, money to the cent, ties half away from zero: lib/core/money/round.ts).
 *
 * A line with an " = " that no clause below recognizes fails the test, so a new equation in an explanation needs
 * a checker here.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { PARTICIPATION_SHARE } from "../programs/average-power";
import { DSGS_FUNDING } from "../programs/dsgs/program";
import { isoDateFromDayOffset } from "../programs/test-helpers";
import { TARIFFS, type Participation } from "../programs/types";
import { evaluateOption } from "./evaluate-option";
import type { CustomIncentiveInput, OptionInput } from "./option-input";

// ---------------------------------------------------------------------------------------------
// Arithmetic by hand: printed decimals as exact fractions, rounded half away from zero. Independent of the engine's
// floats and helpers, so a line that adds up only in binary (or only with the engine's own rounding) fails.

interface Fraction {
  n: bigint;
  /** Always positive. */
  d: bigint;
}

/** A printed decimal ("1,012.5", "-3.83") as an exact fraction. */
function exact(text: string): Fraction {
  const plain = text.replace(/,/g, "");
  const isNegative = plain.startsWith("-");
  const [whole = "0", decimals = ""] = plain.replace("-", "").split(".");
  return { n: BigInt(whole + decimals) * (isNegative ? -1n : 1n), d: 10n ** BigInt(decimals.length) };
}
const exactNumber = (value: number): Fraction => exact(String(value));
const times = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
const minus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const over = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d * (b.n < 0n ? -1n : 1n), d: a.d * (b.n < 0n ? -b.n : b.n) });
const compare = (a: Fraction, b: Fraction): number => Math.sign(Number(a.n * b.d - b.n * a.d));

/** Rounded to `places` decimals, half away from zero, as a person does it: 11.475 → 11.48. */
function byHand(value: Fraction, places: number): number {
  const scale = 10n ** BigInt(places);
  const scaled = value.n * scale;
  const magnitude = scaled < 0n ? -scaled : scaled;
  let units = magnitude / value.d;
  if (2n * (magnitude % value.d) >= value.d) units += 1n;
  return Number(scaled < 0n ? -units : units) / Number(scale);
}

// ---------------------------------------------------------------------------------------------
// Reading printed figures.

const NUMBER = String.raw`(-?[\d,]+(?:\.\d+)?)`;
const MONEY = String.raw`\$([\d,]+(?:\.\d{2})?)`;
const RATE = String.raw`\$([\d,]+(?:\.\d{2})?)`;

const numberOf = (text: string): number => Number(text.replace(/,/g, ""));
/** "$1,012.50" (without the $) → 101250 cents, from the digits. */
const centsOf = (text: string): number => {
  const [dollars = "0", cents = ""] = text.replace(/,/g, "").split(".");
  return Number(dollars) * 100 + Number(cents.padEnd(2, "0"));
};
/** "81.1" (a printed percentage) → 0.811 exactly. */
const percentOf = (text: string): Fraction => over(exact(text), exact("100"));
const participationOf = (level: string): Fraction => exactNumber(PARTICIPATION_SHARE[level as Participation]);

type Check = (groups: string[], state: LineState) => void;
interface Clause {
  name: string;
  pattern: RegExp;
  check: Check;
}
/** What one explanation has shown so far (a minimum payout is compared with the season before it). */
interface LineState {
  lastMoneyCents: number | null;
}

const clause = (name: string, source: string, check: Check): Clause => ({ name, pattern: new RegExp(source, "g"), check });

/** The clauses, in the order they are applied: inner equations before the ones that contain them. */
const CLAUSES: Clause[] = [
  clause("usable energy", String.raw`${NUMBER} kWh × \(${NUMBER}% charged − ${NUMBER}% reserve\) = ${NUMBER} kWh`, ([c, s, r, u]) => {
    expect(compare(exact(s!), exact(r!))).toBe(1);
    expect(byHand(times(exact(c!), percentOf(minusText(s!, r!))), 2)).toBe(numberOf(u!));
  }),
  clause("nothing above the reserve", String.raw`none, the ${NUMBER}% reserve is at or above the ${NUMBER}% charge`, ([r, s]) => {
    expect(compare(exact(r!), exact(s!))).toBeGreaterThanOrEqual(0);
  }),
  clause("energy-limited power", String.raw`${NUMBER} kWh ÷ ${NUMBER} h = ${NUMBER} kW`, ([u, h, e]) => {
    expect(byHand(over(exact(u!), exact(h!)), 2)).toBe(numberOf(e!));
  }),
  clause("delivered per event", String.raw`min\((.+)\) = ${NUMBER} kW, set by (rated power|stored energy|home load)`, ([inner, delivered, limit]) => {
    const rated = numberOf(/^(-?[\d,]+(?:\.\d+)?) kW rated/.exec(inner!)![1]!);
    const energy = numberOf(/÷ [\d.,]+ h ≡ (-?[\d,]+(?:\.\d+)?) kW/.exec(inner!)![1]!);
    const homeMatch = /home load (-?[\d,]+(?:\.\d+)?) kW \(no export\)/.exec(inner!);
    const home = homeMatch ? numberOf(homeMatch[1]!) : Number.POSITIVE_INFINITY;
    const value = numberOf(delivered!);
    expect(value).toBe(Math.min(rated, energy, home));
    expect({ "rated power": rated, "stored energy": energy, "home load": home }[limit as "rated power"]).toBe(value);
  }),
  clause(
    "events served with Storm Guard",
    String.raw`${NUMBER}% \((low|expected|high) participation\) × \(1 − ${NUMBER} Storm Guard days ÷ ${NUMBER} season days\) = ${NUMBER}%`,
    ([p, level, days, season, share]) => {
      expect(compare(percentOf(p!), participationOf(level!))).toBe(0);
      expect(compare(exact(days!), exact(season!))).toBeLessThanOrEqual(0);
      const served = times(participationOf(level!), minus(exact("1"), over(exact(days!), exact(season!))));
      expect(byHand(served, 3)).toBe(byHand(percentOf(share!), 3));
    },
  ),
  clause("events served", String.raw`^Events served: ${NUMBER}% \((low|expected|high) participation\)$`, ([share, level]) => {
    expect(compare(percentOf(share!), participationOf(level!))).toBe(0);
  }),
  clause("modeled average", String.raw`${NUMBER} kW × ${NUMBER}% = ${NUMBER} kW`, ([kw, share, average]) => {
    expect(byHand(times(exact(kw!), percentOf(share!)), 2)).toBe(numberOf(average!));
  }),
  clause(
    "ELRP credited power",
    String.raw`${NUMBER} kW delivered − ${NUMBER} kW the battery would serve anyway \(home load ${NUMBER} kW × ${NUMBER}% of events\) = ${NUMBER} kW`,
    ([delivered, baseline, home, share, credited]) => {
      expect(byHand(times(exact(home!), percentOf(share!)), 2)).toBe(numberOf(baseline!));
      expect(byHand(minus(exact(delivered!), exact(baseline!)), 2)).toBe(numberOf(credited!));
      expect(numberOf(credited!)).toBeGreaterThan(0);
    },
  ),
  clause(
    "ELRP nothing credited",
    String.raw`none, the ${NUMBER} kW delivered is not more than the ${NUMBER} kW the battery would serve anyway \(home load ${NUMBER} kW × ${NUMBER}% of events\)`,
    ([delivered, baseline, home, share]) => {
      expect(byHand(times(exact(home!), percentOf(share!)), 2)).toBe(numberOf(baseline!));
      expect(compare(exact(delivered!), exact(baseline!))).toBeLessThanOrEqual(0);
    },
  ),
  clause("ELRP season energy", String.raw`${NUMBER} kW × ${NUMBER} event hours = ${NUMBER} kWh`, ([kw, hours, kwh]) => {
    expect(byHand(times(exact(kw!), exact(hours!)), 2)).toBe(numberOf(kwh!));
  }),
  clause("enrolled capacity", String.raw`${NUMBER} × ${NUMBER} kWh = ${NUMBER} kWh`, ([count, each, total]) => {
    expect(byHand(times(exact(count!), exact(each!)), 2)).toBe(numberOf(total!));
  }),
  clause(
    "quantity × rate",
    // The note may hold one nested pair: "(disadvantaged (underserved) community)".
    String.raw`${NUMBER} (kW|kWh|W of PV) × ${RATE}/(kW-season|kW-year|kWh|kW|W)(?: \(((?:[^()]|\([^()]*\))*)\))? = ${MONEY}`,
    ([quantity, , rate, , note, amount], state) => {
      const cents = centsOf(amount!);
      expect(byHand(times(exact(quantity!), exactNumber(centsOf(rate!))), 0)).toBe(cents);
      // "($200/kW summer + $25/kW winter)": the seasons add up to the rate.
      const seasons = note === undefined ? null : /^\$([\d,]+(?:\.\d{2})?)\/kW summer \+ \$([\d,]+(?:\.\d{2})?)\/kW winter$/.exec(note);
      if (seasons) expect(centsOf(seasons[1]!) + centsOf(seasons[2]!)).toBe(centsOf(rate!));
      state.lastMoneyCents = cents;
    },
  ),
  clause("summer + winter", String.raw`≡ ${MONEY} \+ winter [^;]* ≡ ${MONEY}; ${MONEY} a year`, ([summer, winter, total]) => {
    expect(centsOf(summer!) + centsOf(winter!)).toBe(centsOf(total!));
  }),
  clause(
    "CT-ESS cap",
    String.raw`≡ ${MONEY}; cap: lesser of ${MONEY} and ${NUMBER}% of battery cost ${MONEY} = ${MONEY}, (not binding|binding: upfront ${MONEY})`,
    ([uncapped, fixedCap, percent, cost, cap, binding, upfront]) => {
      expect(Math.min(centsOf(fixedCap!), byHand(times(exactNumber(centsOf(cost!)), percentOf(percent!)), 0))).toBe(centsOf(cap!));
      if (binding === "not binding") expect(centsOf(uncapped!)).toBeLessThanOrEqual(centsOf(cap!));
      else {
        expect(centsOf(uncapped!)).toBeGreaterThan(centsOf(cap!));
        expect(centsOf(upfront!)).toBe(Math.min(centsOf(uncapped!), centsOf(cap!)));
      }
    },
  ),
  clause("minimum payout not met", String.raw`^Below the ${MONEY} minimum payout`, ([minimum], state) => {
    expect(state.lastMoneyCents).not.toBeNull();
    expect(state.lastMoneyCents!).toBeLessThan(centsOf(minimum!));
  }),
  clause("minimum payout met", String.raw`^Minimum payout ${MONEY}: met$`, ([minimum], state) => {
    expect(state.lastMoneyCents!).toBeGreaterThanOrEqual(centsOf(minimum!));
  }),
  clause("paid seasons", String.raw`^Paid seasons: ${NUMBER} \((none|project years? (\d+)(?:–(\d+))?)\)`, ([count, when, first, last]) => {
    const seasons = when === "none" ? 0 : last === undefined ? 1 : Number(last) - Number(first) + 1;
    expect(numberOf(count!)).toBe(seasons);
  }),
  clause(
    "DSGS default seasons",
    String.raw`^Paid seasons: (\d+) .*Default: the seasons left through (\d{4}), the last funded season, counted from the proposal date (\d{4}-\d{2}-\d{2}); the first season that begins after it is (\d{4})(?:, and the battery's first is (\d{4}))?`,
    ([count, lastFunded, date, firstSeason, batteryFirst]) => {
      expect(Number(lastFunded)).toBe(DSGS_FUNDING.lastFundedSeason);
      const year = Number(date!.slice(0, 4));
      expect(Number(firstSeason)).toBe(date!.slice(5) < "05-01" ? year : year + 1);
      const first = Number(batteryFirst ?? firstSeason);
      expect(Number(count)).toBe(Math.max(0, Number(lastFunded) - first + 1));
    },
  ),
];

/** "100" − "15" as printed decimals, exactly ("85"). */
function minusText(a: string, b: string): string {
  const difference = minus(exact(a), exact(b));
  // Exact decimal: at most as many places as the longer operand.
  const places = Math.max(a.split(".")[1]?.length ?? 0, b.split(".")[1]?.length ?? 0);
  return String(byHand(difference, places));
}

/** Checks every equation of one explanation; returns how many clauses it checked. */
function checkExplanation(lines: readonly string[]): number {
  const state: LineState = { lastMoneyCents: null };
  let checked = 0;
  for (const line of lines) {
    let rest = line;
    for (const { name, pattern, check } of CLAUSES) {
      rest = rest.replace(pattern, (match: string, ...args: unknown[]) => {
        const groups = args.slice(0, -2) as string[];
        try {
          check(groups, state);
        } catch (error) {
          throw new Error(`${name} does not add up in: "${line}"\n${(error as Error).message}`);
        }
        checked++;
        // Mark the equation as checked; an enclosing clause still reads the figures.
        return match.replaceAll(" = ", " ≡ ");
      });
    }
    expect(rest, `an equation no clause checks: "${line}"`).not.toContain(" = ");
  }
  return checked;
}

// ---------------------------------------------------------------------------------------------
// Random options: figures with more decimals than are printed, and exact ties (k / 1000).

const figure = (min: number, max: number) =>
  fc.oneof(fc.double({ min, max, noNaN: true }), fc.integer({ min: Math.ceil(min * 1000), max: Math.floor(max * 1000) }).map((k) => k / 1000));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });

const performanceInputs = (maxEventHours: number) => ({
  averageDeliveredKw: maybe(figure(0, 20)),
  reservePercent: maybe(figure(0, 100)),
  startYear: maybe(fc.integer({ min: 1, max: 4 })),
  stateOfChargePercent: maybe(figure(0, 100)),
  eventDurationHours: maybe(figure(0.25, maxEventHours)),
  homeLoadKw: maybe(figure(0, 10)),
  stormGuardDays: maybe(figure(0, 366)),
  paidSeasons: maybe(fc.integer({ min: 0, max: 12 })),
});

const withoutUndefined = (inputs: Record<string, unknown>) => Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== undefined));

const programsByState: Record<string, fc.Arbitrary<OptionInput["programs"]>> = {
  CA: fc
    .tuple(
      fc.record({
        ...performanceInputs(5),
        eventHoursPerSeason: maybe(figure(0, 200)),
        minimumPayoutDollars: maybe(fc.integer({ min: 0, max: 40_000 }).map((cents) => cents / 100)),
      }),
      fc.record({
        ...performanceInputs(5),
        tariffFramework: maybe(fc.constantFrom("project", "NEM1", "NEM2", "NBT", "other")),
        exportApproved: maybe(fc.boolean()),
      }),
      fc.subarray(["elrp", "dsgs"] as const, { minLength: 1 }),
      fc.boolean(),
    )
    .map(([elrp, dsgs, ids, reversed]) => {
      const entries = ids.map((id) => ({ id, inputs: withoutUndefined(id === "elrp" ? elrp : dsgs) }));
      return reversed ? entries.reverse() : entries;
    }),
  MA: fc
    .record({ ...performanceInputs(3), winterAverageDeliveredKw: maybe(figure(0, 20)), rateVersion: maybe(fc.constantFrom("latest", "connected-solutions-ma/2023", "connected-solutions-ma/2025")) })
    .map((inputs) => [{ id: "connected-solutions-ma", inputs: withoutUndefined(inputs) }]),
  RI: fc.record({ ...performanceInputs(3), payee: maybe(fc.constantFrom("customer", "contractor")) }).map((inputs) => [{ id: "connected-solutions-ri", inputs: withoutUndefined(inputs) }]),
  CT: fc
    .record({ ...performanceInputs(3), customerTier: maybe(fc.constantFrom("standard", "disadvantaged", "low-income")), gridEdge: maybe(fc.boolean()) })
    .map((inputs) => [{ id: "ct-ess", inputs: withoutUndefined(inputs) }]),
};

const customIncentive: fc.Arbitrary<CustomIncentiveInput> = fc.oneof(
  fc.record({
    id: fc.constant("rebate"),
    name: fc.constant("Town rebate"),
    kind: fc.constant("upfront" as const),
    basis: fc.constantFrom("fixed" as const, "per_kwh" as const, "per_watt" as const),
    amountCents: fc.integer({ min: 0, max: 50_000 }),
    capCents: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: null }),
  }),
  fc.record({ id: fc.constant("credit"), name: fc.constant("Co-op credit"), kind: fc.constant("annual" as const), amountCents: fc.integer({ min: 0, max: 50_000 }), years: fc.integer({ min: 1, max: 30 }) }),
);

const optionArbitrary: fc.Arbitrary<OptionInput> = fc.constantFrom("CA", "MA", "RI", "CT").chain((state) =>
  fc.record({
    project: fc.record({
      state: fc.constant(state),
      segment: fc.constant("residential" as const),
      utility: fc.constantFrom(null, "PG&E", "SCE", "Eversource", "National Grid", "Rhode Island Energy"),
      tariff: fc.constantFrom(null, ...TARIFFS),
    }),
    system: fc.record({
      pvKw: fc.integer({ min: 0, max: 20_000 }).map((watts) => watts / 1000),
      battery: fc.record({ capacityKwh: figure(0.1, 40), powerKw: figure(0.1, 15), count: fc.integer({ min: 1, max: 3 }), reservePercent: figure(0, 100) }),
      hasSolar: fc.option(fc.boolean(), { nil: undefined }),
    }).map((system) => (system.hasSolar === undefined ? { pvKw: system.pvKw, battery: system.battery } : system)),
    costs: fc.record({ solarCents: fc.integer({ min: 0, max: 6_000_000 }), batteryCents: fc.integer({ min: 0, max: 4_000_000 }), otherCents: fc.constant(0) }),
    billSavingsYear1Cents: fc.integer({ min: 0, max: 500_000 }),
    assumptions: fc.record({ years: fc.integer({ min: 1, max: 30 }), utilityEscalation: fc.constant(0.03), discountRate: fc.constant(0.05), degradation: fc.constant(0.005) }),
    programs: programsByState[state]!,
    customIncentives: fc.array(customIncentive, { maxLength: 2 }),
    participation: fc.constantFrom("low" as const, "expected" as const, "high" as const),
    proposalDate: fc.integer({ min: 0, max: 7 * 365 }).map(isoDateFromDayOffset),
  }),
);

describe("explanations recompute from the numbers they print", () => {
  test("property: every printed equation of every program and custom incentive holds, for random options of every state", () => {
    let clausesChecked = 0;
    fc.assert(
      fc.property(optionArbitrary, (input) => {
        const evaluation = evaluateOption(input);
        for (const result of [...evaluation.programs, ...evaluation.customIncentives]) clausesChecked += checkExplanation(result.explanation);
      }),
      { numRuns: 1500 },
    );
    // The parser must actually read equations, not skip every line.
    expect(clausesChecked).toBeGreaterThan(10_000);
  });

  test.each([
    { label: "the brief's contradiction, fixed", line: "Delivered per event: min(5 kW rated; 11.48 kWh ÷ 3 h = 3.83 kW) = 3.83 kW, set by stored energy", holds: true },
    { label: "the old line (11.475 ÷ 3 = 3.825 delivered as 3.82)", line: "Delivered per event: min(5 kW rated; 11.48 kWh ÷ 3 h = 3.83 kW) = 3.82 kW, set by stored energy", holds: false },
    { label: "a money product that is off by a cent", line: "Each paid season: 4.73 kW × $100/kW-season = $472", holds: false },
    { label: "an equation nobody checks", line: "Magic: 2 + 2 = 5", holds: false },
  ])("the checker itself: $label", ({ line, holds }) => {
    if (holds) expect(() => checkExplanation([line])).not.toThrow();
    else expect(() => checkExplanation([line])).toThrow();
  });
});
