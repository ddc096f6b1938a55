/**
 * Programs that announce their value: every program the option could count but does not, with what it would add
 * ("CT-ESS: −$3,375 upfront, +$1,125 a year for 5 years"), so an installer never has to open each program to learn
 * that money is left on the table. A solar-only option gets the same lines for a reference battery instead, said
 * once, rather than one "no battery" refusal per program.
 *
 * One engine run per option: the preview run with every program of the state on (`previewStatePrograms`).
 */
import type { OptionEvaluation } from "../core/finance";
import { teslaPowerwall3 } from "../core/equipment/batteries/tesla";
import { formatKw, formatKwh } from "../core/money";
import { hasBattery } from "./battery-summary";
import { previewStatePrograms } from "./evaluate";
import { formatMoney } from "./figures";
import { describeYearlyAmounts } from "./grid-services-payments";
import type { StoredOption } from "./option-input";

export type ProgramAnnouncement = {
  id: string;
  shortName: string;
  /** "−$3,375 upfront"; null when the program pays nothing upfront. */
  upfront: string | null;
  /** "+$1,125 a year for 5 years"; null when it makes no yearly payment. */
  yearly: string | null;
  /** The whole line: "CT-ESS: −$3,375 upfront, +$1,125 a year for 5 years". */
  text: string;
};

export type ProgramAnnouncements =
  /** Eligible programs that are off, each with its Enable. */
  | { kind: "enable"; programs: ProgramAnnouncement[] }
  /** A solar-only option: what the same programs would pay were the reference battery added. */
  | { kind: "with-battery"; battery: string; programs: ProgramAnnouncement[] };

/**
 * The battery a solar-only option is priced against: one Tesla Powerwall 3, the most common residential battery,
 * from the equipment catalog (its sourced datasheet figures), at the option's own backup reserve.
 */
export const REFERENCE_BATTERY = teslaPowerwall3;

/** "one Tesla Powerwall 3 (13.5 kWh, 11.5 kW)": how the with-battery line names the battery it assumed. */
export const REFERENCE_BATTERY_TEXT = `one ${REFERENCE_BATTERY.manufacturer} ${REFERENCE_BATTERY.model} (${formatKwh(REFERENCE_BATTERY.usableKwh)}, ${formatKw(REFERENCE_BATTERY.continuousKw)})`;

/**
 * The catalog has no prices, and a share-of-cost cap (CT-ESS: half the battery's installed cost) would read a
 * solar-only option's $0 battery as $0 upfront. So the reference battery is priced above any such cap, and its
 * upfront line says "up to": the most the program pays for that battery, whatever it ends up costing.
 */
const PRICE_ABOVE_ANY_COST_CAP_CENTS = 10_000_000;

/** The option with the reference battery in place of none. */
function withReferenceBattery(option: StoredOption): StoredOption {
  return {
    ...option,
    batteryCount: 1,
    batteryCapacityKwh: REFERENCE_BATTERY.usableKwh,
    batteryPowerKw: REFERENCE_BATTERY.continuousKw,
    batteryCostCents: PRICE_ABOVE_ANY_COST_CAP_CENTS,
  };
}

/** One program's line, or null when it would add nothing (an announcement of $0 is noise). */
function announce(result: OptionEvaluation["programs"][number], isUpToCap: boolean): ProgramAnnouncement | null {
  // A program an exclusion set aside in the all-on run still carries what it would pay were it counted.
  const benefit = result.benefitIfCounted ?? result;
  const upfront = benefit.upfrontCents > 0 ? `${isUpToCap ? "up to " : ""}−${formatMoney(benefit.upfrontCents)} upfront` : null;
  const yearlyAmounts = describeYearlyAmounts(benefit.annualCents);
  // The contractor route's yearly payments lower the price instead of reaching the homeowner: the line says so.
  const yearly = yearlyAmounts === null ? null : `+${yearlyAmounts}${result.payee?.annual === "contractor" ? " to the installer" : ""}`;
  if (upfront === null && yearly === null) return null;
  return { id: result.id, shortName: result.shortName, upfront, yearly, text: `${result.shortName}: ${[upfront, yearly].filter(Boolean).join(", ")}` };
}

/**
 * From the all-programs-on run: each program eligible for the option, with valid inputs, that the option has not
 * switched on. `isOn` reads the option's own rows, since in that run every program is on.
 */
export function announcementsFrom(preview: OptionEvaluation, isOn: (programId: string) => boolean, { isUpToCap = false } = {}): ProgramAnnouncement[] {
  return preview.programs.flatMap((result) => {
    if (!result.isKnown || !result.eligible || result.inputIssues.length > 0 || isOn(result.id)) return [];
    const line = announce(result, isUpToCap);
    return line === null ? [] : [line];
  });
}

/**
 * The option's announcements: one engine run, no database (none at all when the page already has the all-on
 * `preview` of this option). Commercial projects and states without programs get none.
 */
export function announcePrograms(option: StoredOption, { proposalDate, preview }: { proposalDate?: string; preview?: OptionEvaluation } = {}): ProgramAnnouncements {
  if (!hasBattery(option)) {
    const withBattery = previewStatePrograms(withReferenceBattery(option), { proposalDate });
    return { kind: "with-battery", battery: REFERENCE_BATTERY_TEXT, programs: announcementsFrom(withBattery, () => false, { isUpToCap: true }) };
  }
  const enabled = new Set(option.programs.filter((row) => row.enabled).map((row) => row.programId));
  return { kind: "enable", programs: announcementsFrom(preview ?? previewStatePrograms(option, { proposalDate }), (id) => enabled.has(id)) };
}
