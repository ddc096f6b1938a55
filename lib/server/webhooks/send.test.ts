import { describe, expect, test, vi } from "vitest";
import type { ResolveHost } from "../security/public-address";
import type { PinnedPost, Transport } from "./pinned-post";
import { attemptDelivery, NOT_PUBLIC_DESTINATION, unreachableDestination } from "./send";

const dns = (answers: Record<string, string[]>): ResolveHost =>
  vi.fn(async (hostname: string) => {
    const found = answers[hostname];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? (6 as const) : (4 as const) }));
  });

function recording(answer: (post: PinnedPost) => Promise<number>) {
  const posts: PinnedPost[] = [];
  const transport: Transport = (post) => {
    posts.push(post);
    return answer(post);
  };
  return { posts, transport };
}

const attempt = { secret: "whsec_unit", body: "{}", idempotencyKey: "whk_1", now: new Date("2026-11-24T09:00:00Z"), timeoutMs: 10_000 };

describe("attemptDelivery: where it connects", () => {
  test.each<{ label: string; url: string; answers: Record<string, string[]> }>([
    { label: "a name that resolves to loopback", url: "https://hooks.example.test/x", answers: { "hooks.example.test": ["127.0.0.1"] } },
    { label: "a name with a public and a private answer (a rebinding name hands out both)", url: "https://hooks.example.test/x", answers: { "hooks.example.test": ["93.184.216.34", "10.0.0.1"] } },
    { label: "the metadata address", url: "http://169.254.169.254/latest/meta-data", answers: {} },
    { label: "loopback mapped into IPv6", url: "https://[::ffff:127.0.0.1]/", answers: {} },
  ])("$label: refused with the log's generic words, nothing sent", async ({ url, answers }) => {
    const { posts, transport } = recording(async () => 200);
    expect(await attemptDelivery({ ...attempt, url, transport, resolve: dns(answers), allowPrivate: false })).toEqual({ ok: false, statusCode: null, error: NOT_PUBLIC_DESTINATION });
    expect(posts).toHaveLength(0);
  });

  test("a public name: the request is pinned to the address that was checked, and the DNS is asked once", async () => {
    const { posts, transport } = recording(async () => 204);
    const resolve = dns({ "hooks.example.test": ["93.184.216.34"] });
    expect(await attemptDelivery({ ...attempt, url: "https://hooks.example.test/in?x=1", transport, resolve, allowPrivate: false })).toEqual({ ok: true, statusCode: 204 });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.url.href).toBe("https://hooks.example.test/in?x=1");
    expect(posts[0]!.address).toEqual({ address: "93.184.216.34", family: 4 });
    expect(posts[0]!.headers).toMatchObject({ "Content-Type": "application/json", "Idempotency-Key": "whk_1", "User-Agent": "Gridfolio-Webhooks/1" });
  });

  test("with private destinations allowed, loopback is sent to", async () => {
    const { posts, transport } = recording(async () => 200);
    expect(await attemptDelivery({ ...attempt, url: "http://localhost:4000/hooks", transport, resolve: dns({ localhost: ["127.0.0.1"] }), allowPrivate: true })).toMatchObject({ ok: true });
    expect(posts[0]!.address.address).toBe("127.0.0.1");
  });
});

describe("attemptDelivery: what the log says", () => {
  const connectionError = (code: string) => Object.assign(new Error(`connect ${code} 10.0.0.1:5432`), { code });
  test.each([
    { label: "a refused connection", failure: () => Promise.reject(connectionError("ECONNREFUSED")) },
    { label: "a reset connection", failure: () => Promise.reject(connectionError("ECONNRESET")) },
    { label: "a timeout", failure: () => Promise.reject(new DOMException("The operation was aborted due to timeout", "TimeoutError")) },
    { label: "a certificate not accepted", failure: () => Promise.reject(connectionError("DEPTH_ZERO_SELF_SIGNED_CERT")) },
    { label: "an answer that is not HTTP (another protocol on the port)", failure: () => Promise.reject(connectionError("HPE_INVALID_CONSTANT")) },
  ])("$label: the same generic words, no code, no address", async ({ failure }) => {
    const { transport } = recording(failure);
    const result = await attemptDelivery({ ...attempt, url: "https://93.184.216.34/", transport, allowPrivate: false });
    expect(result).toEqual({ ok: false, statusCode: null, error: unreachableDestination(10_000) });
  });

  test("a name that does not resolve: the same generic words", async () => {
    const { posts, transport } = recording(async () => 200);
    expect(await attemptDelivery({ ...attempt, url: "https://nowhere.example.test/", transport, resolve: dns({}), allowPrivate: false })).toEqual({ ok: false, statusCode: null, error: unreachableDestination(10_000) });
    expect(posts).toHaveLength(0);
  });

  test("a request that never settles ends after the timeout (plus a second's grace)", async () => {
    const { transport } = recording(() => new Promise<number>(() => undefined));
    const started = Date.now();
    expect(await attemptDelivery({ ...attempt, timeoutMs: 50, url: "https://93.184.216.34/", transport, allowPrivate: false })).toEqual({ ok: false, statusCode: null, error: unreachableDestination(50) });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  test.each([
    { status: 200, expected: { ok: true, statusCode: 200 } },
    { status: 302, expected: { ok: false, statusCode: 302, error: "HTTP 302 (redirects are not followed)" } },
    { status: 500, expected: { ok: false, statusCode: 500, error: "HTTP 500" } },
  ])("an answer $status from a public receiver is shown as such", async ({ status, expected }) => {
    const { transport } = recording(async () => status);
    expect(await attemptDelivery({ ...attempt, url: "https://93.184.216.34/", transport, allowPrivate: false })).toEqual(expected);
  });
});
