/**
 * A proposal as CSV, from its proposal view: the pricing table first (system price, each upfront incentive, net
 * price: the year-0 lines, which sum to the net price), then the savings breakdown with a year-0 row whose
 * cumulative cash flow is minus the net price, so its cumulative column is the cash-flow chart's series, year 0
 * included. A live option and a frozen version are written the same way; each from its own view.
 */
import { csvCents, csvDocument, csvInteger, type CsvCell } from "../core/csv/writer";
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
  return csvDocument([...price, [], header!, yearZero, ...years]);
}

/** A download's file name from the customer and the design, without characters a file system may refuse. */
export function csvFileName(view: ProposalView, suffix: string): string {
  return `${view.customer.name} - ${view.name} - ${suffix}`.replace(/[^\w .-]+/g, "").trim() || suffix;
}
