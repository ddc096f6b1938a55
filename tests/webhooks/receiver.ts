/**
 * A webhook receiver on 127.0.0.1 (port 0: the system picks a free one), written the way the README tells a customer
 * to write theirs: read the raw body, verify Gridfolio-Signature with the destination's secret, and handle each
 * Idempotency-Key once. `answer` decides the HTTP status per request (1-based count); "hang" never answers. It counts
 * TCP connections too, so a test can show that nothing even connected.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verifySignature, type VerifyResult } from "@/lib/core/operations/webhooks";

export interface ReceivedRequest {
  method: string;
  headers: IncomingMessage["headers"];
  body: string;
  signature: string | undefined;
  idempotencyKey: string | undefined;
  verified: VerifyResult;
}

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** TCP connections accepted, whether or not a request followed. */
  readonly connections: number;
  /** The keys handled once each: a repeat of a key is answered 200 and not handled again. */
  handledKeys: string[];
  close(): Promise<void>;
}

export async function startReceiver({
  secret,
  clock,
  answer = () => 200,
  redirectTo = "https://elsewhere.example/",
}: {
  secret: string;
  /** The receiver's "now" for the 5-minute tolerance (the tests move time by hand). */
  clock: () => Date;
  answer?: (requestNumber: number) => number | "hang";
  /** The Location of a 3xx answer. */
  redirectTo?: string;
}): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const handledKeys: string[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const signature = request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined;
    const idempotencyKey = request.headers[IDEMPOTENCY_HEADER.toLowerCase()] as string | undefined;
    const verified = verifySignature(signature, secret, body, { now: clock() });
    requests.push({ method: request.method ?? "", headers: request.headers, body, signature, idempotencyKey, verified });
    const status = answer(requests.length);
    if (status === "hang") return;
    if (status >= 200 && status < 300 && verified.ok && idempotencyKey && !handledKeys.includes(idempotencyKey)) handledKeys.push(idempotencyKey);
    response.writeHead(status, status >= 300 && status < 400 ? { Location: redirectTo } : {}).end(status < 300 ? "ok" : "nope");
  });
  let connections = 0;
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    get connections() {
      return connections;
    },
    handledKeys,
    close: () =>
      new Promise<void>((resolve) => {
        // Hung requests would keep the server open forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address where nothing listens: a server is started to find a free port, then closed. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks`;
}
