/**
 * What keeping the system running costs over the horizon: replacing the battery and the inverter when their warranty
 * runs out, and O&M with its own escalator (docs/financing.md, "Replacements and O&M").
 *
 *   a component with a warranty of L years is replaced at the start of year L + 1, then every L years, while the
 *   year is within the horizon; each replacement costs today's price × (1 + cost escalator)^(year − 1)
 *   O&M in year y = year-1 O&M × (1 + O&M escalator)^(y − 1)
 *
 * No salvage value is counted at the end of the horizon (as NREL SAM's residential model, a replacement late in the
 * horizon is counted in full). The replacement price is the installer's input: no published price list fits every
 * battery, so Gridfolio assumes none (a replacement without a price is stated and not counted).
 */
import { formatPercent, formatUsd } from "../money/format";
import type { Cents } from "../money/round";
import { escalatedByYear } from "./escalation";

export type ReplaceableComponent = "battery" | "inverter";

/** The warranty term a replacement year defaults to, with its source (docs/financing.md, "Defaults"). */
export interface WarrantyDefault {
  component: ReplaceableComponent;
  years: number;
  sourceTitle: string;
  sourceUrl: string;
  checkedOn: string;
  notes: string;
}

// Sources, checked 2026-12-03:
// - Battery: Tesla's Powerwall warranty is 10 years (EnergySage's review of the warranty document); 10 years is also
//   the battery warranty the programs' default paid seasons assume (lib/core/programs/connected-solutions-ma).
// - Inverter: SolarEdge's limited product warranty gives its inverters 12 years (the warranty document); string
//   inverters of other makers commonly carry 10. Microinverters carry 25 and are not replaced within the horizon:
//   the installer then turns the inverter replacement off.
export const WARRANTY_DEFAULTS: Readonly<Record<ReplaceableComponent, WarrantyDefault>> = {
  battery: {
    component: "battery",
    years: 10,
    sourceTitle: "EnergySage: Tesla Powerwall warranty (review of the warranty document)",
    sourceUrl: "https://www.energysage.com/energy-storage/battery-warranties-overview/tesla-powerwall-warranty/",
    checkedOn: "2026-12-03",
    notes: "10-year warranty, unlimited cycles (retention floor per the manufacturer's document, not read here). Other batteries differ: enter the battery's own warranty.",
  },
  inverter: {
    component: "inverter",
    years: 12,
    sourceTitle: "SolarEdge Technologies: Limited Product Warranty (inverters 12 years)",
    sourceUrl: "https://www.manualshelf.com/manual/solaredge/7-6kw/warranty-english.html",
    checkedOn: "2026-12-03",
    notes: "A copy of SolarEdge's warranty document: inverters 12 years (7 in some countries), power optimizers 25. Many string inverters carry 10 years; microinverters 25 (no replacement within 25 years).",
  },
};

export interface ReplacementInput {
  component: ReplaceableComponent;
  /** Today's price of the replacement, installed. 0: stated, not counted. */
  costCents: Cents;
  /** Warranty term; default WARRANTY_DEFAULTS[component].years. */
  warrantyYears?: number;
  /** Replace again every warranty term after the first (default true). */
  repeats?: boolean;
  /** Yearly change of the replacement's price, a fraction (default 0: today's price). */
  costEscalator?: number;
}

export interface OmInput {
  /** Year-1 O&M cost. */
  yearlyCents: Cents;
  /** Its own yearly rise, a fraction (0.025 = 2.5 %). */
  escalator: number;
}

export interface LifecycleCosts {
  /** Replacements by project year (index 0 = year 1), every component together. */
  replacementCents: Cents[];
  omCents: Cents[];
  /** Replacements + O&M by year. */
  totalCents: Cents[];
  /** Project years in which each component is replaced. */
  replacementYears: { component: ReplaceableComponent; years: number[] }[];
  explanation: string[];
}

export interface LifecycleInput {
  years: number;
  replacements: readonly ReplacementInput[];
  om?: OmInput | null;
}

/** Project years in which a component with `warrantyYears` is replaced within `horizon`. */
export function replacementYears(warrantyYears: number, horizon: number, repeats: boolean): number[] {
  const years: number[] = [];
  if (warrantyYears < 1) return years;
  for (let year = warrantyYears + 1; year <= horizon; year += warrantyYears) {
    years.push(year);
    if (!repeats) break;
  }
  return years;
}

export function lifecycleCosts(input: LifecycleInput): LifecycleCosts {
  const { years } = input;
  const replacementCents = new Array<Cents>(years).fill(0);
  const explanation: string[] = [];
  const scheduled: LifecycleCosts["replacementYears"] = [];
  for (const replacement of input.replacements) {
    const warranty = replacement.warrantyYears ?? WARRANTY_DEFAULTS[replacement.component].years;
    const when = replacementYears(warranty, years, replacement.repeats ?? true);
    const name = replacement.component === "battery" ? "Battery" : "Inverter";
    const warrantySource = replacement.warrantyYears === undefined ? ` (default: ${WARRANTY_DEFAULTS[replacement.component].sourceTitle})` : "";
    if (when.length === 0) {
      explanation.push(`${name}: its ${warranty}-year warranty outlasts the ${years}-year horizon, so no replacement is counted.`);
      scheduled.push({ component: replacement.component, years: [] });
      continue;
    }
    if (replacement.costCents === 0) {
      explanation.push(`${name}: due for replacement in year ${when.join(", ")} after its ${warranty}-year warranty${warrantySource}, but no price is entered, so nothing is counted.`);
      scheduled.push({ component: replacement.component, years: [] });
      continue;
    }
    const escalator = replacement.costEscalator ?? 0;
    const priceByYear = escalatedByYear(replacement.costCents, years, escalator);
    const parts: string[] = [];
    for (const year of when) {
      const cents = priceByYear[year - 1] ?? 0;
      replacementCents[year - 1] = (replacementCents[year - 1] ?? 0) + cents;
      parts.push(`year ${year}: ${formatUsd(cents)}`);
    }
    explanation.push(
      `${name}: replaced after its ${warranty}-year warranty${warrantySource}, ${parts.join("; ")}` +
        (escalator === 0 ? " (today's price)." : ` (today's ${formatUsd(replacement.costCents)}, rising ${formatPercent(escalator, 2)} a year).`),
    );
    scheduled.push({ component: replacement.component, years: when });
  }

  const om = input.om ?? null;
  const omCents = om === null ? new Array<Cents>(years).fill(0) : escalatedByYear(om.yearlyCents, years, om.escalator);
  if (om !== null && om.yearlyCents > 0) {
    explanation.push(
      om.escalator === 0
        ? `O&M: ${formatUsd(om.yearlyCents)} a year.`
        : `O&M: ${formatUsd(om.yearlyCents)} in year 1, rising ${formatPercent(om.escalator, 2)} a year (${formatUsd(omCents[years - 1] ?? 0)} in year ${years}).`,
    );
  }
  const totalCents = new Array<Cents>(years);
  for (let index = 0; index < years; index++) totalCents[index] = (replacementCents[index] ?? 0) + (omCents[index] ?? 0);
  return { replacementCents, omCents, totalCents, replacementYears: scheduled, explanation };
}
