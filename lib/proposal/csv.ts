/**
 * A proposal as CSV, from its proposal view: the pricing table first (system price, each upfront incentive, net
 * price: the year-0 lines, which sum to the net price), then the savings breakdown with a year-0 row whose
 * cumulative cash flow is minus the net price, so its cumulative column is the cash-flow chart's series, year 0
 * included; then the ways to pay, then the monthly bills. A live option and a frozen version are written the same
 * way; each from its own view.
 */
import { csvCents, csvDocument, csvInteger, type CsvCell } from "../core/csv/writer";
import type { BillCells } from "./bills-view";
import { savingsCsvRows } from "./savings-table";
import type { ProposalView } from "./view";

export function proposalCsv(view: ProposalView): string {
  const { pricing, savings } = view;
  const price: CsvCell[][] = [
    ["Year 0", "Amount"],
    ["System price", csvCents(pricing.grossCents)],
    ...pricing.upfrontLines.map((line): CsvCell[] => [line.label, csvCents(line.cents)]),
    ["Net price", csvCents(pricing.netCents)],
  ];
  const [header, ...years] = savingsCsvRows(savings);
  const yearZero: CsvCell[] = [csvInteger(0), ...savings.columns.map(() => null), null, csvCents(-pricing.netCents)];
  return csvDocument([...price, [], header!, yearZero, ...years, ...financingBlock(view), ...billsBlock(view)]);
}

/**
 * With usage and rates, the year-1 electric bills by month, to the cent, as the proposal's table shows them: usage,
 * each bill, and the savings (without solar minus the last bill). Rows start with the month's name, and the total
 * row with "Whole year", so no reader of the blocks above mistakes them for a year or a way to pay.
 */
function billsBlock(view: ProposalView): CsvCell[][] {
  const { bills } = view;
  if (!bills) return [];
  const row = (label: string, cells: BillCells): CsvCell[] => [label, csvInteger(cells.usageKwh), ...cells.cents.map(csvCents), csvCents(cells.savingsCents)];
  return [
    [],
    ["Month", "Usage (kWh)", ...bills.columns.map((column) => `Bill ${column.label.toLowerCase()}`), "Bill savings"],
    ...bills.months.map((month) => row(month.month, month)),
    row("Whole year", bills.year),
  ];
}

/**
 * With financing offered, a third block: each way to pay by year (year 0 = at signing), with Grid Services: the
 * payment, the homeowner's net cash flow and its running total. Rows start with the way's name, so a reader of the
 * savings block (rows that start with a year) never mistakes them for its own.
 */
function financingBlock(view: ProposalView): CsvCell[][] {
  const { choices } = view.financing;
  if (choices.length < 2) return [];
  const rows: CsvCell[][] = [[], ["Way to pay", "Year", "Payment", "Net cash flow", "Cumulative cash flow"]];
  for (const choice of choices) {
    const figures = choice.raw.withGridServices;
    figures.netCashFlowCents.forEach((net, year) => {
      rows.push([choice.label, csvInteger(year), csvCents(figures.paymentsCents[year] ?? 0), csvCents(net), csvCents(figures.cumulativeCents[year] ?? 0)]);
    });
  }
  return rows;
}

/** A download's file name from the customer and the design, without characters a file system may refuse. */
export function csvFileName(view: ProposalView, suffix: string): string {
  return `${view.customer.name} - ${view.name} - ${suffix}`.replace(/[^\w .-]+/g, "").trim() || suffix;
}
