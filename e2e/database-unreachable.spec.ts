import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";

/**
 * A second production server from the same build, pointed at a PostgreSQL that is not there:
 * every page says the database is not reachable, nothing shows a stack trace.
 */
const port = 3199;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;

test.beforeAll(async () => {
  const root = path.resolve(import.meta.dirname, "..");
  server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: ".next-e2e", PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: "postgresql://gridfolio:secret-password@127.0.0.1:1/gridfolio", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      await fetch(`${base}/programs`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error("the second server did not start");
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("an unreachable database gives a page that says so, not a stack trace", async ({ page }) => {
  for (const route of ["/projects", "/projects/demo-project-ct-eversource", "/projects/demo-project-ct-eversource/options/demo-option-ct-eversource-a/proposal"]) {
    await page.goto(`${base}${route}`);
    await expect(page.getByRole("heading", { name: "The database is not reachable" })).toBeVisible();
    const text = await page.locator("main").innerText();
    expect(text).not.toMatch(/secret-password|ECONNREFUSED|at .*\.js:\d+|Prisma/);
  }
  await expectAccessible(page);
  await keepScreenshot(page, "database-unreachable");

  const health = await fetch(`${base}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ ok: false, reason: "The database is not reachable." });

  // Every page checks the session in the database first, so even a form page says so (the actions' own answer
  // to an unreachable database is tested in tests/actions/unreachable-database.test.ts); the catalog still works.
  await page.goto(`${base}/projects/new`);
  await expect(page.getByRole("heading", { name: "The database is not reachable" })).toBeVisible();
  await page.goto(`${base}/programs`);
  await expect(page.getByRole("heading", { level: 1, name: "Grid Services programs" })).toBeVisible();
});
