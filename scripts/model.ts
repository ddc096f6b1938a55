/**
 * JSON command line: `npm run -s model -- FILE` (or `-` for standard input).
 * Prints the evaluation as JSON on standard output. Invalid input: exit code 2 and one line per
 * bad field on standard error, never a stack trace. The logic lives in lib/core/finance/model-request.ts; this script
 * does the I/O, including the files a `bills` block names (usage, production, a URDB rate), read relative to the
 * request file's folder.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { filesNamedIn } from "../lib/core/finance/model-bills";
import { formatModelJson, runModel } from "../lib/core/finance/model-request";

/** A year of 15-minute Green Button XML is about 20 MB; far beyond that is not a usage, production or rate file. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const USAGE = "usage: npm run -s model -- FILE   (FILE is a JSON document, or - for standard input)";

function fail(exitCode: number, lines: string[]): never {
  process.stderr.write(`${lines.join("\n")}\n`);
  process.exit(exitCode);
}

function main(): void {
  const source = process.argv[2];
  if (source === undefined || source === "--help" || source === "-h" || process.argv.length > 3) fail(2, [USAGE]);

  let text: string;
  try {
    text = readFileSync(source === "-" ? 0 : source, "utf8");
  } catch (error) {
    fail(2, [`cannot read ${source === "-" ? "standard input" : source}: ${(error as Error).message}`]);
  }

  // The files the request's bills block names, relative to the request's folder (to the current one for stdin).
  const files = new Map<string, string>();
  const folder = source === "-" ? process.cwd() : path.dirname(path.resolve(source));
  let document: unknown = null;
  try {
    document = JSON.parse(text);
  } catch {
    // runModel reports it, with the parser's message.
  }
  const unread: string[] = [];
  for (const { path: field, file } of filesNamedIn(document)) {
    const resolved = path.resolve(folder, file);
    try {
      if (statSync(resolved).size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      files.set(file, readFileSync(resolved, "utf8"));
    } catch (error) {
      unread.push(`  ${field}: cannot read ${file}: ${(error as Error).message}`);
    }
  }
  if (unread.length > 0) fail(2, ["invalid input:", ...unread]);

  const run = runModel(text, files);
  if (run.exitCode !== 0) {
    fail(2, ["invalid input:", ...run.issues.map((issue) => `  ${issue.path}: ${issue.message}`)]);
  }
  process.stdout.write(`${formatModelJson(run.response)}\n`);
}

try {
  main();
} catch (error) {
  // A bug, not bad input: say so in one line (no stack trace) and use a distinct exit code.
  fail(1, [`internal error: ${error instanceof Error ? error.message : String(error)}`]);
}
