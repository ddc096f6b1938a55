import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { todayIsoDate } from "../dates/iso-date";
import { formatModelJson, runModel } from "./model-request";

const ctExample = readFileSync(new URL("../../../docs/examples/ct-ess.json", import.meta.url), "utf8");

function ok(jsonText: string) {
  const run = runModel(jsonText);
  if (run.exitCode !== 0) throw new Error(`expected success, got ${JSON.stringify(run.issues)}`);
  return run.response;
}

function issuesOf(document: unknown) {
  const run = runModel(JSON.stringify(document));
  if (run.exitCode === 0) throw new Error("expected invalid input");
  return run.issues;
}

const minimal = {
  project: {
    state: "CT",
    segment: "residential",
    battery: { capacityKwh: 13.5, powerKw: 5 },
    costs: { solar: 0, battery: 15000 },
    billSavingsYear1: 1000,
  },
  programs: [{ id: "ct-ess", averageDeliveredKw: 5 }],
  // Under the April 2026 design: 13.5 kWh × $30 = $405 upfront.
  proposalDate: "2026-12-03",
};

describe("the command line's JSON (docs/examples/ct-ess.json)", () => {
  const response = ok(ctExample);

  test("programs: the worked example in dollars", () => {
    expect(response.availablePrograms).toEqual(["ct-ess"]);
    const [ctEss] = response.programs;
    expect(ctEss).toMatchObject({ id: "ct-ess", eligible: true, reasons: [], upfront: 3375, rateVersion: "ct-ess/2025-01" });
    expect(ctEss?.annual).toHaveLength(25);
    expect(ctEss?.annual.slice(0, 11)).toEqual([1125, 1125, 1125, 1125, 1125, 650, 650, 650, 650, 650, 0]);
    expect(ctEss?.explanation[0]).toMatch(/^Upfront: 13.5 kWh × \$250\/kWh/);
  });

  test("financials: the named fields, with and without Grid Services", () => {
    const { financials } = response;
    expect(financials).toMatchObject({ systemCost: 40000, upfrontIncentives: 3375, netCost: 36625 });
    expect(financials.annualSavings).toHaveLength(25);
    expect(financials.cumulativeCashFlow).toHaveLength(26);
    expect(financials.cumulativeCashFlow[0]).toBe(-36625);
    expect(financials.withoutGridServices).toMatchObject({ systemCost: 40000, upfrontIncentives: 0, netCost: 40000 });
    for (const field of ["paybackYears", "roi", "npv", "irr"] as const) {
      expect(typeof financials[field]).toBe("number");
      expect(typeof financials.withoutGridServices[field]).toBe("number");
    }
  });

  test("money is dollars rounded to cents", () => {
    for (const value of [...response.financials.annualSavings, ...response.financials.cumulativeCashFlow, response.financials.npv]) {
      expect(Math.round(value * 100) / 100).toBe(value);
    }
  });
});

describe("defaults and conversions", () => {
  test("a minimal request gets the defaults: 25 years, count 1, 20% reserve, other cost 0", () => {
    const response = ok(JSON.stringify(minimal));
    expect(response.financials.years).toBe(25);
    expect(response.programs[0]?.upfront).toBe(405);
    expect(response.programs[0]?.rateVersion).toBe("ct-ess/2026-04");
    expect(response.warnings).toEqual([]);
  });

  test("custom incentives in dollars: per kWh with a cap, and annual", () => {
    const response = ok(
      JSON.stringify({
        ...minimal,
        customIncentives: [
          { name: "Town rebate", kind: "upfront", basis: "per_kwh", amount: 100, cap: 1000 },
          { name: "Co-op credit", kind: "annual", amount: 50, years: 2 },
        ],
      }),
    );
    expect(response.customIncentives.map((incentive) => [incentive.id, incentive.upfront, incentive.annual.slice(0, 3)])).toEqual([
      ["custom-1", 1000, [0, 0, 0]],
      ["custom-2", 0, [50, 50, 0]],
    ]);
    expect(response.financials.upfrontIncentives).toBe(405 + 1000);
    expect(response.financials.withoutGridServices.upfrontIncentives).toBe(1000);
  });

  test("battery fade and a custom incentive tied to a program", () => {
    const response = ok(
      JSON.stringify({
        ...minimal,
        project: { ...minimal.project, assumptions: { batteryFade: 0 } },
        customIncentives: [{ name: "Price cut", kind: "upfront", amount: 500, requiresProgram: "ct-ess" }],
      }),
    );
    expect(response.programs[0]?.annual.slice(0, 10)).toEqual([...new Array(5).fill(1125), ...new Array(5).fill(650)]);
    expect(response.customIncentives[0]).toMatchObject({ requiresProgram: "ct-ess", isCounted: true, upfront: 500 });
    expect(response.financials.withoutGridServices.upfrontIncentives).toBe(0);
  });

  test("an ineligible program is reported with its reason (commercial)", () => {
    const response = ok(JSON.stringify({ ...minimal, project: { ...minimal.project, segment: "commercial" } }));
    expect(response.programs[0]).toMatchObject({ eligible: false, upfront: 0 });
    expect(response.programs[0]?.reasons[0]).toMatch(/^Commercial project/);
  });
});

describe("invalid input names every bad field with its path and reason", () => {
  test("several bad fields at once, including program inputs and unknown keys", () => {
    const issues = issuesOf({
      project: {
        state: "Connecticut",
        segment: "home",
        costs: { solar: "12000", battery: -5 },
        billSavingsYear1: 1000,
        assumptions: { utilityEscalation: 3 },
        colour: "blue",
      },
      programs: [{ id: "ct-ess", customerTier: "gold", gridedge: true }, { id: "nope" }],
    });
    const paths = issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "project.state",
        "project.segment",
        "project.costs.solar",
        "project.costs.battery",
        "project.assumptions.utilityEscalation",
        "project.colour",
        "programs[0].customerTier",
        "programs[0].gridedge",
        "programs[1].id",
      ]),
    );
    expect(issues.find((issue) => issue.path === "project.assumptions.utilityEscalation")?.message).toMatch(/fraction/);
    expect(issues.find((issue) => issue.path === "programs[1].id")?.message).toMatch(/unknown program "nope"; known: elrp/);
    expect(issues.find((issue) => issue.path === "project.colour")?.message).toBe("unknown field");
  });

  test.each([
    { label: "not JSON", text: "{nope", path: "(document)", message: /not valid JSON/ },
    { label: "JSON but not an object", text: "[1,2]", path: "(document)", message: /expected object/ },
    { label: "missing project", text: "{}", path: "project", message: /expected object/ },
  ])("$label", ({ text, path, message }) => {
    const run = runModel(text);
    expect(run.exitCode).toBe(2);
    if (run.exitCode === 2) {
      expect(run.issues[0]?.path).toBe(path);
      expect(run.issues[0]?.message).toMatch(message);
    }
  });

  test.each([
    { label: "a subnormal battery power", change: { battery: { capacityKwh: 13.5, powerKw: 5e-324 } }, path: "project.battery.powerKw", message: "Battery power cannot be less than 0.1 kW." },
    { label: "a denormal battery power", change: { battery: { capacityKwh: 13.5, powerKw: 1e-320 } }, path: "project.battery.powerKw", message: "Battery power cannot be less than 0.1 kW." },
    { label: "a battery power to a fraction of a watt", change: { battery: { capacityKwh: 13.5, powerKw: 5.0001 } }, path: "project.battery.powerKw", message: "Battery power can have at most 3 decimals." },
    { label: "a tiny PV size", change: { pvKw: 1e-7 }, path: "project.pvKw", message: "PV size must be 0, or at least 0.1 kW." },
    { label: "a fraction of a cent", change: { costs: { solar: 0, battery: 15000.001 } }, path: "project.costs.battery", message: "Battery cost can have at most 2 decimals." },
    { label: "a subnormal bill saving", change: { billSavingsYear1: 5e-324 }, path: "project.billSavingsYear1", message: "Year-1 bill savings can have at most 2 decimals." },
    { label: "a fraction with binary noise", change: { assumptions: { utilityEscalation: 0.1 + 0.2 } }, path: "project.assumptions.utilityEscalation", message: "Utility escalation can have at most 6 decimals." },
    { label: "a battery count of 1.5", change: { battery: { capacityKwh: 13.5, powerKw: 5, count: 1.5 } }, path: "project.battery.count", message: "Battery count must be a whole number." },
  ])("numbers are held to the forms' rules: $label", ({ change, path, message }) => {
    expect(issuesOf({ ...minimal, project: { ...minimal.project, ...change } })).toEqual([{ path, message }]);
  });

  test("a program input of 5e-324 kW (its own schema only says at least 0) is refused", () => {
    expect(issuesOf({ ...minimal, programs: [{ id: "ct-ess", averageDeliveredKw: 5e-324 }] })).toEqual([
      { path: "programs[0].averageDeliveredKw", message: "Average delivered power (override) can have at most 3 decimals." },
    ]);
  });

  test("a custom incentive of a fraction of a cent is refused", () => {
    expect(issuesOf({ ...minimal, customIncentives: [{ name: "Town rebate", kind: "upfront", amount: 0.001 }] })).toEqual([{ path: "customIncentives[0].amount", message: "The amount can have at most 2 decimals." }]);
  });

  test("a program listed twice is an error", () => {
    const issues = issuesOf({ ...minimal, programs: [{ id: "ct-ess" }, { id: "ct-ess" }] });
    expect(issues).toEqual([{ path: "programs[1].id", message: 'program "ct-ess" is listed twice' }]);
  });
});

describe("California: the JSON reports the conflict and the DSGS seasons by date", () => {
  const california = {
    project: {
      state: "CA",
      segment: "residential",
      utility: "PG&E",
      tariff: "NEM2",
      pvKw: 8,
      battery: { capacityKwh: 13.5, powerKw: 5 },
      costs: { solar: 24000, battery: 15000 },
      billSavingsYear1: 2400,
    },
    programs: [{ id: "elrp" }, { id: "dsgs" }],
    proposalDate: "2026-03-02",
  };

  test("ELRP then DSGS: the conflict is listed, ELRP counts ($216), DSGS does not but says what it would pay ($180)", () => {
    const response = ok(JSON.stringify(california));
    expect(response.proposalDate).toBe("2026-03-02");
    expect(response.conflicts).toEqual([
      {
        counted: "elrp",
        notCounted: "dsgs",
        rule: "ELRP and DSGS cannot pay for the same battery",
        basis: "the CEC does not pay DSGS for a load reduction another utility or state program already pays for",
        guidance: "Enable ELRP for PG&E customers, DSGS for SCE and SDG&E customers.",
        decidedBy: "enabled-first",
      },
    ]);
    const [elrp, dsgs] = response.programs;
    expect(elrp).toMatchObject({ id: "elrp", isCounted: true, benefitIfCounted: null });
    expect(elrp?.annual[0]).toBe(216);
    expect(dsgs).toMatchObject({ id: "dsgs", isCounted: false });
    expect(dsgs?.annual[0]).toBe(0);
    expect(dsgs?.benefitIfCounted?.annual[0]).toBe(180);
    expect(dsgs?.explanation[0]).toBe("Not counted: ELRP and DSGS cannot pay for the same battery; ELRP was enabled first.");
    expect(response.financials.programAnnual.map((stream) => stream.id)).toEqual(["elrp"]);
  });

  test("the installer's choice: DSGS marked preferred counts although ELRP is listed first", () => {
    const response = ok(JSON.stringify({ ...california, programs: [{ id: "elrp" }, { id: "dsgs", preferred: true }] }));
    expect(response.conflicts).toEqual([expect.objectContaining({ counted: "dsgs", notCounted: "elrp", decidedBy: "installer-choice" })]);
    expect(response.programs.map((program) => [program.id, program.isCounted])).toEqual([
      ["elrp", false],
      ["dsgs", true],
    ]);
    expect(issuesOf({ ...california, programs: [{ id: "dsgs", preferred: "yes" }] }).map((issue) => issue.path)).toEqual(["programs[0].preferred"]);
  });

  test.each([
    { label: "a proposal made in December 2026 counts no DSGS season", proposalDate: "2026-12-02", firstYear: 0 },
    { label: "a proposal made in March 2026 counts one", proposalDate: "2026-03-02", firstYear: 180 },
  ])("$label", ({ proposalDate, firstYear }) => {
    const response = ok(JSON.stringify({ ...california, programs: [{ id: "dsgs" }], proposalDate }));
    expect(response.programs[0]?.annual[0]).toBe(firstYear);
    expect(response.programs[0]?.annual.slice(1).every((dollars) => dollars === 0)).toBe(true);
  });

  test("without a proposal date, today's is used and printed", () => {
    expect(ok(JSON.stringify({ ...california, proposalDate: undefined })).proposalDate).toBe(todayIsoDate());
  });

  test("a proposal date that is no calendar day is refused", () => {
    expect(issuesOf({ ...california, proposalDate: "2026-02-30" }).map((issue) => issue.path)).toEqual(["proposalDate"]);
  });
});

describe("formatModelJson", () => {
  test("keeps arrays of numbers on one line", () => {
    expect(formatModelJson({ annual: [1125, 650.5, -3, 0] })).toBe('{\n  "annual": [1125, 650.5, -3, 0]\n}');
  });

  test("property: the text parses back to the same value, strings included", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(formatModelJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe("financing and upkeep (docs/examples/financing.json)", () => {
  const financingExample = readFileSync(new URL("../../../docs/examples/financing.json", import.meta.url), "utf8");
  const response = ok(financingExample);
  const financing = response.financing!;
  const sum = (values: readonly number[]) => Math.round(values.reduce((total, value) => total + value * 100, 0));

  test("upkeep: O&M rising 2.5% a year, and the battery replaced in year 11 after its 10-year warranty", () => {
    // $150 × 1.025^(y − 1), rounded to the cent each year; year 11: $192.01 of O&M + $9,000 for the battery.
    expect(response.financials.upkeep.slice(0, 3)).toEqual([150, 153.75, 157.59]);
    expect(response.financials.upkeep[10]).toBe(9192.01);
    expect(response.financials.omCost[10]).toBe(192.01);
  });

  test("cash is listed first, then each choice in the request's order", () => {
    expect(financing.map((choice) => [choice.kind, choice.ownership])).toEqual([
      ["cash", "customer"],
      ["loan", "customer"],
      ["lease", "third-party"],
    ]);
  });

  test("cash has the engine's cash flow when no tax credit applies (Connecticut, 2026)", () => {
    const [cash] = financing;
    expect(cash?.cumulative).toEqual(response.financials.cumulativeCashFlow);
    expect(cash?.payback).toMatchObject({ kind: "cash", simpleYears: response.financials.paybackYears });
    expect(cash?.taxCredits.customer).toBe(0);
    expect(cash?.taxCredits.lines[0]).toMatch(/^No federal tax credit: the residential clean energy credit \(§25D\) ended/);
  });

  test("the loan: 15% dealer fee grossed up, $333.80 a month, yearly rows that add up to the whole", () => {
    const loan = financing[1]!;
    if (loan.schedule?.kind !== "loan") throw new Error("expected a loan schedule");
    // $36,625 net price ÷ (1 − 0.15) = $43,088.24; $6,463.24 of it is the lender's fee.
    expect(loan.schedule).toMatchObject({ amountFinanced: 43_088.24, dealerFee: 6_463.24, payment: 333.8 });
    expect(loan.schedule.years).toHaveLength(20);
    expect(loan.schedule.years[0]).toEqual({ year: 1, payments: 4_005.6, interest: 2_979.41, principal: 1_026.19, prepayment: 0, balance: 42_062.05 });
    expect(loan.schedule.years.at(-1)?.balance).toBe(0);
    expect(sum(loan.schedule.years.map((year) => year.payments))).toBe(Math.round((loan.schedule.amountFinanced + loan.schedule.totalInterest) * 100));
    expect(loan.payments.slice(1, 21)).toEqual(loan.schedule.years.map((year) => year.payments));
    expect(loan.totalPaidForSystem).toBe(80_114.03);
    expect(loan.payback).toMatchObject({ kind: "financed", savesFromMonthOne: false, breakEvenMonth: null });
  });

  test("the lease: payments rising 2.9% a year; what the owner receives is not counted, so with and without Grid Services agree", () => {
    const lease = financing[2]!;
    if (lease.schedule?.kind !== "lease") throw new Error("expected a lease schedule");
    expect(lease.schedule.years.slice(0, 3).map((year) => year.monthlyPayment)).toEqual([150, 154.35, 158.83]);
    expect(lease.netPrice).toBeNull();
    expect(lease.cumulative).toEqual(lease.withoutGridServices.cumulative);
    expect(lease.explanation[0]).toBe("The system's owner maintains and replaces its equipment under a lease or PPA: its O&M and replacements are not counted for you.");
    expect(lease.irr).toBeNull();
    expect(lease.irrNote).toMatch(/^No IRR/);
  });

  test("with and without Grid Services stay ordered for every financing", () => {
    for (const choice of financing) {
      choice.cumulative.forEach((dollars, year) => expect(dollars, `${choice.kind}, year ${year}`).toBeGreaterThanOrEqual(choice.withoutGridServices.cumulative[year]!));
    }
  });

  test("a single choice (not a list) is accepted too; without financing the response has none", () => {
    const single = ok(JSON.stringify({ ...minimal, financing: { kind: "ppa", ppa: { dollarsPerKwh: 0.145, escalator: 0, termYears: 2, productionKwhByYear: [1000, 990] } } }));
    expect(single.financing?.map((choice) => choice.kind)).toEqual(["cash", "ppa"]);
    expect(single.financing?.[1]?.payments).toEqual([0, 145, 143.55, ...new Array(23).fill(0)]);
    expect(ok(JSON.stringify(minimal)).financing).toBeUndefined();
  });
});

describe("bad financing or upkeep input: exit 2, each message at its field", () => {
  const loan = { apr: 0.0699, termMonths: 240 };
  test.each([
    { label: "an APR of 400%", financing: [{ kind: "loan", loan: { ...loan, apr: 4 } }], path: "financing[0].loan.apr", message: /^APR: 400% is not a loan rate Gridfolio accepts/ },
    { label: "a term of 0 months (one choice, not a list)", financing: { kind: "loan", loan: { ...loan, termMonths: 0 } }, path: "financing.loan.termMonths", message: /^Loan term: 0 months is no term at all/ },
    { label: "a term of 600 months", financing: [{ kind: "lease", lease: { monthlyPaymentCents: 15_000, escalator: 0.029, termMonths: 600 } }], path: "financing[0].lease.termMonths", message: /600 months \(50 years\) is longer/ },
    { label: "a dealer fee of 100%", financing: [{ kind: "loan", loan: { ...loan, dealerFee: 1 } }], path: "financing[0].loan.dealerFee", message: /would leave nothing of the loan/ },
    { label: "a down payment above the price", financing: [{ kind: "loan", loan: { ...loan, downPaymentCents: 2_000_000 } }], path: "financing[0].loan.downPaymentCents", message: /^Down payment: \$20,000 is more than the \$15,000 price/ },
    { label: "an unknown key", financing: [{ kind: "loan", loan: { ...loan, rate: 0.05 } }], path: "financing[0].loan.rate", message: /^unknown field$/ },
    { label: "an unknown kind", financing: [{ kind: "barter" }], path: "financing[0].kind", message: /^Financing: choose cash, loan, lease or PPA\.$/ },
    { label: "an empty list", financing: [], path: "financing", message: /at least one financing choice/ },
  ])("$label", ({ financing, path, message }) => {
    const issues = issuesOf({ ...minimal, financing });
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]?.message).toMatch(message);
  });

  test("bad financing is reported with the other bad fields in one run", () => {
    const issues = issuesOf({ ...minimal, project: { ...minimal.project, state: "Connecticut" }, financing: [{ kind: "loan", loan: { ...loan, apr: 4 } }] });
    expect(issues.map((issue) => issue.path)).toEqual(["project.state", "financing[0].loan.apr"]);
  });

  test.each([
    { label: "a battery replacement on an option without a battery", project: { battery: null, pvKw: 8, costs: { solar: 24_000, battery: 0 } }, replacement: { component: "battery", cost: 9_000 }, path: "project.assumptions.replacements[0].cost", message: /no battery to replace/ },
    { label: "a replacement dearer than the whole system", project: {}, replacement: { component: "inverter", cost: 90_000 }, path: "project.assumptions.replacements[0].cost", message: /costs more than the whole system/ },
    { label: "a 40-year warranty", project: {}, replacement: { component: "inverter", cost: 2_000, warrantyYears: 40 }, path: "project.assumptions.replacements[0].warrantyYears", message: /cannot be more than 30 years/ },
  ])("upkeep: $label", ({ project, replacement, path, message }) => {
    const issues = issuesOf({ ...minimal, programs: [], project: { ...minimal.project, ...project, assumptions: { replacements: [replacement] } } });
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]?.message).toMatch(message);
  });
});
