/**
 * Sign-in, password-reset and sign-up limits (issue #14). Before: 5 wrong passwords from anywhere locked the account
 * for 10 minutes, even against its owner's right password, and nothing limited a client that our server could not
 * name. Now attempts are counted per client address, per account from that address, and per account from anywhere
 * (lib/auth/rate-limit.ts); the address is the direct peer unless a proxy is trusted (TRUST_PROXY=1), so a client's
 * own X-Forwarded-For changes nothing.
 */
import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import { requestPasswordReset } from "@/lib/actions/account/request-password-reset";
import { signIn } from "@/lib/actions/account/sign-in";
import { signUp } from "@/lib/actions/account/sign-up";
import { wrongCredentialsMessage } from "@/lib/actions/messages";
import type { ActionState } from "@/lib/actions/state";
import { PASSWORD_RESET_PER_CLIENT, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ACCOUNT_AND_CLIENT, SIGN_IN_PER_CLIENT, SIGN_UP_PER_CLIENT, signInLimits } from "@/lib/server/auth/rate-limit";
import { hitRateLimits } from "@/lib/server/data/rate-limit-counters";
import { useTestDatabase } from "../support/test-database";
import { expectRedirect, form, noState, testBackends } from "../support/actions";
import { ATTACKER_MACHINE, createAccount, ELSEWHERE, requestHeaders, useServerEnvironment, type SentMail } from "../support/accounts";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));
const smtp = vi.hoisted(() => ({ sent: [] as SentMail[] }));
vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail: async (mail: SentMail) => void smtp.sent.push(mail) }) }));

const owner = { name: "Dana Whitfield", email: "dana@a.test", password: "dana-own-password-1" };
/** A refusal that says how long to wait, in words. */
const WAIT_IN_WORDS = /wait (a minute|\d+ minutes|an hour|\d+ hours) and try again/i;

/** A new forwarded address for every request, as a client dodging a per-address limit would send. */
let forwarded = 0;
function fromPeer(peer: string | undefined) {
  forwarded += 1;
  request.headers = requestHeaders({ peer, extra: { "x-forwarded-for": `192.0.2.${forwarded % 250}`, "x-real-ip": `192.0.2.${forwarded % 250}` } });
}

function signInFrom(peer: string, email: string, password: string): Promise<ActionState> {
  request.headers = requestHeaders({ peer });
  return signIn(noState, form({ email, password }));
}

describe.each(testBackends)("account rate limits on %s", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (testDb) => {
    db = testDb.db;
  });
  useServerEnvironment();

  it("wrong passwords from one address slow that address down, not the owner signing in from another", async () => {
    await createAccount(db, owner);
    for (let attempt = 1; attempt <= SIGN_IN_PER_ACCOUNT_AND_CLIENT.max; attempt++) {
      expect(await signInFrom(ATTACKER_MACHINE, owner.email, `guess-number-${attempt}`)).toMatchObject({ ok: false, message: wrongCredentialsMessage });
    }
    // The guesser waits, even with the right password...
    const refused = await signInFrom(ATTACKER_MACHINE, owner.email, owner.password);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(WAIT_IN_WORDS) });
    expect(refused.message).toContain("wait 10 minutes");
    expect(await db.session.count()).toBe(0);
    // ...and the owner, from their own address, signs in.
    expect(await expectRedirect(signInFrom(ELSEWHERE, owner.email, owner.password))).toBe("/projects");
    expect(await db.session.count()).toBe(1);
  });

  it("only failures add up: more right-password sign-ins from one address than its limit all go through", async () => {
    // An office behind one address, or a demo signed into many times: successes are given back, so they never lock out.
    await createAccount(db, owner);
    for (let attempt = 1; attempt <= SIGN_IN_PER_CLIENT.max + 5; attempt++) {
      expect(await expectRedirect(signInFrom(ELSEWHERE, owner.email, owner.password)), `sign-in ${attempt}`).toBe("/projects");
    }
    // A few wrong ones are still counted, and the account's own count from that address stops the guesser.
    for (let attempt = 1; attempt <= SIGN_IN_PER_ACCOUNT_AND_CLIENT.max; attempt++) await signInFrom(ELSEWHERE, owner.email, `guess-${attempt}`);
    expect(await signInFrom(ELSEWHERE, owner.email, "guess-again")).toMatchObject({ ok: false, message: expect.stringMatching(WAIT_IN_WORDS) });
  });

  it("counts one peer as one client without TRUST_PROXY: a new X-Forwarded-For on every request does not dodge it", async () => {
    // Sign-in, spraying one password over many accounts.
    for (let attempt = 1; attempt <= SIGN_IN_PER_CLIENT.max; attempt++) {
      fromPeer(ATTACKER_MACHINE);
      expect(await signIn(noState, form({ email: `person${attempt}@a.test`, password: "Summer2026!" }))).toMatchObject({ message: wrongCredentialsMessage });
    }
    fromPeer(ATTACKER_MACHINE);
    expect(await signIn(noState, form({ email: "one-more@a.test", password: "Summer2026!" }))).toMatchObject({ ok: false, message: expect.stringMatching(WAIT_IN_WORDS) });

    // Reset requests (each a mail to someone's inbox).
    for (let attempt = 1; attempt <= PASSWORD_RESET_PER_CLIENT.max; attempt++) {
      fromPeer(ATTACKER_MACHINE);
      expect((await requestPasswordReset(noState, form({ email: `person${attempt}@a.test` }))).ok).toBe(true);
    }
    fromPeer(ATTACKER_MACHINE);
    expect(await requestPasswordReset(noState, form({ email: "one-more@a.test" }))).toMatchObject({ ok: false, message: expect.stringMatching(WAIT_IN_WORDS) });

    // Sign-ups.
    for (let attempt = 1; attempt <= SIGN_UP_PER_CLIENT.max; attempt++) {
      fromPeer(ATTACKER_MACHINE);
      await expectRedirect(signUp(noState, form({ name: "Bot", email: `bot${attempt}@spam.test`, password: "bot-password-1" })));
    }
    fromPeer(ATTACKER_MACHINE);
    expect(await signUp(noState, form({ name: "Bot", email: "one-more@spam.test", password: "bot-password-1" }))).toMatchObject({ ok: false, message: expect.stringMatching(WAIT_IN_WORDS) });
    expect(await db.user.count()).toBe(SIGN_UP_PER_CLIENT.max);

    // Another machine is not held back by it.
    fromPeer(ELSEWHERE);
    expect(await signIn(noState, form({ email: "one-more@a.test", password: "Summer2026!" }))).toMatchObject({ message: wrongCredentialsMessage });
    fromPeer(ELSEWHERE);
    expect((await requestPasswordReset(noState, form({ email: "one-more@a.test" }))).ok).toBe(true);
  });

  it("where the server does not report the peer, forwarded addresses do not turn one client into many", async () => {
    // A bare `next start`: the app cannot tell clients apart, so they share one count rather than none.
    vi.stubEnv("GRIDFOLIO_PEER_HEADER", "");
    for (let attempt = 1; attempt <= PASSWORD_RESET_PER_CLIENT.max; attempt++) {
      fromPeer(undefined);
      expect((await requestPasswordReset(noState, form({ email: `person${attempt}@a.test` }))).ok).toBe(true);
    }
    // Nor does a peer header the client wrote itself: only our server's is believed.
    fromPeer(ATTACKER_MACHINE);
    expect(await requestPasswordReset(noState, form({ email: "one-more@a.test" }))).toMatchObject({ ok: false, message: expect.stringMatching(WAIT_IN_WORDS) });
  });

  it("guessing one account from many addresses goes on only up to the account's ceiling", async () => {
    await createAccount(db, owner);
    // Two addresses use up their tries: neither holds the other back (before, the sixth try locked the account).
    for (const address of ["198.18.0.1", "198.18.0.2"]) {
      for (let attempt = 1; attempt <= SIGN_IN_PER_ACCOUNT_AND_CLIENT.max; attempt++) {
        expect(await signInFrom(address, owner.email, `guess-${address}-${attempt}`)).toMatchObject({ message: wrongCredentialsMessage });
      }
    }
    // As if many more had, up to one try short of the ceiling (counted as the action counts them, without the hashing).
    let counted = 2 * SIGN_IN_PER_ACCOUNT_AND_CLIENT.max;
    for (let address = 0; counted < SIGN_IN_PER_ACCOUNT.max - 1; address++) {
      for (let attempt = 0; attempt < SIGN_IN_PER_ACCOUNT_AND_CLIENT.max && counted < SIGN_IN_PER_ACCOUNT.max - 1; attempt++, counted++) {
        expect(await hitRateLimits(db, signInLimits(owner.email, `198.18.1.${address}`).all)).toBeNull();
      }
    }
    expect(await signInFrom("198.18.2.1", owner.email, "one-more-guess")).toMatchObject({ message: wrongCredentialsMessage });
    // The ceiling: a fresh address gets no further try this hour, and is told how long to wait.
    const refused = await signInFrom("198.18.2.2", owner.email, "another-guess");
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(WAIT_IN_WORDS) });
    expect(refused.message).toContain("an hour");
  });
});
