import { describe, expect, test } from "vitest";
import { describeSendFailure } from "./send";

const fetchFailed = (cause: unknown) => Object.assign(new TypeError("fetch failed"), { cause });

describe("describeSendFailure: the log's one-line reason", () => {
  test.each([
    { label: "the abort signal's timeout", error: new DOMException("The operation was aborted due to timeout", "TimeoutError"), expected: "timeout after 10 s" },
    { label: "an abort", error: new DOMException("aborted", "AbortError"), expected: "timeout after 10 s" },
    { label: "a refused connection", error: fetchFailed(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })), expected: "connection refused" },
    // Both ::1 and 127.0.0.1 refused: Node reports an AggregateError carrying the code.
    { label: "every address refused", error: fetchFailed(Object.assign(new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]), {})), expected: "connection refused" },
    { label: "an unknown host", error: fetchFailed(Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.example"), { code: "ENOTFOUND" })), expected: "host not found" },
    { label: "a self-signed certificate", error: fetchFailed(Object.assign(new Error("self-signed certificate"), { code: "DEPTH_ZERO_SELF_SIGNED_CERT" })), expected: "TLS certificate not accepted (DEPTH_ZERO_SELF_SIGNED_CERT)" },
    { label: "another code", error: fetchFailed(Object.assign(new Error("x"), { code: "EPIPE" })), expected: "connection failed (EPIPE)" },
    { label: "a long message is cut to 200 characters", error: new Error("x".repeat(500)), expected: "x".repeat(200) },
  ])("$label → “$expected”", ({ error, expected }) => {
    expect(describeSendFailure(error, 10_000)).toBe(expected);
  });
});
