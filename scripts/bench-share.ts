/**
 * npm run bench:share — the customer link's server response time against the framework's own floor. Builds and
 * starts the production server on a fresh embedded database with the demo data, signs in as the demo owner to
 * create a customer link to the demo proposal version, then times, signed out as a homeowner is:
 *   (a) the customer link (/share/<token>): the whole branded proposal, rendered per request;
 *   (b) the floor bench:ui prints: a page rendered per request that reads nothing (/projects/not-an-id!, a 404),
 *       with the installer's session cookie, as bench:ui sends it;
 *   (c) the same floor on the customer's own frame: /share/ with a malformed token (a 404 before any query).
 * Prints the medians and the ratio (a)/(b); target under 2. A script that prints numbers, not a timed test.
 */
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { DEMO_VERSION_ID } from "../prisma/seed";
import { signInAsDemoOwner } from "./support/demo-session";
import { startProductionServer, waitForServer } from "./support/production-server";
import { formatMs, percentile } from "./support/stats";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3500);
const base = `http://127.0.0.1:${port}`;
const requests = Number(process.env.BENCH_REQUESTS ?? 60);
const warmup = 5;

async function timeRequest(url: string, cookie: string | null, expectedStatus: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== expectedStatus) throw new Error(`${url} answered ${response.status}, not ${expectedStatus}`);
  return performance.now() - started;
}

async function createCustomerLink(installer: BrowserContext): Promise<string> {
  const page = await installer.newPage();
  await page.goto(`${base}/projects/demo-project-ct-eversource/versions/${DEMO_VERSION_ID}`);
  await page.getByRole("button", { name: "Create customer link" }).click();
  const link = await page.getByLabel("Customer link").inputValue();
  await page.close();
  // The link names APP_URL; the benchmark talks to this server directly.
  return new URL(new URL(link).pathname, base).toString();
}

async function main() {
  const stop = startProductionServer({ E2E_PORT: String(port), E2E_PGLITE_DIR: path.join(root, ".data", "bench-share-pglite"), APP_URL: base });
  try {
    console.log("Building and starting the production server on the embedded database…");
    await waitForServer(`${base}/api/health`, 600_000);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    const { context, cookie } = await signInAsDemoOwner(browser, base);
    const shareUrl = await createCustomerLink(context);
    await browser.close();

    const targets = [
      { label: "customer link", url: shareUrl, cookie: null, status: 200 },
      { label: "floor (bench:ui)", url: `${base}/projects/not-an-id!`, cookie, status: 404 },
      { label: "customer frame floor", url: `${base}/share/not-a-token`, cookie: null, status: 404 },
    ] as const;
    // Paired rounds, one request of each in turn: a shared machine's speed drifts over a run, and timing all of one
    // before all of the next would put that drift into the ratio. The first rounds warm the caches.
    const times: number[][] = targets.map(() => []);
    for (let round = 0; round < requests + warmup; round++) {
      for (const [index, target] of targets.entries()) {
        const elapsed = await timeRequest(target.url, target.cookie, target.status);
        if (round >= warmup) times[index]!.push(elapsed);
      }
    }
    const [share, floor, customerFloor] = times.map((values) => ({ p50: percentile(values, 50), p95: percentile(values, 95) }));
    console.log(`\n(a) customer link (/share/<token>), ${requests} requests:        p50 ${formatMs(share!.p50)}, p95 ${formatMs(share!.p95)}`);
    console.log(`(b) per-request floor, a 404 that reads nothing (as bench:ui): p50 ${formatMs(floor!.p50)}, p95 ${formatMs(floor!.p95)}`);
    console.log(`(c) the same on the customer's frame (/share/<bad token>):   p50 ${formatMs(customerFloor!.p50)}, p95 ${formatMs(customerFloor!.p95)}`);
    const ratio = share!.p50 / floor!.p50;
    console.log(`    ratio (a)/(b) p50: ${ratio.toFixed(2)}   (target < 2: ${ratio < 2 ? "met" : "NOT met"}); (a)/(c) p50: ${(share!.p50 / customerFloor!.p50).toFixed(2)}`);
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
