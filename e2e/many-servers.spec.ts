/**
 * Two production app servers side by side on one PostgreSQL, serving the same signed-in user: a session begun on
 * one continues on the other, a change made through one is seen through the other, a sign-out on one ends the
 * session on both, and the sign-in limit counts attempts made on both. Nothing lives in one server's memory.
 *
 * Needs the throwaway PostgreSQL of scripts/with-postgres.sh (TEST_DATABASE_URL; `npm test` provides it).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createTestDb, type TestDb } from "../tests/support/test-db";
import { seedDemoData } from "../prisma/seed";
import { signInAs } from "./support/accounts";

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: "serial" });

const ports = [3201, 3202] as const;
const [serverA, serverB] = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];
const servers: ChildProcess[] = [];
let database: TestDb;

async function waitUntilUp(base: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${base} did not start`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  if (!process.env.TEST_DATABASE_URL) throw new Error("This spec needs PostgreSQL: run it through scripts/with-postgres.sh (npm test does).");
  database = await createTestDb({ kind: "postgresql" });
  await seedDemoData(database.db);
  const root = path.resolve(import.meta.dirname, "..");
  for (const port of ports) {
    const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
      cwd: root,
      env: {
        ...process.env,
        NEXT_DIST_DIR: ".next-e2e",
        PORT: String(port),
        HOST: "127.0.0.1",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: database.url!,
        APP_URL: `http://127.0.0.1:${port}`,
        // The one thing both servers must share besides the database: the key that signs session cookies.
        BETTER_AUTH_SECRET: "many-servers-secret-0123456789abcdefghij",
      },
      stdio: "ignore",
    });
    servers.push(server);
  }
  await Promise.all([serverA, serverB].map(waitUntilUp));
});

test.afterAll(async () => {
  for (const server of servers) server.kill("SIGTERM");
  await database?.cleanup();
});

async function projectsHeading(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
}

test("a session begun on one server continues on the other, and a change through one is seen through the other", async ({ page }) => {
  await page.goto(`${serverA}/sign-in`);
  await page.getByLabel("Email").fill("demo@gridfolio.test");
  await page.getByLabel("Password").fill("gridfolio-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await projectsHeading(page);

  // Cookies belong to the host, not the port: the browser sends the same session to server B.
  await page.goto(`${serverB}/projects`);
  await projectsHeading(page);
  await expect(page.getByText("Mark and Jennifer Kowalski").first()).toBeVisible();

  await page.goto(`${serverA}/projects/demo-project-ct-eversource/edit`);
  await page.getByLabel("Customer name").fill("Jennifer Kowalski");
  await page.getByRole("button", { name: "Save project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jennifer Kowalski" })).toBeVisible();

  await page.goto(`${serverB}/projects/demo-project-ct-eversource`);
  await expect(page.getByRole("heading", { level: 1, name: "Jennifer Kowalski" })).toBeVisible();
  await expect(page.getByText("Dana Whitfield changed the project: customer “Mark and Jennifer Kowalski” → “Jennifer Kowalski”.")).toBeVisible();

  // Signing out on B ends the session in the database, so A no longer accepts a copy of the cookie either.
  const cookie = (await page.context().cookies()).find((entry) => entry.name.endsWith("session_token"))!;
  const owner = await database.db.user.findUniqueOrThrow({ where: { email: "demo@gridfolio.test" } });
  expect(await database.db.session.count({ where: { userId: owner.id } })).toBe(1);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await database.db.session.count({ where: { userId: owner.id } })).toBe(0);
  await page.context().addCookies([cookie]);
  await page.goto(`${serverA}/projects`);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in to Gridfolio" })).toBeVisible();
});

test("the sign-in limit counts attempts made on both servers", async ({ page }) => {
  const email = "viewer@gridfolio.test";
  const servers = [serverA, serverB, serverA, serverB, serverA];
  for (const [attempt, base] of servers.entries()) {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  // The sixth attempt, on B, is refused even with the right password: A's attempts counted too.
  await page.goto(`${serverB}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("gridfolio-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Too many sign-in attempts\. For your security, wait (a minute|\d+ minutes) and try again/)).toBeVisible();
  // Counted for this account from this machine (lib/auth/rate-limit.ts), in the one database both servers share.
  const counter = await database.db.rateLimitCounter.findUniqueOrThrow({ where: { key: `sign-in:account:${email}:client:127.0.0.1` } });
  expect(counter.count).toBe(6);

  // Another account is not affected.
  await signInAs(page, "demo@gridfolio.test");
});
