/**
 * The bill model (docs/bills.md): usage, production, tariffs, export rules, battery dispatch and monthly bills, hour
 * by hour over a year. Pure: no database, no React.
 */
export { createCalendar, calendarForDate, monthlyTotals, weekendOrHolidayByHour, type CalendarSpec, type HourlyCalendar } from "./calendar";
export { holidaysOf, type Holiday, type HolidayListId } from "./holidays";
export { hourlyUsageFromMonthly, hourlyUsageFromArray, validateMonthlyKwh, usageShareOfMonth, USAGE_SHAPE, MONTH_NAMES, MAX_MONTHLY_KWH } from "./usage";
export { readGreenButton, type GreenButtonOptions, type GreenButtonReport, type GreenButtonUsage } from "./green-button";
export {
  readPvwattsHourlyCsv,
  readHourlyProductionCsv,
  spreadMonthlyProduction,
  spreadAnnualProduction,
  productionFromArray,
  degradedProduction,
  solarShape,
  type HourlyProduction,
  type ProductionSource,
  type Site,
} from "./production";
export { sunAt, clearSkyShape } from "./sun-position";
export { parseUrdbRate, flatTariff, flatTariffInputSchema, urdbRateSchema, buildSchedule, uniformSchedule, type TariffRate, type TariffTier, type UrdbRate, type FlatTariffInput } from "./tariff";
export { compileTariff, type CompiledTariff } from "./tariff-compile";
export {
  exportRuleSchema,
  parseExportRule,
  describeExportRule,
  flatExportTable,
  readExportRateCsv,
  hourlyExportRates,
  compileExportRule,
  type ExportRule,
  type ExportRuleInput,
  type ExportRateTable,
  type CompiledExportRule,
} from "./export-rules";
export {
  dispatchBattery,
  buildEventSchedule,
  pickEventDays,
  meterFlowsWithoutBattery,
  createDispatchResult,
  type BatteryInput,
  type DispatchOptions,
  type DispatchResult,
  type EventSchedule,
} from "./dispatch";
export { computeYearBill, type BillLine, type MonthlyBill, type YearBill } from "./bill";
export { simulateYear, createYearWorkspace, type YearInput, type YearResult, type UsageInput, type ProductionInput, type YearWorkspace } from "./simulate";
export { TARIFF_VERSIONS, getTariffVersion, tariffInForce, tariffsForUtility, type TariffVersion, type TariffSourceFigure } from "./tariffs";
export { CA_NBT_EXPORT_RATES, type NbtExportRateSource } from "./tariffs/ca-nbt-export-rates";
export {
  usageAndRatesSchema,
  storedUsageSchema,
  storedProductionSchema,
  storedTariffSchema,
  parseUsageAndRates,
  relayHourlyYear,
  type UsageAndRates,
  type UsageAndRatesInput,
  type StoredUsage,
  type StoredProduction,
  type StoredTariff,
} from "./usage-and-rates";
export { optionBills, exportRuleFor, type OptionBills, type OptionBillsInput, type TariffUsed } from "./option-bills";
export { EVENT_PATTERNS, optionEvents, type ProgramEvents, type EventPattern } from "./grid-events";
export { siteForState } from "./sites";
