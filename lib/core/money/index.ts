export { type Cents, roundCents, roundToPlaces, roundKw, roundKwh, roundShare, dollarsToCents, centsToDollars, sumCents } from "./round";
export {
  type FormatUsdOptions,
  NOT_A_NUMBER,
  formatUsd,
  formatUsdCompact,
  formatCentsAsDecimal,
  formatNumber,
  formatKw,
  formatKwh,
  formatPercent,
  formatUsdPer,
} from "./format";
