// Gridfolio's HTTP server: Next.js behind a thin Node front that
//   - listens on the loopback interface unless HOST says otherwise (a fresh `npm start` is reachable only from this
//     machine; HOST=0.0.0.0 serves a network, see the README's security section);
//   - tells the app who opened the connection: the TCP peer's address goes into x-gridfolio-peer-address, after
//     any copy the client sent is deleted (lib/security/client-address.ts believes it only under this server);
//   - refuses request bodies over MAX_BODY_BYTES (1 MB) with 413, and bodies of unknown length with 411, before
//     Next reads them, so an oversized server action or API call gets a clear 4xx instead of a 500.
// Usage: node scripts/serve.mjs [--dev]   (PORT, HOST, NEXT_DIST_DIR from the environment)
import http from "node:http";
import next from "next";
import { bodyRefusal } from "../lib/server/security/request-limits.js";

const PEER_HEADER = "x-gridfolio-peer-address";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST?.trim() || "127.0.0.1";
process.env.GRIDFOLIO_PEER_HEADER = "1";

function refuse(res, status, message) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close", "x-content-type-options": "nosniff" });
  res.end(`${message}\n`);
}

const app = next({ dev, hostname: host, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  delete req.headers[PEER_HEADER];
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_HEADER] = peer;

  const refusal = bodyRefusal(req.method, req.headers);
  if (refusal) return refuse(res, refusal.status, refusal.message);
  handle(req, res);
});
// Slow clients cannot hold connections open forever.
server.headersTimeout = 20_000;
server.requestTimeout = 60_000;
server.listen(port, host, () => {
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(`Gridfolio ${dev ? "(development) " : ""}on http://${shown}:${port}`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
