/**
 * npm run bench:load — 50 signed-in users on the production build with PostgreSQL, for 60 seconds.
 *
 * Starts the production server (scripts/e2e-server.mjs: build, migrate, seed) on a fresh database of the
 * PostgreSQL that scripts/with-postgres.sh started (or BENCH_DATABASE_URL), signs in 50 designers of the demo
 * organization (one session each, through better-auth as the sign-in page does), then drives them with autocannon:
 * each user loads a proposal, then switches a program of that option on or off through the same server action the
 * switch uses, and again, for LOAD_SECONDS (default 60). Prints requests per second, p50/p95/p99 latency and the
 * error count (connection errors, timeouts, non-2xx answers, and switches whose answer was not ok).
 *
 * LOAD_RATE (requests per second across all users) paces the users like people who read what they clicked;
 * without it every user fires the next request the moment the last one answers (the worst case).
 *
 * Then, for LOAD_FLOOR_SECONDS (default 15; 0 skips it), the same users load a signed-in page that reads nothing:
 * the most requests per second this machine serves through Next.js at all, against which the figures above read.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { hashPassword } from "better-auth/crypto";
import { createTestDb } from "../tests/support/test-db";
import { programsForState } from "../lib/core/programs";
import { DEMO_ORGANIZATION } from "../prisma/seed-accounts";
import { startProductionServer, waitForServer } from "./support/production-server";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_PORT ?? 3300);
const base = `http://127.0.0.1:${port}`;
const users = Number(process.env.LOAD_USERS ?? 50);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const rate = process.env.LOAD_RATE ? Number(process.env.LOAD_RATE) : undefined;
const floorSeconds = Number(process.env.LOAD_FLOOR_SECONDS ?? 15);
const secret = "bench-load-secret-0123456789abcdefghijklmn";
const password = "bench-password-1";

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next-e2e", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`No server action named ${exportedName} in the build`);
  return found[0];
}

async function main() {
  const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("bench:load needs PostgreSQL: run it as npm run bench:load (which starts a throwaway one), or set BENCH_DATABASE_URL.");
  process.env.TEST_DATABASE_URL = baseUrl;
  const database = await createTestDb({ kind: "postgresql" });
  const stop = startProductionServer({ E2E_PORT: String(port), E2E_DATABASE_URL: database.url!, APP_URL: base, BETTER_AUTH_SECRET: secret });
  try {
    console.log("Building and starting the production server on PostgreSQL…");
    await waitForServer(`${base}/api/health`, 600_000);

    // 50 designers of the demo organization, each with a session of their own.
    const hash = await hashPassword(password);
    const ids = Array.from({ length: users }, (_, index) => `bench-user-${index + 1}`);
    await database.db.user.createMany({ data: ids.map((id) => ({ id, name: `Bench User ${id.slice(11)}`, email: `${id}@gridfolio.test`, emailVerified: true })) });
    await database.db.account.createMany({ data: ids.map((id) => ({ id: `${id}-credential`, accountId: id, providerId: "credential", userId: id, password: hash })) });
    await database.db.member.createMany({ data: ids.map((id) => ({ id: `${id}-member`, organizationId: DEMO_ORGANIZATION.id, userId: id, role: "designer" })) });
    process.env.DATABASE_URL = database.url!;
    process.env.BETTER_AUTH_SECRET = secret;
    process.env.APP_URL = base;
    const { getAuth } = await import("../lib/server/auth/auth");
    const cookies: string[] = [];
    for (const id of ids) {
      const response = (await getAuth().api.signInEmail({ body: { email: `${id}@gridfolio.test`, password }, asResponse: true })) as Response;
      const cookie = response.headers.getSetCookie().find((entry) => entry.startsWith("gridfolio.session_token="));
      if (!cookie) throw new Error(`No session cookie for ${id}`);
      cookies.push(cookie.split(";")[0]!);
    }

    // Each user works on one option that has a battery, in a state with programs.
    const options = await database.db.option.findMany({ where: { batteryCount: { gt: 0 }, project: { segment: "residential" } }, include: { project: true }, orderBy: { id: "asc" } });
    const targets = options
      .map((option) => ({ projectId: option.projectId, optionId: option.id, programId: programsForState(option.project.state)[0]?.id }))
      .filter((target): target is { projectId: string; optionId: string; programId: string } => Boolean(target.programId));
    const toggleAction = actionId("setProgramEnabled");
    console.log(`${users} signed-in users on ${targets.length} options; ${seconds} s${rate ? `, paced at ${rate} requests/s overall` : ", no pause between requests"}.`);

    let nextUser = 0;
    let switchesNotOk = 0;
    type Context = { user?: number; enable?: boolean };
    const userOf = (context: Context) => (context.user ??= nextUser++ % users);
    const instance = autocannon({
      url: base,
      connections: users,
      duration: seconds,
      ...(rate ? { overallRate: rate } : {}),
      requests: [
        {
          method: "GET",
          setupRequest: (request: Record<string, unknown>, context: Context) => {
            const user = userOf(context);
            const target = targets[user % targets.length]!;
            return { ...request, path: `/projects/${target.projectId}/options/${target.optionId}/proposal`, headers: { cookie: cookies[user] } };
          },
        },
        {
          method: "POST",
          setupRequest: (request: Record<string, unknown>, context: Context) => {
            const user = userOf(context);
            const target = targets[user % targets.length]!;
            context.enable = !context.enable;
            return {
              ...request,
              path: `/projects/${target.projectId}/options/${target.optionId}/incentives`,
              headers: { cookie: cookies[user], "next-action": toggleAction, origin: base, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
              body: JSON.stringify([target.projectId, target.optionId, target.programId, context.enable]),
            };
          },
          onResponse: (status: number, body: string) => {
            if (status === 200 && !body.includes('"ok":true')) switchesNotOk++;
          },
        },
      ],
    } as autocannon.Options);
    // Every response's own time, for exact percentiles (autocannon's summary has p90 and p97.5, not p95).
    const times: number[] = [];
    (instance as unknown as { on: (event: "response", listener: (client: unknown, status: number, bytes: number, time: number) => void) => void }).on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
    const result = await instance;
    times.sort((a, b) => a - b);
    const percentile = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? Number.NaN;

    const errors = result.errors + result.timeouts + result.non2xx + switchesNotOk;
    console.log("");
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`Requests:        ${result.requests.total} in ${seconds} s: ${(result.requests.total / seconds).toFixed(1)} requests/s`);
    console.log(`Latency:         p50 ${ms(percentile(50))} · p95 ${ms(percentile(95))} · p99 ${ms(percentile(99))} · max ${ms(times.at(-1) ?? Number.NaN)} (${times.length} responses)`);
    console.log(`Errors:          ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, switches not ok ${switchesNotOk})`);
    console.log(`Targets:         zero errors ${errors === 0 ? "met" : "NOT met"}; p95 under 250 ms ${percentile(95) < 250 ? "met" : "NOT met"}`);

    // The machine's ceiling for this framework: the same users, each asking for a signed-in page rendered per
    // request that reads nothing (a not-found page). No page of the app can be served faster than this.
    if (floorSeconds > 0) {
      const floorTimes: number[] = [];
      let floorUser = 0;
      const floor = autocannon({
        url: base,
        connections: users,
        duration: floorSeconds,
        ...(rate ? { overallRate: rate } : {}),
        requests: [{ method: "GET", setupRequest: (request: Record<string, unknown>) => ({ ...request, path: "/projects/not-an-id!", headers: { cookie: cookies[floorUser++ % users]! } }) }],
      } as unknown as autocannon.Options);
      (floor as unknown as { on: (event: "response", listener: (client: unknown, status: number, bytes: number, time: number) => void) => void }).on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
        if (status === 404) floorTimes.push(responseTime);
      });
      const floorResult = await floor;
      floorTimes.sort((a, b) => a - b);
      const at = (p: number) => floorTimes[Math.min(floorTimes.length - 1, Math.ceil((p / 100) * floorTimes.length) - 1)] ?? Number.NaN;
      console.log(
        `Floor:           a page that reads nothing, same users, ${floorSeconds} s: ${(floorResult.requests.total / floorSeconds).toFixed(1)} requests/s, p50 ${ms(at(50))} · p95 ${ms(at(95))}`,
      );
    }
  } finally {
    await stop();
    await database.cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
