import { describe, expect, it } from "vitest";
import { clientAddress, isLoopbackPeer, peerAddress, PEER_HEADER } from "./client-address";

const OUR_SERVER = { GRIDFOLIO_PEER_HEADER: "1" };
const from = (peer: string, extra: Record<string, string> = {}) => new Headers({ [PEER_HEADER]: peer, ...extra });

describe("peerAddress", () => {
  it("believes the peer header only under our own server", () => {
    expect(peerAddress(from("203.0.113.9"), OUR_SERVER)).toBe("203.0.113.9");
    // A bare `next start` never sets the flag: a client could have sent the header itself.
    expect(peerAddress(from("127.0.0.1"), {})).toBeNull();
  });

  it("ignores what is not an address, and spells mapped IPv4 as IPv4", () => {
    expect(peerAddress(from("not-an-ip"), OUR_SERVER)).toBeNull();
    expect(peerAddress(from("::ffff:10.1.2.3"), OUR_SERVER)).toBe("10.1.2.3");
  });
});

describe("clientAddress", () => {
  it("believes X-Forwarded-For only behind a trusted proxy, and otherwise uses the direct peer", () => {
    const headers = from("198.51.100.7", { "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(headers, OUR_SERVER)).toBe("198.51.100.7");
    expect(clientAddress(headers, { ...OUR_SERVER, TRUST_PROXY: "1" })).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }), {})).toBeNull();
  });

  it("takes the entry our proxy appended, not the ones a client sent before it", () => {
    const headers = from("10.0.0.2", { "x-forwarded-for": "127.0.0.1, 6.6.6.6, 203.0.113.9" });
    expect(clientAddress(headers, { ...OUR_SERVER, TRUST_PROXY: "1" })).toBe("203.0.113.9");
  });

  it("falls back to the peer when the trusted proxy sent something that is not an address", () => {
    expect(clientAddress(from("198.51.100.7", { "x-forwarded-for": "evil" }), { ...OUR_SERVER, TRUST_PROXY: "1" })).toBe("198.51.100.7");
  });
});

describe("isLoopbackPeer", () => {
  it.each([
    ["IPv4 loopback", "127.0.0.1", true],
    ["anywhere in 127/8", "127.3.2.1", true],
    ["IPv6 loopback", "::1", true],
    ["mapped IPv4 loopback", "::ffff:127.0.0.1", true],
    ["a private network", "10.0.0.5", false],
    ["the internet", "203.0.113.9", false],
  ])("%s", (_label, peer, expected) => {
    expect(isLoopbackPeer(from(peer), OUR_SERVER)).toBe(expected);
  });

  it("is false when the peer is unknown, whatever X-Forwarded-For claims", () => {
    expect(isLoopbackPeer(new Headers({ "x-forwarded-for": "127.0.0.1" }), { TRUST_PROXY: "1" })).toBe(false);
    expect(isLoopbackPeer(from("127.0.0.1"), {})).toBe(false);
  });
});
