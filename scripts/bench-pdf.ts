/**
 * npm run bench:pdf — the time to produce one proposal PDF. Builds and starts the production server on a fresh
 * embedded database with the demo data, signs in, then downloads the demo proposal version's PDF (branded, with the
 * demo company's logo): once to start the server's Chromium (reported as the cold start), then RUNS times (default
 * 10). Prints the median and p95; target: median under 1 s.
 */
import path from "node:path";
import { chromium } from "playwright-core";
import { DEMO_VERSION_ID } from "../prisma/seed";
import { signInAsDemoOwner } from "./support/demo-session";
import { startProductionServer, waitForServer } from "./support/production-server";
import { formatSeconds, percentile } from "./support/stats";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://127.0.0.1:${port}`;
const runs = Number(process.env.RUNS ?? 10);

async function main() {
  const stop = startProductionServer({ E2E_PORT: String(port), E2E_PGLITE_DIR: path.join(root, ".data", "bench-pdf-pglite"), APP_URL: base });
  try {
    console.log("Building and starting the production server on the embedded database…");
    await waitForServer(`${base}/api/health`, 600_000);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    const { cookie } = await signInAsDemoOwner(browser, base);
    await browser.close();

    const url = `${base}/projects/demo-project-ct-eversource/versions/${DEMO_VERSION_ID}/pdf`;
    const fetchPdf = async () => {
      const started = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.arrayBuffer();
      if (!response.ok) throw new Error(`The PDF route answered ${response.status}: ${Buffer.from(body).toString("utf8").slice(0, 200)}`);
      return { ms: performance.now() - started, bytes: body.byteLength };
    };
    const cold = await fetchPdf();
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < runs; run++) {
      const result = await fetchPdf();
      times.push(result.ms);
      bytes = result.bytes;
    }
    const median = percentile(times, 50);
    console.log(`\nFirst PDF (starts the server's Chromium): ${formatSeconds(cold.ms)}`);
    console.log(`${runs} PDFs: median ${formatSeconds(median)}, p95 ${formatSeconds(percentile(times, 95))}, ${(bytes / 1024).toFixed(0)} kB each`);
    console.log(`Target: median under 1 s: ${median < 1000 ? "met" : "NOT met"}`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
