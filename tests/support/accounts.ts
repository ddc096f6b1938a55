/**
 * Shared pieces of the account security tests (tests/security/accounts*.test.ts), which replay attacks on sign-in,
 * sign-up, password resets, invitations and the outbox through the real actions, pages and better-auth.
 *
 * Unlike tests/actions, they do NOT mock lib/auth/session: who is signed in comes from the request's session cookie,
 * checked by better-auth as in production. Each file mocks, besides lib/db/client, next/cache and next/navigation
 * (see tests/support/actions.ts):
 *
 *   const request = vi.hoisted(() => ({ headers: new Headers() }));
 *   vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));
 *   const smtp = vi.hoisted(() => ({ sent: [] as SentMail[] }));
 *   vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail: async (mail: SentMail) => void smtp.sent.push(mail) }) }));
 *
 * (inline: vi.mock factories run before imports, and this module imports the app).
 */
import { createHmac, randomBytes } from "node:crypto";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import { getAuth, SESSION_COOKIE_PREFIX } from "@/lib/server/auth/auth";
import { PEER_HEADER } from "@/lib/server/security/client-address";
import { NotFoundSignal } from "./actions";

/** A fixed key for better-auth's cookie signatures, so the tests neither need nor create .data/auth-secret. */
export const AUTH_SECRET = "accounts-test-secret-0123456789-abcdefghij";

/** This machine, as our server (scripts/serve.mjs) reports a loopback connection. */
export const THIS_MACHINE = "127.0.0.1";
/** Two other machines on the network. */
export const ELSEWHERE = "203.0.113.50";
export const ATTACKER_MACHINE = "198.51.100.7";

/** What the mocked nodemailer transport was asked to send (with SMTP_URL set). */
export interface SentMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * The environment of `npm start` without a mail server: our server reports the peer (GRIDFOLIO_PEER_HEADER=1), no
 * proxy is trusted, no SMTP_URL. Tests change one setting at a time with vi.stubEnv; all are restored after each.
 */
export function useServerEnvironment() {
  beforeEach(() => {
    vi.stubEnv("BETTER_AUTH_SECRET", AUTH_SECRET);
    vi.stubEnv("APP_URL", "http://localhost:3000");
    vi.stubEnv("GRIDFOLIO_PEER_HEADER", "1");
    vi.stubEnv("TRUST_PROXY", "");
    vi.stubEnv("SMTP_URL", "");
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
}

/** The headers of a request from `peer` (as our server writes it), with a session cookie and whatever else the client sent. */
export function requestHeaders({ peer, cookie, extra = {} }: { peer?: string; cookie?: string | null; extra?: Record<string, string> }): Headers {
  const headers = new Headers(extra);
  if (peer) headers.set(PEER_HEADER, peer);
  if (cookie) headers.set("cookie", cookie);
  return headers;
}

/** An account with a password, made through better-auth as sign-up makes it; `emailVerified` as a confirmed address. */
export async function createAccount(db: PrismaClient, { name, email, password, emailVerified = true }: { name: string; email: string; password: string; emailVerified?: boolean }) {
  await getAuth().api.signUpEmail({ body: { name, email, password } });
  const user = await db.user.update({ where: { email }, data: { emailVerified } });
  // Whether or not sign-up signed in, the tests start without sessions of their own making.
  await db.session.deleteMany({ where: { userId: user.id } });
  return user;
}

/** A session for the user, in the database, and the signed cookie a browser would send for it. */
export async function signedInCookie(db: PrismaClient, userId: string, activeOrganizationId: string | null = null): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.session.create({ data: { id: `session-${token.slice(0, 12)}`, token, userId, activeOrganizationId, expiresAt: new Date(Date.now() + 24 * 3600 * 1000) } });
  // better-call's signCookieValue: the token, a dot, and its HMAC-SHA256 in base64.
  const signature = createHmac("sha256", AUTH_SECRET).update(token).digest("base64");
  return `${SESSION_COOKIE_PREFIX}.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

/** A server component's HTML, or null for its 404 (notFound()). */
export async function renderOrNotFound(page: () => Promise<ReactNode>): Promise<string | null> {
  try {
    return renderToStaticMarkup(await page());
  } catch (error) {
    if (error instanceof NotFoundSignal) return null;
    throw error;
  }
}

/** Every row of the tables an account attack could change: the proof that a refusal stored or changed nothing. */
export async function snapshotAccounts(db: PrismaClient) {
  const [users, accounts, sessions, members, invitations, verifications] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.account.findMany({ orderBy: { id: "asc" } }),
    db.session.findMany({ orderBy: { id: "asc" } }),
    db.member.findMany({ orderBy: { id: "asc" } }),
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.verification.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { users, accounts, sessions, members, invitations, verifications };
}
