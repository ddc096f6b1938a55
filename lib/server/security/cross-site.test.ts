import { describe, expect, it } from "vitest";
import { isCrossSite } from "./cross-site";

describe("isCrossSite", () => {
  it.each([
    ["no Origin (a same-origin navigation, a server-side client)", {}, false],
    ["the same host", { origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" }, false],
    ["the same host behind a proxy", { origin: "https://proposals.example.com", host: "10.0.0.2:3000", "x-forwarded-host": "proposals.example.com" }, false],
    ["another site", { origin: "https://evil.example", host: "127.0.0.1:3100" }, true],
    ["the same name on another port", { origin: "http://127.0.0.1:4000", host: "127.0.0.1:3100" }, true],
    ["a sandboxed page (Origin: null)", { origin: "null", host: "127.0.0.1:3100" }, true],
  ])("%s", (_label, headers, expected) => {
    expect(isCrossSite(new Headers(headers as Record<string, string>))).toBe(expected);
  });
});
