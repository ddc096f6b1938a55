/**
 * The shipped residential tariffs of the demo utilities, as versioned data (types.ts), and the flat form for any
 * other utility (tariff.ts `flatTariff`). One line per tariff version.
 */
import { EVERSOURCE_CT_RATE_1 } from "./eversource-ct-rate-1";
import { EVERSOURCE_CT_RATE_1_2026_07 } from "./eversource-ct-rate-1-2026-07";
import { EVERSOURCE_MA_R1 } from "./eversource-ma-r1";
import { NATIONAL_GRID_MA_R1 } from "./national-grid-ma-r1";
import { NATIONAL_GRID_MA_R1_2026_04 } from "./national-grid-ma-r1-2026-04";
import { PGE_E_ELEC } from "./pge-e-elec";
import { PGE_E_TOU_C } from "./pge-e-tou-c";
import { RIE_A16 } from "./rie-a16";
import { SCE_TOU_D_4_9PM } from "./sce-tou-d-4-9pm";
import { SCE_TOU_D_4_9PM_2026_06 } from "./sce-tou-d-4-9pm-2026-06";
import { SDGE_TOU_DR1 } from "./sdge-tou-dr1";
import { SDGE_TOU_DR1_2026_06 } from "./sdge-tou-dr1-2026-06";
import type { TariffVersion } from "./types";
import { UI_RATE_R } from "./ui-rate-r";

export type { TariffVersion, TariffSourceFigure } from "./types";
export { CT_RRES_2026_SOURCES, CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH, CT_RRES_BUY_ALL_TERM_YEARS, CT_RRES_NETTING_SOLAR_ENERGY_ADJUSTMENT_2026_DOLLARS_PER_KWH } from "./ct-rres";

export const TARIFF_VERSIONS: readonly TariffVersion[] = [
  PGE_E_TOU_C,
  PGE_E_ELEC,
  SCE_TOU_D_4_9PM,
  SCE_TOU_D_4_9PM_2026_06,
  SDGE_TOU_DR1,
  SDGE_TOU_DR1_2026_06,
  EVERSOURCE_CT_RATE_1,
  EVERSOURCE_CT_RATE_1_2026_07,
  UI_RATE_R,
  EVERSOURCE_MA_R1,
  NATIONAL_GRID_MA_R1,
  NATIONAL_GRID_MA_R1_2026_04,
  RIE_A16,
];

/** A tariff version by its id ("pge-e-tou-c/2026-03"), or undefined. */
export function getTariffVersion(id: string): TariffVersion | undefined {
  return TARIFF_VERSIONS.find((version) => version.id === id);
}

/** The version of a tariff in force on a date: the latest whose effective date is on or before it (else the earliest). */
export function tariffInForce(tariffId: string, isoDate: string): TariffVersion | undefined {
  const versions = TARIFF_VERSIONS.filter((version) => version.tariffId === tariffId).sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return versions.filter((version) => version.effectiveDate <= isoDate).pop() ?? versions[0];
}

const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * The tariffs for a project's utility and state (utility matched by prefix, ignoring case and punctuation, on the
 * name and its aliases, as programs match utilities), one entry per tariff (its latest version).
 */
export function tariffsForUtility(utility: string, state: string): TariffVersion[] {
  const wanted = normalize(utility);
  if (wanted === "") return [];
  const matches = TARIFF_VERSIONS.filter(
    (version) => version.state === state && [version.utility, ...version.utilityAliases].some((name) => normalize(name).startsWith(wanted) || wanted.startsWith(normalize(name))),
  );
  const latest = new Map<string, TariffVersion>();
  for (const version of matches) {
    const current = latest.get(version.tariffId);
    if (!current || current.effectiveDate < version.effectiveDate) latest.set(version.tariffId, version);
  }
  return [...latest.values()];
}
