import { execFileSync } from "node:child_process";

/** Runs the benefit engine's JSON command line, as an installer or integrator would. */
export function runModel(document: unknown): ModelOutput {
  const stdout = execFileSync("npx", ["tsx", "scripts/model.ts", "-"], { input: JSON.stringify(document), encoding: "utf8" });
  return JSON.parse(stdout) as ModelOutput;
}

type Financials = {
  systemCost: number;
  upfrontIncentives: number;
  netCost: number;
  annualSavings: number[];
  cumulativeCashFlow: number[];
  paybackYears: number | null;
  roi: number | null;
  npv: number;
  irr: number | null;
};

export type ModelOutput = {
  availablePrograms: string[];
  programs: { id: string; eligible: boolean; upfront: number; annual: number[]; explanation: string[] }[];
  financials: Financials & { withoutGridServices: Financials };
};

/** "$36,625.00" or "-$3,375.00" → dollars. */
export function dollarsOf(text: string): number {
  const match = /(-|−)?\$([\d,]+(?:\.\d+)?)/.exec(text);
  if (!match) throw new Error(`No dollar amount in ${JSON.stringify(text)}`);
  return (match[1] ? -1 : 1) * Number(match[2]!.replace(/,/g, ""));
}

/** "7.4 years" → 7.4 */
export function yearsOf(text: string): number | null {
  const match = /([\d.]+) years/.exec(text);
  return match ? Number(match[1]) : null;
}

export const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
