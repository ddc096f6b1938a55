/**
 * A small CSV reader (RFC 4180: commas, double-quoted fields with "" inside, CRLF or LF line ends, a leading byte
 * order mark). The core may import only zod (lib/architecture.test.ts), so the bill model reads its few CSV inputs
 * (Green Button CSV, PVWatts and two-column production files) with this instead of papaparse.
 */
import { billInputError } from "./errors";

/** Rows of cells. Blank lines are kept as a row with one empty cell, so row numbers match the file's lines. */
export function readCsv(text: string, field: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let inQuotes = false;
  const length = text.length;
  while (index < length) {
    const char = text[index]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        inQuotes = false;
        index++;
        continue;
      }
      cell += char;
      index++;
      continue;
    }
    if (char === '"' && cell.trim() === "") {
      inQuotes = true;
      cell = "";
      index++;
    } else if (char === ",") {
      row.push(cell);
      cell = "";
      index++;
    } else if (char === "\r" || char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += char === "\r" && text[index + 1] === "\n" ? 2 : 1;
    } else {
      cell += char;
      index++;
    }
  }
  if (inQuotes) throw billInputError(field, `The file ends inside a quoted cell (line ${rows.length + 1}): it is cut off or not a CSV file.`);
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.map((cells) => cells.map((value) => value.trim()));
}

/** True for a row with no content (a blank line or only empty cells). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell === "");
}
