/**
 * Physical sanity for one battery unit, shared by the catalog's own checks (catalog.test.ts) and the models an
 * organization adds itself (lib/validation/price-list.ts). A figure outside them is a typo (kW for kWh, 89 for 0.89),
 * not a new product.
 */
export const BATTERY_BOUNDS = {
  /** Usable energy of one unit, kWh: above 0, at most 30. */
  usableKwh: { min: 0, max: 30 },
  /** Continuous power of one unit, kW: above 0, at most 15. */
  continuousKw: { min: 0, max: 15 },
  /** Round trip as a fraction: 0.8 to 0.98. */
  roundTripEfficiency: { min: 0.8, max: 0.98 },
  /** Warranty, years: 5 to 20. */
  warrantyYears: { min: 5, max: 20 },
} as const;
