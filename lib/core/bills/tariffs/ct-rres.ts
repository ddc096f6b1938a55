/**
 * Connecticut's Residential Renewable Energy Solutions (RRES) program, 2026 enrollment year: the figures a proposal
 * needs for its two options, Buy-All (every kWh produced is sold on its own meter at a fixed rate for 20 years) and
 * Netting (exports offset the bill; 2026 enrollees pay a Solar Energy Adjustment on all production).
 *
 * Neither Eversource's nor UI's RRES page, nor PURA's 2026 decision, was readable here. Two third-party pages quote
 * the same 2026 figures, one saying it reads them from Eversource's RRES page (solarprolab.com, "Updated June 2026")
 * and one listing them for both utilities (nuwattenergy.com). They are recorded as third-party readings.
 */
import type { TariffSourceFigure } from "./types";

/** RRES Buy-All rate for projects enrolling in 2026, $/kWh, RECs included, fixed for the 20-year term. */
export const CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH = 0.3289;
export const CT_RRES_BUY_ALL_TERM_YEARS = 20;

/** Solar Energy Adjustment a 2026 Netting enrollee pays on every kWh the system produces, $/kWh (not on Buy-All). */
export const CT_RRES_NETTING_SOLAR_ENERGY_ADJUSTMENT_2026_DOLLARS_PER_KWH = 0.0402;

export const CT_RRES_2026_SOURCES: readonly TariffSourceFigure[] = [
  { what: "RRES Buy-All rate, 2026 enrollments, REC value included (as listed on Eversource's RRES page)", value: "$0.3289/kWh for 20 years", sourceUrl: "https://www.solarprolab.com/ct-rres-buy-all-vs-netting-2026", how: "third party" },
  { what: "RRES Buy-All rate 2026, the same for Eversource and UI; Solar Energy Adjustment on Netting production", value: "$0.3289/kWh; $0.0402/kWh", sourceUrl: "https://nuwattenergy.com/en/connecticut/eversource-vs-ui-solar-rates", how: "third party" },
];
