/**
 * Custom incentives: local rebates no catalog program knows (a city's battery rebate, a
 * co-op's yearly credit). Upfront: a fixed amount, cents per kWh of total battery capacity, or
 * cents per W of PV, with an optional cap. Annual: a fixed amount in project years 1..years.
 * They are not Grid Services, so they count in both "with" and "without" financials, unless one is tied to a
 * program (`requiresProgramId`: a price cut a contractor gives for a program's payments): it then counts only while
 * that program counts, and "without Grid Services" drops it with the program.
 */
import { roundCents, roundToPlaces } from "../money/round";
import { batteryTotals } from "../programs/average-power";
import { formatKwh, formatNumber, formatUsd, formatUsdPer } from "../money/format";
import type { Cents } from "../money/round";
import type { BatterySpec } from "../programs/types";
import type { CustomIncentiveBasis, CustomIncentiveInput, CustomIncentiveResult } from "./option-input";

export interface CustomIncentiveContext {
  years: number;
  pvKw: number;
  battery: BatterySpec | null;
}

function zeros(years: number): Cents[] {
  return new Array<Cents>(years).fill(0);
}

/** The uncapped upfront amount and the line that shows it. */
function upfrontBeforeCap(
  basis: CustomIncentiveBasis,
  amountCents: Cents,
  context: CustomIncentiveContext,
): { cents: Cents; line: string } {
  switch (basis) {
    case "fixed":
      return { cents: amountCents, line: formatUsd(amountCents) };
    case "per_kwh": {
      const battery = context.battery;
      // Quantities are rounded as printed (kWh to 0.01, PV to the watt), so the line is the product paid.
      const kwh = battery === null ? 0 : batteryTotals(battery).capacityKwh;
      const cents = roundCents(kwh * amountCents);
      return { cents, line: `${formatKwh(kwh)} × ${formatUsdPer(amountCents / 100, "kWh")} = ${formatUsd(cents)}` };
    }
    case "per_watt": {
      const watts = roundToPlaces(context.pvKw * 1000, 0);
      const cents = roundCents(watts * amountCents);
      return { cents, line: `${formatNumber(watts, 0)} W of PV × ${formatUsdPer(amountCents / 100, "W")} = ${formatUsd(cents)}` };
    }
    default: {
      const unhandled: never = basis;
      throw new Error(`unhandled incentive basis ${String(unhandled)}`);
    }
  }
}

/** A tied incentive whose program does not count: nothing, and the reason as its explanation. */
export function uncountedCustomIncentive(incentive: CustomIncentiveInput, years: number, programName: string): CustomIncentiveResult {
  return {
    id: incentive.id,
    name: incentive.name,
    kind: incentive.kind,
    requiresProgramId: incentive.requiresProgramId ?? null,
    isCounted: false,
    upfrontCents: 0,
    annualCents: zeros(years),
    explanation: [`${incentive.name}: not counted, it comes with ${programName}, which does not count on this option`],
    capBinding: null,
  };
}

export function computeCustomIncentive(incentive: CustomIncentiveInput, context: CustomIncentiveContext): CustomIncentiveResult {
  const base = { id: incentive.id, name: incentive.name, kind: incentive.kind, requiresProgramId: incentive.requiresProgramId ?? null, isCounted: true };
  switch (incentive.kind) {
    case "upfront": {
      const uncapped = upfrontBeforeCap(incentive.basis, incentive.amountCents, context);
      const capCents = incentive.capCents ?? null;
      const upfrontCents = capCents === null ? uncapped.cents : Math.min(uncapped.cents, capCents);
      const capBinding = upfrontCents < uncapped.cents ? `${incentive.name} capped at ${formatUsd(upfrontCents)} (uncapped ${formatUsd(uncapped.cents)})` : null;
      const capNote = capCents === null ? "" : `; cap ${formatUsd(capCents)}, ${capBinding === null ? "not binding" : "binding"}`;
      return {
        ...base,
        upfrontCents,
        annualCents: zeros(context.years),
        explanation: [`${incentive.name} (upfront): ${uncapped.line}${capNote}`],
        capBinding,
      };
    }
    case "annual": {
      const paidYears = Math.max(0, Math.min(incentive.years, context.years));
      const annualCents = zeros(context.years).fill(incentive.amountCents, 0, paidYears);
      const when = paidYears === 1 ? "year 1" : `years 1–${paidYears}`;
      const truncated = incentive.years > context.years ? ` (${incentive.years} years offered; the horizon is ${context.years})` : "";
      return {
        ...base,
        upfrontCents: 0,
        annualCents,
        explanation: [`${incentive.name} (annual): ${formatUsd(incentive.amountCents)} a year in ${when}${truncated}`],
        capBinding: null,
      };
    }
    default: {
      const unhandled: never = incentive;
      throw new Error(`unhandled incentive kind ${String((unhandled as { kind: unknown }).kind)}`);
    }
  }
}
