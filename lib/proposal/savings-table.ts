import { csvCents, csvDocument, csvInteger, type CsvCell } from "../core/csv/writer";
import type { Financials } from "../core/finance";
import type { Cents } from "../core/money";

export type SavingsColumn = { key: string; label: string };
export type SavingsRow = { label: string; year: number | null; cells: Cents[]; totalCents: Cents; cumulativeCents: Cents | null };

export type SavingsTable = {
  columns: SavingsColumn[];
  rows: SavingsRow[];
  tenYear: SavingsRow;
  lifetime: SavingsRow;
};

const sum = (values: readonly Cents[]) => values.reduce((total, value) => total + value, 0);

/** The column of what keeping the system running costs: O&M and battery and inverter replacements, as negatives. */
export const UPKEEP_COLUMN: SavingsColumn = { key: "upkeep", label: "Upkeep and replacements" };

/**
 * The year-by-year savings breakdown: bill savings, each program's annual benefit (zero past its term),
 * upkeep (O&M and replacements) as a negative column when any year has a cost, the total and the cumulative cash
 * flow; with ten-year and lifetime totals summed from the same integer cents, so every total equals the sum of its rows.
 */
export function buildSavingsTable(financials: Financials): SavingsTable {
  const hasUpkeep = financials.upkeepCents.some((value) => value !== 0);
  const columns: SavingsColumn[] = [
    { key: "bill", label: "Bill savings" },
    ...financials.programAnnualCents.map((stream) => ({ key: stream.id, label: stream.name })),
    ...(hasUpkeep ? [UPKEEP_COLUMN] : []),
  ];
  const series: Cents[][] = [
    financials.billSavingsCents,
    ...financials.programAnnualCents.map((stream) => stream.cents),
    // A year without upkeep is 0, not −0 (which would print as "−$0.00").
    ...(hasUpkeep ? [financials.upkeepCents.map((value) => (value === 0 ? 0 : -value))] : []),
  ];
  const rows: SavingsRow[] = financials.annualSavingsCents.map((totalCents, index) => ({
    label: `Year ${index + 1}`,
    year: index + 1,
    cells: series.map((values) => values[index] ?? 0),
    totalCents,
    cumulativeCents: financials.cumulativeCashFlowCents[index + 1] ?? null,
  }));
  const totalOver = (label: string, years: number): SavingsRow => ({
    label,
    year: null,
    cells: series.map((values) => sum(values.slice(0, years))),
    totalCents: sum(financials.annualSavingsCents.slice(0, years)),
    cumulativeCents: null,
  });
  return {
    columns,
    rows,
    tenYear: totalOver("First 10 years", Math.min(10, financials.years)),
    lifetime: totalOver(`Lifetime (${financials.years} years)`, financials.years),
  };
}

/**
 * The savings breakdown as CSV: dollars with two decimals, the same cents the page shows. Column labels include
 * custom incentive names a person typed: they are text cells, neutralized by lib/csv/writer if they look like a
 * formula; the figures are number cells and stay numbers, negative ones included.
 */
export function savingsTableToCsv(table: SavingsTable): string {
  return csvDocument(savingsCsvRows(table));
}

/** The savings breakdown's CSV rows: its header, one row per year, the ten-year and lifetime totals. */
export function savingsCsvRows(table: SavingsTable): CsvCell[][] {
  const header: CsvCell[] = ["Year", ...table.columns.map((column) => column.label), "Total", "Cumulative cash flow"];
  const line = (row: SavingsRow): CsvCell[] => [
    row.year === null ? row.label : csvInteger(row.year),
    ...row.cells.map(csvCents),
    csvCents(row.totalCents),
    row.cumulativeCents === null ? null : csvCents(row.cumulativeCents),
  ];
  return [header, ...table.rows.map(line), line(table.tenYear), line(table.lifetime)];
}
