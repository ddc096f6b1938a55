const compact = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** Axis ticks: "$14K", "-$30K". */
export function compactUsd(dollars: number): string {
  return Number.isFinite(dollars) ? compact.format(dollars) : "—";
}

export function fullUsd(dollars: number): string {
  return Number.isFinite(dollars) ? whole.format(dollars) : "—";
}
