/**
 * The one CSV writer of Gridfolio: every CSV the app sends is built from these cells (today the savings breakdown,
 * lib/proposal/savings-table). Anything else that writes CSV should use it too, never join strings itself.
 *
 * CSV formula injection (OWASP): a spreadsheet opening the file runs a cell that starts with =, +, -, @, a tab or a
 * carriage return as a formula, so a custom incentive named `=HYPERLINK("http://evil","x")` became a live link in
 * the customer's copy of the savings table. A TEXT cell starting with one of those gets a single quote in front (the
 * spreadsheet then shows it as text) and is quoted.
 *
 * Numbers are their own kind of cell, and only our code makes them (csvCents, csvInteger), from numbers, never from
 * typed text: -1234.56 stays a number the customer can sum, while a text cell "-1234.56" (say, an incentive named
 * so) is neutralized like any other text. Deciding by where a cell comes from, not by what it looks like, keeps a
 * user's "-5 = refund" from passing as a number and our own negative cash flow from turning into text.
 */
import { formatCentsAsDecimal, type Cents } from "../money";

/** A number our code wrote, as plain decimal text: only csvCents and csvInteger make one. */
export type CsvNumber = { readonly csvNumber: string };

/** A cell: text (labels, names a person typed), a number of ours, or empty. */
export type CsvCell = string | CsvNumber | null;

/** The first characters a spreadsheet reads as the start of a formula (OWASP, CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Cells with one of these are quoted: the separator, the quote, line breaks, and ";" (the separator of many locales). */
const NEEDS_QUOTES = /[",;\r\n]/;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Cents as dollars with two decimals, built from the integer as the page shows them: -123456 → -1234.56. */
export function csvCents(cents: Cents): CsvNumber {
  if (!Number.isFinite(cents)) throw new Error(`csvCents: ${cents} is not an amount`);
  return { csvNumber: formatCentsAsDecimal(cents) };
}

/** A whole number: a year, a count. */
export function csvInteger(value: number): CsvNumber {
  if (!Number.isSafeInteger(value)) throw new Error(`csvInteger: ${value} is not a whole number`);
  return { csvNumber: String(value === 0 ? 0 : value) };
}

/** One cell as it goes in the file: numbers as they are, text neutralized and quoted as needed. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell !== "string") {
    // Only the two builders above make numbers; this guards against a hand-made { csvNumber: "=1+1" }.
    if (!PLAIN_NUMBER.test(cell.csvNumber)) throw new Error(`csvCell: ${JSON.stringify(cell.csvNumber)} is not a plain number`);
    return cell.csvNumber;
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return text !== cell || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole file: rows ended by CRLF (RFC 4180), the last one too. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${csvRow(row)}\r\n`).join("");
}
