/**
 * The default way a delivery is sent: one POST over node:http(s) to an address checked beforehand. The request keeps
 * the URL's host name (Host header, TLS server name, certificate check) but its connection goes to that address: the
 * lookup it is given answers nothing else, so a DNS answer that changed since the check (DNS rebinding) cannot move
 * it. Redirects are never followed (node:http does not), and the answer is never downloaded: its status line and
 * headers (at most 16 KiB) are read, then the connection is closed.
 */
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "../security/public-address";

export interface PinnedPost {
  url: URL;
  /** Where to connect: the address that was checked. */
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  signal: AbortSignal;
}

/** Sends the POST and answers the status code. postPinned below; tests pass their own. */
export type Transport = (post: PinnedPost) => Promise<number>;

const MAX_HEADER_BYTES = 16 * 1024;

export const postPinned: Transport = ({ url, address, headers, body, timeoutMs, signal }) =>
  new Promise<number>((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        lookup: lookupOnly(address),
        // A connection of its own: a pooled one could have been opened to another address.
        agent: false,
        maxHeaderSize: MAX_HEADER_BYTES,
        timeout: timeoutMs,
        signal,
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer in time")));
    request.on("error", reject);
    request.end(body);
  });

/** A lookup that answers the checked address whatever the name; net asks for a list when it races IPv4 and IPv6. */
function lookupOnly({ address, family }: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}
