/**
 * A new option's starting costs from the organization's price list (Prices and equipment): solar by the watt,
 * batteries by the unit, and the adders it includes by default. Integer cents throughout; the one rounding is the
 * solar price, since a system size in kW with decimals times cents per watt can land between cents.
 */
import { roundCents, sumCents, type Cents } from "../money";

export interface PriceAdderDefault {
  name: string;
  amountCents: Cents;
}

/** The price list as a new option's form takes it: plain data, no database shape. */
export interface PriceDefaults {
  /** Installed solar per watt DC: 290 is $2.90/W. */
  solarCentsPerWatt: Cents;
  /** Any battery unit without a price of its own; null: none set. */
  batteryUnitCents: Cents | null;
  /** Prices of catalog batteries and expansions, by catalog id. */
  catalogUnitCents: Readonly<Record<string, Cents>>;
  /** The adders every new option starts with (those marked "include by default"). */
  defaultAdders: readonly PriceAdderDefault[];
}

/** Which battery an option's line is, as far as its price goes. */
export type PricedBattery =
  | { kind: "catalog"; unitId: string; expansionId: string | null; expansions: number }
  | { kind: "own"; unitCents: Cents | null }
  | { kind: "not-listed" };

/** pvKw × 1000 W × cents per watt; null when the size is not a usable number yet (blank, typed halfway, negative). */
export function solarCostCents(pvKw: number, solarCentsPerWatt: Cents): Cents | null {
  if (!Number.isFinite(pvKw) || pvKw < 0) return null;
  return roundCents(pvKw * 1000 * solarCentsPerWatt);
}

/**
 * One installed unit's price: its own price, else the price list's default. A catalog unit with expansions adds
 * each expansion's own price; an expansion has no default (it is storage, not a battery), so without its price the
 * unit cannot be priced and null says so.
 */
export function batteryUnitCents(prices: PriceDefaults, battery: PricedBattery): Cents | null {
  switch (battery.kind) {
    case "not-listed":
      return prices.batteryUnitCents;
    case "own":
      return battery.unitCents ?? prices.batteryUnitCents;
    case "catalog": {
      const unit = prices.catalogUnitCents[battery.unitId] ?? prices.batteryUnitCents;
      if (unit === null || battery.expansions === 0) return unit;
      const expansion = battery.expansionId === null ? undefined : prices.catalogUnitCents[battery.expansionId];
      return expansion === undefined ? null : unit + battery.expansions * expansion;
    }
    default: {
      const unknown: never = battery;
      throw new Error(`Unknown battery kind: ${JSON.stringify(unknown)}`);
    }
  }
}

/** Unit price × count; 0 for no battery; null when the count is not a whole number yet or the unit has no price. */
export function batteryCostCents(prices: PriceDefaults, battery: PricedBattery, count: number): Cents | null {
  if (!Number.isInteger(count) || count < 0) return null;
  if (count === 0) return 0;
  const unit = batteryUnitCents(prices, battery);
  return unit === null ? null : unit * count;
}

/** The default-on adders, summed. */
export function otherCostCents(prices: PriceDefaults): Cents {
  return sumCents(prices.defaultAdders.map((adder) => adder.amountCents));
}
