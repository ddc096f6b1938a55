/**
 * Inputs that cannot describe a real residential system. The engine would compute them (it trusts its types), and a
 * homeowner would be shown the result, so the forms and the command line check them first (docs/engine.md,
 * "Plausibility"). Each finding is a refusal or a warning:
 *
 * - refused: physically impossible or self-contradictory (a battery delivering more than its rated power, a reserve
 *   at or above the charge it starts events with, a first season after the horizon, PV without solar, a residential
 *   battery of utility scale, one incentive worth more than the whole system);
 * - warned: possible but unusual enough to check (a home battery above the residential fire code's 80 kWh, upfront
 *   incentives that together exceed the price).
 *
 * Upkeep (battery and inverter replacements) is checked apart, by `checkUpkeep`, with targets of its own: callers that
 * take no replacements (the command line) keep their exhaustive handling of the targets above unchanged.
 */
import type { ReplaceableComponent } from "../financing/replacements";
import { formatKw, formatKwh, formatNumber, formatUsd } from "../money/format";
import type { Cents } from "../money/round";
import { batteryTotals } from "../programs/average-power";
import { getProgram } from "../programs/registry";
import { batteryOf } from "./battery";
import { computeCustomIncentive } from "./custom-incentives";
import { MAX_WARRANTY_YEARS } from "./option-input";
import type { OptionInput } from "./option-input";

/** Where a finding belongs, so a form puts it beside its field and the command line names it. */
export type PlausibilityTarget =
  | { kind: "system"; field: "batteryCapacityKwh" | "pvKw" }
  | { kind: "program"; index: number; programId: string; field: string }
  | { kind: "customIncentive"; index: number; field: "amount" };

export interface PlausibilityFinding {
  severity: "refused" | "warning";
  target: PlausibilityTarget;
  message: string;
}

/**
 * IRC R328.5 / NFPA 855 (one- and two-family dwellings): at most 80 kWh of storage in a garage, on an exterior wall
 * or outdoors (40 kWh in a utility closet or basement) without the authority's special approval.
 */
export const RESIDENTIAL_FIRE_CODE_KWH = 80;
/** Far beyond any home: a figure this large is a unit mistake (Wh for kWh, a total typed as per unit). */
export const RESIDENTIAL_IMPOSSIBLE_KWH = 1_000;

const numberInput = (inputs: unknown, name: string): number | undefined => {
  const value = (inputs as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
};

export function checkPlausibility(input: OptionInput): PlausibilityFinding[] {
  const findings: PlausibilityFinding[] = [];
  const battery = batteryOf(input);
  const totals = battery === null ? null : batteryTotals(battery);
  const years = input.assumptions.years;

  if (input.system.hasSolar === false && input.system.pvKw > 0) {
    findings.push({
      severity: "refused",
      target: { kind: "system", field: "pvKw" },
      message: `${formatKw(input.system.pvKw)} of PV, yet no solar on site: remove the PV or mark the site as having solar.`,
    });
  }

  if (totals !== null && input.project.segment === "residential") {
    if (totals.capacityKwh > RESIDENTIAL_IMPOSSIBLE_KWH) {
      findings.push({
        severity: "refused",
        target: { kind: "system", field: "batteryCapacityKwh" },
        message: `${formatKwh(totals.capacityKwh)} is not a home battery (capacity is per unit, in kWh: a Powerwall is 13.5 kWh).`,
      });
    } else if (totals.capacityKwh > RESIDENTIAL_FIRE_CODE_KWH) {
      findings.push({
        severity: "warning",
        target: { kind: "system", field: "batteryCapacityKwh" },
        message: `${formatKwh(totals.capacityKwh)} is above the ${RESIDENTIAL_FIRE_CODE_KWH} kWh the residential fire code allows at one home without special approval.`,
      });
    }
  }

  input.programs.forEach((entry, index) => {
    const program = getProgram(entry.id);
    if (program === undefined) return;
    const at = (field: string): PlausibilityTarget => ({ kind: "program", index, programId: entry.id, field });
    for (const field of ["averageDeliveredKw", "winterAverageDeliveredKw"]) {
      const kw = numberInput(entry.inputs, field);
      if (kw === undefined || totals === null || kw <= totals.ratedKw) continue;
      findings.push({
        severity: "refused",
        target: at(field),
        message: `${formatKw(kw)} is more than the battery's rated ${formatKw(totals.ratedKw)}: a battery cannot deliver more than its rated power.`,
      });
    }
    const reserve = numberInput(entry.inputs, "reservePercent") ?? battery?.reservePercent;
    const charge = numberInput(entry.inputs, "stateOfChargePercent") ?? 100;
    if (battery !== null && reserve !== undefined && reserve >= charge && numberInput(entry.inputs, "averageDeliveredKw") === undefined) {
      findings.push({
        severity: "refused",
        target: at(numberInput(entry.inputs, "reservePercent") === undefined ? "stateOfChargePercent" : "reservePercent"),
        message: `The backup reserve (${formatNumber(reserve)}%) is at or above the charge at event start (${formatNumber(charge)}%): the battery would have nothing to deliver.`,
      });
    }
    const startYear = numberInput(entry.inputs, "startYear");
    if (startYear !== undefined && startYear > years) {
      findings.push({
        severity: "refused",
        target: at("startYear"),
        message: `The first participating season (project year ${startYear}) is after the ${years}-year horizon: ${program.shortName} would pay nothing.`,
      });
    }
  });

  const systemCents: Cents = input.costs.solarCents + input.costs.batteryCents + input.costs.otherCents;
  let upfrontTotal: Cents = 0;
  input.customIncentives.forEach((incentive, index) => {
    const result = computeCustomIncentive(incentive, { years, pvKw: input.system.pvKw, battery });
    const worth = incentive.kind === "upfront" ? result.upfrontCents : incentive.amountCents;
    upfrontTotal += result.upfrontCents;
    if (systemCents > 0 && worth > systemCents) {
      const what = incentive.kind === "upfront" ? formatUsd(worth) : `${formatUsd(worth)} a year`;
      findings.push({
        severity: "refused",
        target: { kind: "customIncentive", index, field: "amount" },
        message: `${incentive.name}: ${what} is more than the whole system price (${formatUsd(systemCents)}). Check the amount and its basis.`,
      });
    }
  });
  if (systemCents > 0 && upfrontTotal > systemCents && !findings.some((finding) => finding.target.kind === "customIncentive")) {
    findings.push({
      severity: "warning",
      target: { kind: "customIncentive", index: input.customIncentives.length - 1, field: "amount" },
      message: `Upfront incentives you entered (${formatUsd(upfrontTotal)}) exceed the system price (${formatUsd(systemCents)}).`,
    });
  }
  return findings;
}

export const refusals = <Finding extends { severity: "refused" | "warning" }>(findings: readonly Finding[]): Finding[] => findings.filter((finding) => finding.severity === "refused");

/** Where an upkeep finding belongs: one replacement's price or warranty. */
export interface UpkeepTarget {
  kind: "replacement";
  component: ReplaceableComponent;
  field: "costCents" | "warrantyYears";
}

export interface UpkeepFinding {
  severity: "refused" | "warning";
  target: UpkeepTarget;
  message: string;
}

const componentName = (component: ReplaceableComponent) => (component === "battery" ? "battery" : "inverter");

/**
 * Replacements that cannot be meant: a battery replaced on an option without one, one replacement costing more than
 * the whole system (a total typed for the price of one, or cents for dollars), a warranty of no years or of more than
 * any battery or inverter carries.
 */
export function checkUpkeep(input: OptionInput): UpkeepFinding[] {
  const findings: UpkeepFinding[] = [];
  const systemCents: Cents = input.costs.solarCents + input.costs.batteryCents + input.costs.otherCents;
  for (const replacement of input.assumptions.replacements ?? []) {
    const { component, costCents, warrantyYears } = replacement;
    const name = componentName(component);
    const at = (field: UpkeepTarget["field"]): UpkeepTarget => ({ kind: "replacement", component, field });
    if (component === "battery" && batteryOf(input) === null && costCents > 0) {
      findings.push({ severity: "refused", target: at("costCents"), message: "This option has no battery to replace: clear the battery replacement price, or add the battery." });
    } else if (systemCents > 0 && costCents > systemCents) {
      findings.push({
        severity: "refused",
        target: at("costCents"),
        message: `A ${formatUsd(costCents)} ${name} replacement costs more than the whole system (${formatUsd(systemCents)}): enter today's price of one replacement, installed.`,
      });
    }
    if (warrantyYears !== undefined && warrantyYears < 1) {
      findings.push({ severity: "refused", target: at("warrantyYears"), message: `A ${name} warranty of ${formatNumber(warrantyYears)} years would replace it every year: enter its warranty term (at least 1 year).` });
    } else if (warrantyYears !== undefined && warrantyYears > MAX_WARRANTY_YEARS) {
      findings.push({
        severity: "refused",
        target: at("warrantyYears"),
        message: `No ${name} carries a ${formatNumber(warrantyYears)}-year warranty (the longest, microinverters', is 25): enter at most ${MAX_WARRANTY_YEARS} years, or clear the price to leave the replacement out.`,
      });
    }
  }
  return findings;
}
