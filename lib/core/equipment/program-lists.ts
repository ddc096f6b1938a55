/**
 * The eligible-equipment lists this catalog cites, once each, so every model that a list names points at the same
 * dated reference. Checked 2026-12-03 from Gridfolio's build machine, which reads stored copies of public pages:
 *
 * - ConnectedSolutions (Massachusetts): Eversource's battery FAQ carries a table of eligible inverters and batteries
 *   (Enphase Encharge 3 and 10, Tesla Powerwall 2 and Powerwall+, Generac PWRcell with "Generac (EX)" or Panasonic
 *   modules, LG Chem RESU10H on SolarEdge inverters, Sonnen eco and ecoLinx). It predates Powerwall 3 and the
 *   IQ Battery 5P, so it is cited only for the models it names. Mass Save's own ConnectedSolutions page says an
 *   eligible inverter controls the battery but its list was not readable. A Massachusetts installer's 2024 page lists
 *   the approved manufacturers (Enphase, FortressPower, FranklinWH, Generac PWRcell, Sonnen, Sol-Ark, SolarEdge,
 *   SunPower, Tesla): secondary, manufacturer level.
 * - Energy Storage Solutions (Connecticut): the program's FAQ says the list of eligible battery manufacturers is on
 *   https://energystoragect.com/eligible-contractors/ ; its contents could not be read, so no model cites it. A
 *   lessor's help article works a Connecticut example with two Powerwall 3 units: secondary, one model.
 * - ConnectedSolutions (Rhode Island): Rhode Island Energy's page lists "battery implementers", not models, and the
 *   list itself was not readable: no model cites it.
 */
import type { ProgramListing } from "./types";

const CHECKED_ON = "2026-12-03";

type ListReference = Omit<ProgramListing, "listedAs">;

export const EVERSOURCE_MA_ELIGIBLE_MODELS: ListReference = {
  programId: "connected-solutions-ma",
  listTitle: "Eversource: Battery Storage Demand Response Program FAQs (summary of the eligible models)",
  url: "https://author.eversource.com/content/ema-c/residential/save-money-energy/manage-energy-costs-usage/demand-response/battery-storage-demand-response/home-battery-storage-faqs",
  checkedOn: CHECKED_ON,
  isPrimary: true,
};

export const MA_INSTALLER_APPROVED_MANUFACTURERS: ListReference = {
  programId: "connected-solutions-ma",
  listTitle: "Isaksen Solar: What is the ConnectedSolutions program? (batteries approved as of 2024)",
  url: "https://isaksensolar.com/connectedsolutions/",
  checkedOn: CHECKED_ON,
  isPrimary: false,
};

export const CT_ESS_LESSOR_EXAMPLE: ListReference = {
  programId: "ct-ess",
  listTitle: "Palmetto LightReach help: Energy Backup – Connecticut Energy Storage Solutions (ESS)",
  url: "https://help.palmetto.finance/en/articles/14325185-energy-backup-connecticut-energy-storage-solutions-ess",
  checkedOn: CHECKED_ON,
  isPrimary: false,
};

/** A listing of one model (or its manufacturer) on a list above, in the list's own words. */
export function listedOn(list: ListReference, listedAs: string): ProgramListing {
  return { ...list, listedAs };
}
