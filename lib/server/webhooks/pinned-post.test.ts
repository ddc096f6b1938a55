import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { postPinned, type PinnedPost } from "./pinned-post";

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server on 127.0.0.1 that records what arrives and answers with `handle`. */
async function listen(handle: (request: IncomingMessage, response: ServerResponse) => void) {
  const seen: { host: string | undefined; body: string; contentLength: string | undefined }[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    seen.push({ host: request.headers.host, body: Buffer.concat(chunks).toString("utf8"), contentLength: request.headers["content-length"] });
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  servers.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return { port, seen };
}

function post(url: string, overrides: Partial<PinnedPost> = {}): PinnedPost {
  return { url: new URL(url), address: { address: "127.0.0.1", family: 4 }, headers: { "Content-Type": "application/json" }, body: '{"n":1}', timeoutMs: 2_000, signal: AbortSignal.timeout(2_000), ...overrides };
}

/** A throwaway self-signed certificate for receiver.pinned.invalid (a name that cannot exist), made for this test. */
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg3EilRqUI5dMbQR2m
gsNRU+vxj2M9lhNixlYuhh2G9nyhRANCAARpsVlm/pZf7aNYAl06IdYQCk5uUIdI
Ve4RLieqFtRHCaWOzY70oBWXZ3FfiOlmx8Sm6Y9wLJhKJUQchQLUB7mV
-----END PRIVATE KEY-----`;
const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIBvjCCAWWgAwIBAgIUEXycED8sxcmpGRH8MeoJlbN7UlMwCgYIKoZIzj0EAwIw
IjEgMB4GA1UEAwwXcmVjZWl2ZXIucGlubmVkLmludmFsaWQwIBcNMjYxMjAyMTcy
NjAyWhgPMjEyNjExMDgxNzI2MDJaMCIxIDAeBgNVBAMMF3JlY2VpdmVyLnBpbm5l
ZC5pbnZhbGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEabFZZv6WX+2jWAJd
OiHWEApOblCHSFXuES4nqhbURwmljs2O9KAVl2dxX4jpZsfEpumPcCyYSiVEHIUC
1Ae5laN3MHUwHQYDVR0OBBYEFHdBuDNQj0IKNR+OV1mUNmiudB0bMB8GA1UdIwQY
MBaAFHdBuDNQj0IKNR+OV1mUNmiudB0bMA8GA1UdEwEB/wQFMAMBAf8wIgYDVR0R
BBswGYIXcmVjZWl2ZXIucGlubmVkLmludmFsaWQwCgYIKoZIzj0EAwIDRwAwRAIg
LtJFFqlshUn1Dhn7wNzyb8NeTR2RBC/1cbBxJ4+Zu2oCIDs4WJDPaYfUtePkPkHl
jNNiqJIj+BhwMwfhxwEnDm4G
-----END CERTIFICATE-----`;

describe("postPinned", () => {
  test("connects to the given address, whatever the name: a name no DNS knows reaches the pinned receiver, with its own Host header", async () => {
    const { port, seen } = await listen((_request, response) => response.writeHead(202).end());
    expect(await postPinned(post(`http://receiver.pinned.invalid:${port}/hooks`))).toBe(202);
    expect(seen).toEqual([{ host: `receiver.pinned.invalid:${port}`, body: '{"n":1}', contentLength: "7" }]);
  });

  test("a redirect is answered as its status and not followed", async () => {
    const target = await listen((_request, response) => response.writeHead(200).end());
    const { port, seen } = await listen((_request, response) => response.writeHead(302, { Location: `http://127.0.0.1:${target.port}/inside` }).end());
    expect(await postPinned(post(`http://receiver.pinned.invalid:${port}/hooks`))).toBe(302);
    expect(seen).toHaveLength(1);
    expect(target.seen).toHaveLength(0);
  });

  test("the answer's body is not downloaded: an endless body still ends the request at its status", async () => {
    const { port } = await listen((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/plain" });
      const chunk = "x".repeat(64 * 1024);
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once("drain", pump);
      };
      pump();
    });
    expect(await postPinned(post(`http://127.0.0.1:${port}/hooks`))).toBe(200);
  });

  test("headers over 16 KiB are refused", async () => {
    const { port } = await listen((_request, response) => response.writeHead(200, { "X-Padding": "p".repeat(20 * 1024) }).end());
    await expect(postPinned(post(`http://127.0.0.1:${port}/hooks`))).rejects.toThrow();
  });

  test("a receiver that never answers is given up after the timeout", async () => {
    const { port } = await listen(() => undefined);
    const started = Date.now();
    await expect(postPinned(post(`http://127.0.0.1:${port}/hooks`, { timeoutMs: 200, signal: AbortSignal.timeout(200) }))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test("over https the TLS server name is the host name, not the address, and the certificate is checked", async () => {
    const serverNames: string[] = [];
    let requests = 0;
    const server = createTlsServer(
      {
        key: TEST_KEY,
        cert: TEST_CERT,
        SNICallback: (name, done) => {
          serverNames.push(name);
          done(null);
        },
      },
      (_request, response) => {
        requests++;
        response.writeHead(200).end();
      },
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push({
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    });
    const { port } = server.address() as AddressInfo;
    // Self-signed: not trusted, so refused before anything is sent. What matters is the name it was asked for.
    await expect(postPinned(post(`https://receiver.pinned.invalid:${port}/hooks`))).rejects.toThrow(/self-signed/);
    expect(serverNames).toEqual(["receiver.pinned.invalid"]);
    expect(requests).toBe(0);
  });
});
