export * from "./option-input";
export { evaluateOption, wouldPayIntro } from "./evaluate-option";
export { isBattery } from "./battery";
export { computeFinancials, billSavingsByYear, paybackYears, type CashFlowInput } from "./cash-flow";
export { netPresentValue, internalRateOfReturn } from "./returns";
export { computeCustomIncentive, type CustomIncentiveContext } from "./custom-incentives";
export {
  modelRequestSchema,
  parseModelRequest,
  modelRequestToOptionInput,
  toModelResponse,
  runModel,
  formatModelJson,
  type ModelRequest,
  type ModelResponse,
  type ModelIssue,
  type ModelRun,
  type ParsedModelRequest,
} from "./model-request";
export {
  checkPlausibility,
  checkUpkeep,
  refusals,
  RESIDENTIAL_FIRE_CODE_KWH,
  type PlausibilityFinding,
  type PlausibilityTarget,
  type UpkeepFinding,
  type UpkeepTarget,
} from "./plausibility";
