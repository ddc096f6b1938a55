/**
 * The command line as a process: exit codes, standard output and standard error.
 * (The JSON contract itself is tested in lib/finance/model-request.test.ts.)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

function model(args: string[], input?: string) {
  const result = spawnSync(tsx, ["scripts/model.ts", ...args], { cwd: root, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run -s model -- FILE", () => {
  test("a valid file: exit 0 and the result as JSON on standard output", () => {
    const run = model(["docs/examples/ct-ess.json"]);
    expect(run.status).toBe(0);
    const response = JSON.parse(run.stdout);
    expect(response.programs[0].upfront).toBe(3375);
    expect(response.financials.netCost).toBe(36625);
  });

  test("standard input with '-'", () => {
    const run = model(["-"], JSON.stringify({
      project: { state: "RI", segment: "residential", battery: { capacityKwh: 13.5, powerKw: 5 }, costs: { solar: 0, battery: 12000 }, billSavingsYear1: 500 },
      programs: [{ id: "connected-solutions-ri", averageDeliveredKw: 5 }],
    }));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).programs[0].annual[0]).toBe(1125);
  });

  test.each([
    { label: "invalid fields", input: '{"project": {"state": "C", "segment": "residential", "costs": {"solar": 1, "battery": 1}, "billSavingsYear1": "x"}}', lines: ["project.state:", "project.billSavingsYear1:"] },
    { label: "invalid JSON", input: "{", lines: ["(document): not valid JSON"] },
  ])("$label: exit 2, one line per bad field on standard error, no stack trace", ({ input, lines }) => {
    const run = model(["-"], input);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    for (const line of lines) expect(run.stderr).toContain(line);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  test("a missing file or no argument: exit 2 with a message", () => {
    expect(model(["does-not-exist.json"])).toMatchObject({ status: 2, stdout: "" });
    expect(model([]).stderr).toMatch(/^usage:/);
  });
});

describe("npm run -s model -- docs/examples/financing.json (the README's financing example)", () => {
  test("exit 0; cash, the loan and the lease with their payment schedules by year", () => {
    const run = model(["docs/examples/financing.json"]);
    expect(run.status).toBe(0);
    const response = JSON.parse(run.stdout);
    expect(response.financing.map((choice: { kind: string }) => choice.kind)).toEqual(["cash", "loan", "lease"]);
    const [, loan, lease] = response.financing;
    expect(loan.schedule).toMatchObject({ amountFinanced: 43088.24, dealerFee: 6463.24, payment: 333.8 });
    expect(loan.schedule.years[0]).toEqual({ year: 1, payments: 4005.6, interest: 2979.41, principal: 1026.19, prepayment: 0, balance: 42062.05 });
    expect(lease.schedule.years[1]).toEqual({ year: 2, monthlyPayment: 154.35, payments: 1852.2, buyout: 0 });
    expect(lease.payback.sentence).toMatch(/^Saves from month 1/);
    expect(response.financials.upkeep[10]).toBe(9192.01);
  });

  test("bad financing: exit 2 and the field's path on standard error", () => {
    const example = JSON.parse(readFileSync(new URL("../docs/examples/financing.json", import.meta.url), "utf8"));
    example.financing[0].loan.apr = 4;
    const run = model(["-"], JSON.stringify(example));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("financing[0].loan.apr: APR: 400% is not a loan rate Gridfolio accepts");
  });
});

describe("npm run -s model -- FILE with a bills block naming files", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "gridfolio-model-"));
  const example = JSON.parse(readFileSync(new URL("../docs/examples/bills-request.json", import.meta.url), "utf8"));
  writeFileSync(path.join(folder, "usage.csv"), ["kWh", ...Array(8760).fill("1.25")].join("\n"));
  writeFileSync(
    path.join(folder, "request.json"),
    JSON.stringify({ ...example, bills: { ...example.bills, usage: { file: "usage.csv", format: "hourly-csv" } } }),
  );

  test("files are read relative to the request's folder: exit 0 and the modelled bills", () => {
    const run = model([path.join(folder, "request.json")]);
    expect(run.status).toBe(0);
    const response = JSON.parse(run.stdout);
    expect(response.bills.usage).toMatchObject({ file: "usage.csv", annualKwh: 10950 });
    expect(response.financials.withoutGridServices.billSavings[0]).toBe(response.bills.year1Savings.total);
  });

  test("a file that is not there: exit 2 and the field's path on standard error", () => {
    const run = model(["-"], JSON.stringify({ ...example, bills: { ...example.bills, usage: { file: "no-such-usage.csv" } } }));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("bills.usage.file: cannot read no-such-usage.csv: ENOENT");
  });
});
