/**
 * Security findings replayed over HTTP against the production server, as an outsider would send them (issue #14).
 * The account, webhook and API findings are replayed in detail by tests/security/*.test.ts on both databases; this
 * spec covers what only the real server shows: the redirect after sign-in in a browser, the policy on prefetched
 * pages and the front's body limit.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/accounts";

test.use({ storageState: { cookies: [], origins: [] } });

test("signing in with next=/.//evil.example ends on our own projects page, not another site", async ({ page, baseURL }) => {
  await page.goto("/sign-in?next=%2F.%2F%2Fevil.example");
  await page.getByLabel("Email").fill("demo@gridfolio.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/projects`);
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
});

test("every HTML page carries the content security policy, prefetches included", async ({ request }) => {
  const variants: Record<string, string>[] = [{}, { "Next-Router-Prefetch": "1" }, { Purpose: "prefetch" }, { "Next-Router-Prefetch": "1", "Next-Router-State-Tree": "%5B%22%22%5D", RSC: "1" }];
  for (const headers of variants) {
    const response = await request.get("/sign-in", { headers, maxRedirects: 0 });
    expect(response.status(), JSON.stringify(headers)).toBeLessThan(400);
    expect(response.headers()["content-security-policy"], JSON.stringify(headers)).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  }
});

/**
 * A POST that declares a body of `length` bytes and sends none of it: the server front must answer from the
 * declared length alone. (Sending the megabyte itself races the front, which answers and closes while the client is
 * still writing: the client then sees EPIPE instead of the answer.)
 */
function postDeclaringLength(url: URL, headers: Record<string, string>, length: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const call = http.request(url, { method: "POST", headers: { ...headers, "Content-Length": String(length) } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    call.on("error", reject);
    call.flushHeaders();
  });
}

test("a server action body over 1 MB gets 413 before anything reads it; one of unknown length gets 411", async ({ request, baseURL }) => {
  const overOneMb = 1024 * 1024 + 1;
  const oversized = await postDeclaringLength(new URL("/sign-up", baseURL), { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" }, overOneMb);
  expect(oversized.status).toBe(413);
  expect(oversized.body).toContain("at most 1 MB");

  // A small body to an action that does not exist: Next's own answer, a 4xx as well.
  const unknown = await request.post("/sign-up", { headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" }, data: "[]" });
  expect(unknown.status()).toBeGreaterThanOrEqual(400);
  expect(unknown.status()).toBeLessThan(500);

  const api = await postDeclaringLength(new URL("/api/v1/commands", baseURL), { "Content-Type": "application/json", Authorization: "Bearer nope" }, overOneMb);
  expect(api.status).toBe(413);

  const chunked = await new Promise<number>((resolve, reject) => {
    const call = http.request(new URL("/sign-up", baseURL), { method: "POST", headers: { "Next-Action": "0".repeat(42), "Transfer-Encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    call.on("error", reject);
    call.write("a".repeat(1000));
    call.end();
  });
  expect(chunked).toBe(411);
});
