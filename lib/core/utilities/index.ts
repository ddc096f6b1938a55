/**
 * Utilities by state and the net metering framework a project starts with, as sourced data (docs/utilities.md). Pure:
 * the project form, the validation and the data layer read it.
 */
export { SERVED_STATES, type NetMeteringRule, type ServedState, type Utility, type UtilityKind, type UtilitySource } from "./types";
export { SOURCES, getSource, type SourceId } from "./sources";
export { UTILITIES, getUtility, isServedState, utilitiesFor } from "./catalog";
export { matchUtility, nameTokens } from "./match";
export { listedUtilityNamed } from "./list-choice";
export {
  CA_NBT_FIRST_APPLICATION_DAY,
  CT_RRES_LAST_DAY,
  CT_RRES_START_DAY,
  defaultTariffFramework,
  type Framework,
  type TariffFrameworkDefault,
  type TariffFrameworkQuery,
} from "./tariff-framework";
