import { describe, expect, it } from "vitest";
import { ZNextPath } from "../../validation/account";
import { contentSecurityPolicy, createNonce } from "./headers";
import { isPublicPath } from "./public-paths";

describe("contentSecurityPolicy", () => {
  it("allows only scripts with this response's nonce, forbids framing, and adds eval only in development", () => {
    const policy = contentSecurityPolicy("abc123");
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});

describe("isPublicPath", () => {
  it("opens the sign-in pages, invitations, the outbox, the catalog and health; nothing else", () => {
    for (const path of ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/invitations/abc", "/outbox", "/programs", "/api/health"]) expect(isPublicPath(path), path).toBe(true);
    for (const path of ["/", "/projects", "/projects/x/options/y/proposal", "/organization", "/sign-in-evil", "/programsx", "/invitations"]) expect(isPublicPath(path), path).toBe(false);
  });
});

describe("the next path after sign-in", () => {
  it("keeps paths of this app and drops anything that could leave it", () => {
    expect(ZNextPath.parse("/projects/abc?x=1")).toBe("/projects/abc?x=1");
    for (const unsafe of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "projects", "/\nx"]) expect(ZNextPath.parse(unsafe), unsafe).toBeUndefined();
    // Too long, repeated (?next=a&next=b arrives as an array) or missing: ignored, never an error (fuzzing found the first).
    expect(ZNextPath.parse(`/projects?q=${"a".repeat(500)}`)).toBeUndefined();
    expect(ZNextPath.parse(["/a", "/b"])).toBeUndefined();
    expect(ZNextPath.parse(undefined)).toBeUndefined();
  });
});
