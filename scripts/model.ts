/**
 * JSON command line: `npm run -s model -- FILE` (or `-` for standard input).
 * Prints the evaluation as JSON on standard output. Invalid input: exit code 2 and one line per
 * bad field on standard error, never a stack trace. The logic lives in lib/finance/model-request.ts.
 */
import { readFileSync } from "node:fs";
import { formatModelJson, runModel } from "../lib/core/finance/model-request";

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

  const run = runModel(text);
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
