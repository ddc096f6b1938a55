import Papa from "papaparse";

/** A CSV file's cells as a spreadsheet reads them (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: ",", newline: "\r\n", skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`Not a CSV file: ${parsed.errors[0]!.message}`);
  return parsed.data;
}
