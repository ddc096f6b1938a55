import { describe, expect, test, vi } from "vitest";
import type { ResolveHost } from "../security/public-address";
import { allowsPrivateDestinations, checkNewDestination, findDeliveryAddress } from "./destination-address";

const resolve: ResolveHost = vi.fn(async (hostname: string) => {
  if (hostname === "inside.example.com") return [{ address: "10.1.2.3", family: 4 as const }];
  if (hostname === "hooks.example.com") return [{ address: "93.184.216.34", family: 4 as const }];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
});

describe("WEBHOOK_ALLOW_PRIVATE_DESTINATIONS", () => {
  test.each([
    [{}, false],
    [{ WEBHOOK_ALLOW_PRIVATE_DESTINATIONS: "" }, false],
    [{ WEBHOOK_ALLOW_PRIVATE_DESTINATIONS: "0" }, false],
    [{ WEBHOOK_ALLOW_PRIVATE_DESTINATIONS: "true" }, false],
    [{ WEBHOOK_ALLOW_PRIVATE_DESTINATIONS: "1" }, true],
    [{ WEBHOOK_ALLOW_PRIVATE_DESTINATIONS: " 1 " }, true],
  ])("%j → %s", (env, expected) => {
    expect(allowsPrivateDestinations(env)).toBe(expected);
  });
});

describe("checkNewDestination", () => {
  test.each([
    ["https://hooks.example.com/in", null],
    ["https://inside.example.com/in", "not-public"],
    ["https://nowhere.example.com/in", "not-found"],
    ["http://127.0.0.1:5432/", "not-public"],
  ] as const)("%s → %s", async (url, expected) => {
    expect(await checkNewDestination(url, { resolve, allowPrivate: false })).toBe(expected);
  });

  test("with private destinations allowed nothing is checked or resolved", async () => {
    vi.mocked(resolve).mockClear();
    expect(await checkNewDestination("https://inside.example.com/in", { resolve, allowPrivate: true })).toBeNull();
    expect(await checkNewDestination("https://nowhere.example.com/in", { resolve, allowPrivate: true })).toBeNull();
    expect(resolve).not.toHaveBeenCalled();
  });
});

describe("findDeliveryAddress", () => {
  test("refuses a private answer unless allowed; resolves in both cases", async () => {
    const url = new URL("https://inside.example.com/in");
    expect(await findDeliveryAddress(url, { resolve, allowPrivate: false })).toEqual({ ok: false, reason: "not-public" });
    expect(await findDeliveryAddress(url, { resolve, allowPrivate: true })).toEqual({ ok: true, address: { address: "10.1.2.3", family: 4 } });
  });
});
