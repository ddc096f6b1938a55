import { afterEach, describe, expect, test, vi } from "vitest";
import type { DeliveryRun } from "./deliver";
import { startWebhookWorker, type WebhookWorker } from "./worker";

const idle: DeliveryRun = { claimed: 0, delivered: 0, retried: 0, failed: 0, leaseExpired: 0 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("startWebhookWorker", () => {
  let worker: WebhookWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
    vi.restoreAllMocks();
  });

  test("runs every interval and never overlaps itself, even when a run takes longer than the interval", async () => {
    let active = 0;
    let mostActive = 0;
    let runs = 0;
    worker = startWebhookWorker({
      intervalMs: 5,
      env: {},
      deliver: async () => {
        active++;
        mostActive = Math.max(mostActive, active);
        await sleep(30);
        active--;
        runs++;
        return idle;
      },
    });
    await sleep(200);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(mostActive).toBe(1);
  });

  test("a failing run is logged, and the worker keeps going", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let runs = 0;
    worker = startWebhookWorker({
      intervalMs: 5,
      env: {},
      deliver: async () => {
        runs++;
        if (runs === 1) throw new Error("database not reachable");
        return idle;
      },
    });
    await sleep(100);
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]![0])).toMatch(/^webhook worker: /);
  });

  test("starting it again returns the running worker; after stop() a new one can start, and no run follows", async () => {
    let runs = 0;
    const deliver = async () => {
      runs++;
      return idle;
    };
    worker = startWebhookWorker({ intervalMs: 5, env: {}, deliver });
    expect(startWebhookWorker({ intervalMs: 5, env: {}, deliver })).toBe(worker);
    await sleep(30);
    await worker!.stop();
    const afterStop = runs;
    await sleep(30);
    expect(runs).toBe(afterStop);
    worker = startWebhookWorker({ intervalMs: 5, env: {}, deliver });
    expect(worker).not.toBeNull();
  });

  test("WEBHOOK_WORKER=off starts nothing", async () => {
    const deliver = vi.fn(async () => idle);
    expect(startWebhookWorker({ intervalMs: 1, env: { WEBHOOK_WORKER: "off" }, deliver })).toBeNull();
    await sleep(20);
    expect(deliver).not.toHaveBeenCalled();
  });
});
