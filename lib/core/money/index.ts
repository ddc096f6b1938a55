export { type Cents, roundCents, dollarsToCents, centsToDollars, sumCents } from "./round";
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
