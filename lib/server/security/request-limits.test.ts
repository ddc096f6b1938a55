import { describe, expect, it } from "vitest";
import { bodyRefusal, MAX_BODY_BYTES } from "./request-limits.js";

describe("bodyRefusal", () => {
  it.each([
    ["a page", "GET", {}, null],
    ["a small action", "POST", { "content-length": "812" }, null],
    ["exactly 1 MB", "POST", { "content-length": String(MAX_BODY_BYTES) }, null],
    ["a POST without a body", "POST", {}, null],
    ["one byte over 1 MB", "POST", { "content-length": String(MAX_BODY_BYTES + 1) }, 413],
    ["a huge declared length", "PUT", { "content-length": "99999999999999" }, 413],
    ["a length that is not a number", "POST", { "content-length": "12abc" }, 400],
    ["a negative length", "POST", { "content-length": "-1" }, 400],
    ["a chunked body of unknown length", "POST", { "transfer-encoding": "chunked" }, 411],
  ] as const)("%s", (_label, method, headers, status) => {
    expect(bodyRefusal(method, headers)?.status ?? null).toBe(status);
  });
});
