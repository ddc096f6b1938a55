export * from "./types";
export { programCatalog, getProgram, isProgramId, programsForState, parseProgramInputs, type ProgramId } from "./registry";
export { programExclusions, findExclusion, exclusionsOf, type ProgramExclusion } from "./exclusions";
export {
  checkEligibility,
  isUtilityListed,
  normalizeState,
  type Eligibility,
  type EligibilityFacts,
  type IneligibilityCode,
} from "./eligibility";
export {
  computeAveragePower,
  shareOfEventsServed,
  PARTICIPATION_SHARE,
  DEFAULT_HOME_LOAD_KW,
  type AveragePower,
  type AveragePowerInput,
  type PowerLimit,
} from "./average-power";
export { LATEST_RATES, latestRateVersion, selectRateVersion, type PerformanceInputs } from "./performance-inputs";
export { annualByProjectYear, programYearOf, type Schedule } from "./schedule";
