import { describe, expect, test } from "vitest";
import { describeGridServicesPayments, describeProgramPayments } from "./grid-services-payments";

const years = (values: number[], horizon = 25) => [...values, ...new Array<number>(horizon - values.length).fill(0)];
const flat = (cents: number, count: number) => new Array<number>(count).fill(cents);

/** A counted program paying the customer; each row changes what it pays or who receives it. */
const program = (overrides: Partial<Parameters<typeof describeProgramPayments>[0]> = {}) => ({
  id: "ct-ess",
  name: "Energy Storage Solutions (Connecticut)",
  isCounted: true,
  upfrontCents: 0,
  annualCents: years([...flat(145_800, 5), ...flat(84_240, 5)]),
  payee: { annual: "customer" as const },
  ...overrides,
});

describe("one program's yearly payments, in a sentence", () => {
  test.each([
    {
      label: "CT-ESS's two rate steps: the years of each, the cents rounded to whole dollars ($842.40 → $842)",
      input: program(),
      sentence: "Energy Storage Solutions (Connecticut) pays you about $1,458 a year for 5 years, then $842 a year to year 10.",
    },
    {
      label: "one flat stretch from year 1",
      input: program({ name: "ConnectedSolutions (Massachusetts)", annualCents: years(flat(145_800, 10)) }),
      sentence: "ConnectedSolutions (Massachusetts) pays you about $1,458 a year for 10 years.",
    },
    {
      label: "a stretch that starts after year 1 names both its years",
      input: program({ annualCents: years([0, 0, ...flat(50_000, 4)]) }),
      sentence: "Energy Storage Solutions (Connecticut) pays you about $500 a year from year 3 to year 6.",
    },
    {
      label: "a single paid year is 'in year N', not 'a year'",
      input: program({ annualCents: years([21_600]) }),
      sentence: "Energy Storage Solutions (Connecticut) pays you about $216 in year 1.",
    },
    {
      label: "a gap between two stretches names the second one's years in full",
      input: program({ annualCents: years([...flat(10_000, 2), 0, ...flat(20_000, 2)]) }),
      sentence: "Energy Storage Solutions (Connecticut) pays you about $100 a year for 2 years, then $200 a year from year 4 to year 5.",
    },
    {
      label: "a fading battery: each stretch says where it starts and ends, never 'a year' for amounts that move",
      input: program({ annualCents: years([145_800, 141_300, 136_900, 132_400, 128_500, 71_600, 69_000, 66_500, 64_000, 61_500]) }),
      sentence: "Energy Storage Solutions (Connecticut) pays you about $1,458 in year 1, down to $1,285 in year 5, then $716 in year 6, down to $615 in year 10.",
    },
    {
      label: "payments that jump more often than three stretches are summed instead",
      input: program({ annualCents: years([10_000, 0, 20_000, 0, 30_000, 0, 40_000]) }),
      sentence: "Energy Storage Solutions (Connecticut) pays you about $1,000 in all, in payments that change from year to year between year 1 and year 7.",
    },
    {
      label: "a payee the engine does not know: 'pays', with no 'you'",
      input: program({ payee: null }),
      sentence: "Energy Storage Solutions (Connecticut) pays about $1,458 a year for 5 years, then $842 a year to year 10.",
    },
    {
      label: "ConnectedSolutions RI paid to the installer: the homeowner is told they receive none of it",
      input: program({ name: "ConnectedSolutions (Rhode Island)", annualCents: years([]), payee: { annual: "contractor" as const } }),
      sentence: "ConnectedSolutions (Rhode Island) pays your installer, not you: its yearly payments go to the installer in exchange for a lower price.",
    },
    {
      label: "a counted program with no paid year (DSGS with no funded season) says so",
      input: program({ name: "Demand Side Grid Support", annualCents: years([]) }),
      sentence: "Demand Side Grid Support makes no yearly payment in this proposal.",
    },
  ])("$label", ({ input, sentence }) => {
    expect(describeProgramPayments(input).sentence).toBe(sentence);
  });
});

describe("the total and the upfront incentive beside the sentence", () => {
  test.each([
    { label: "the total sums every year, over the years paid", input: program(), total: "About $11,502 in all over years 1 to 10." },
    { label: "one paid year", input: program({ annualCents: years([21_600]) }), total: "About $216 in all, in year 1." },
    { label: "nothing paid: no total line", input: program({ annualCents: years([]) }), total: null },
  ])("$label", ({ input, total }) => {
    const described = describeProgramPayments(input);
    expect(described.total?.text ?? null).toBe(total);
    if (described.total) expect(described.total.cents).toBe(input.annualCents.reduce((sum, cents) => sum + cents, 0));
  });

  test.each([
    { label: "paid to the installer, taken off the price", payee: { upfront: "contractor" as const, annual: "customer" as const }, text: "$810 upfront: paid to your installer, who takes it off your price." },
    { label: "paid to the homeowner", payee: { upfront: "customer" as const }, text: "$810 upfront: paid to you, and counted in your net price." },
  ])("$label", ({ payee, text }) => {
    expect(describeProgramPayments(program({ upfrontCents: 81_000, payee })).upfront).toEqual({ cents: 81_000, text });
  });

  test("no upfront incentive, no upfront line", () => {
    expect(describeProgramPayments(program()).upfront).toBeNull();
  });
});

describe("the headline's one line", () => {
  test.each([
    { label: "no counted program: nothing to say", programs: [program({ isCounted: false })], headline: null, count: 0 },
    { label: "one program: its own sentence", programs: [program()], headline: "Energy Storage Solutions (Connecticut) pays you about $1,458 a year for 5 years, then $842 a year to year 10.", count: 1 },
    {
      label: "two programs paying the homeowner: their total, and 'pay you'",
      programs: [program(), program({ id: "other", name: "Other", annualCents: years(flat(10_000, 3)) })],
      headline: "2 Grid Services programs pay you about $11,802 in all, over the years each one pays.",
      count: 2,
    },
    {
      label: "a program set aside for another is left out",
      programs: [program(), program({ id: "dsgs", name: "Demand Side Grid Support", isCounted: false })],
      headline: "Energy Storage Solutions (Connecticut) pays you about $1,458 a year for 5 years, then $842 a year to year 10.",
      count: 1,
    },
  ])("$label", ({ programs, headline, count }) => {
    const payments = describeGridServicesPayments(programs);
    expect(payments.headline).toBe(headline);
    expect(payments.programs).toHaveLength(count);
  });
});
