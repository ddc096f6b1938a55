import { describe, expect, test, vi } from "vitest";
import { addressInHostname, isPublicAddress, resolvePublicHost, type ResolveHost } from "./public-address";

describe("isPublicAddress", () => {
  test.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback, anywhere in 127/8"],
    ["::1", "IPv6 loopback"],
    ["::ffff:127.0.0.1", "loopback mapped into IPv6"],
    ["::ffff:7f00:1", "the same, in hex"],
    ["::127.0.0.1", "loopback as an IPv4-compatible IPv6 address"],
    ["10.0.0.1", "private (RFC 1918)"],
    ["172.16.5.4", "private"],
    ["172.31.255.255", "private, the end of 172.16/12"],
    ["192.168.1.1", "private"],
    ["::ffff:10.0.0.1", "private mapped into IPv6"],
    ["169.254.169.254", "link-local: the cloud metadata service"],
    ["fe80::1", "IPv6 link-local"],
    ["fc00::1", "IPv6 unique-local"],
    ["fd12:3456::1", "IPv6 unique-local (fd00::/8)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified (connects to this machine on Linux)"],
    ["::", "IPv6 unspecified"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "IPv6 multicast"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "documentation (TEST-NET-1)"],
    ["240.0.0.1", "reserved"],
    ["2002:7f00:1::", "6to4 carrying 127.0.0.1"],
    ["2001:0:4136:e378:8000:63bf:f5ff:fffe", "Teredo"],
    ["64:ff9b::7f00:1", "NAT64 carrying 127.0.0.1"],
    ["2001:db8::1", "IPv6 documentation"],
    ["localhost", "a name is not an address"],
    ["", "nothing"],
  ])("%s is not public (%s)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  test.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:93.184.216.34"])("%s is public", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe("addressInHostname: the address a URL's hostname spells", () => {
  test.each([
    ["http://0x7f000001/", { address: "127.0.0.1", family: 4 }],
    ["http://2130706433/", { address: "127.0.0.1", family: 4 }],
    ["http://127.1/", { address: "127.0.0.1", family: 4 }],
    ["http://017700000001/", { address: "127.0.0.1", family: 4 }],
    ["http://[::ffff:127.0.0.1]/", { address: "::ffff:7f00:1", family: 6 }],
    ["http://hooks.example.com/", null],
  ])("%s → %j", (url, expected) => {
    expect(addressInHostname(new URL(url).hostname)).toEqual(expected);
  });
});

describe("resolvePublicHost", () => {
  const dns = (answers: Record<string, string[]>): ResolveHost =>
    vi.fn(async (hostname: string) => {
      const found = answers[hostname];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
      return found.map((address) => ({ address, family: address.includes(":") ? (6 as const) : (4 as const) }));
    });

  test("a public name answers its first address, to connect to", async () => {
    const resolve = dns({ "hooks.example.com": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"] });
    expect(await resolvePublicHost("hooks.example.com", { resolve })).toEqual({ ok: true, address: { address: "93.184.216.34", family: 4 } });
  });

  test("one private answer among public ones refuses the name", async () => {
    expect(await resolvePublicHost("rebind.example.com", { resolve: dns({ "rebind.example.com": ["93.184.216.34", "127.0.0.1"] }) })).toEqual({ ok: false, reason: "not-public" });
  });

  test("an address is judged as written, without asking the DNS", async () => {
    const resolve = dns({});
    expect(await resolvePublicHost("[::1]", { resolve })).toEqual({ ok: false, reason: "not-public" });
    expect(await resolvePublicHost("93.184.216.34", { resolve })).toEqual({ ok: true, address: { address: "93.184.216.34", family: 4 } });
    expect(resolve).not.toHaveBeenCalled();
  });

  test("a name without an answer is not found", async () => {
    expect(await resolvePublicHost("nowhere.example.com", { resolve: dns({}) })).toEqual({ ok: false, reason: "not-found" });
    expect(await resolvePublicHost("empty.example.com", { resolve: dns({ "empty.example.com": [] }) })).toEqual({ ok: false, reason: "not-found" });
  });

  test("checkPublic: false resolves without judging (private destinations allowed)", async () => {
    expect(await resolvePublicHost("localhost", { resolve: dns({ localhost: ["127.0.0.1"] }), checkPublic: false })).toEqual({ ok: true, address: { address: "127.0.0.1", family: 4 } });
  });
});
