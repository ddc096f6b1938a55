/**
 * Sign-up must not tell whether an address has an account (issue #14): a new address and a taken one get the same
 * answer, the taken account is left exactly as it was, and with a mail server its owner gets an email instead.
 */
import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import { signUp } from "@/lib/actions/account/sign-up";
import { useTestDatabase } from "../support/test-database";
import { form, noState, RedirectSignal, testBackends } from "../support/actions";
import { ATTACKER_MACHINE, createAccount, requestHeaders, snapshotAccounts, useServerEnvironment, type SentMail } from "../support/accounts";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));
const smtp = vi.hoisted(() => ({ sent: [] as SentMail[] }));
vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail: async (mail: SentMail) => void smtp.sent.push(mail) }) }));

const owner = { name: "Dana Whitfield", email: "dana@a.test", password: "dana-own-password-1" };
const NEW_ADDRESS = "nobody-yet@a.test";

/** The answer of a sign-up (where it redirects, or the state it returns), with the typed address written as <email>. */
async function signUpAnswer(email: string): Promise<string> {
  request.headers = requestHeaders({ peer: ATTACKER_MACHINE });
  let answer: string;
  try {
    answer = JSON.stringify(await signUp(noState, form({ name: "Mallory", email, password: "mallory-password-1", next: "/invitations/abc" })));
  } catch (error) {
    if (!(error instanceof RedirectSignal)) throw error;
    answer = error.url;
  }
  return answer.replaceAll(encodeURIComponent(email), "<email>").replaceAll(email, "<email>");
}

describe.each(testBackends)("sign-up on %s", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (testDb) => {
    db = testDb.db;
  });
  useServerEnvironment();

  it("without a mail server (the demo), answers a taken address exactly like a new one, and changes nothing of the taken account", async () => {
    const account = await createAccount(db, owner);
    const before = await snapshotAccounts(db);

    const forTaken = await signUpAnswer(owner.email);
    expect(await snapshotAccounts(db)).toEqual(before);
    const forNew = await signUpAnswer(NEW_ADDRESS);
    expect(forTaken).toBe(forNew);
    // The same next step for both: sign in (a sign-up never signs in, or a new address would be told apart by it).
    expect(forNew).toBe("/sign-in?signedUp=1&email=<email>&next=%2Finvitations%2Fabc");
    expect(await db.session.count()).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { email: NEW_ADDRESS } })).toMatchObject({ name: "Mallory", emailVerified: false });
    // The owner's name and password are untouched; a warning waits in their outbox, which only they can read.
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ name: owner.name });
    expect(await db.outboxMessage.findMany({ select: { to: true, subject: true } })).toEqual([{ to: owner.email, subject: "Someone tried to create a Gridfolio account with your address" }]);
  });

  it("with a mail server, answers both alike too: the new address gets a confirmation link, the taken one's owner a warning", async () => {
    const account = await createAccount(db, owner);
    vi.stubEnv("SMTP_URL", "smtp://mail.example.com:587");
    smtp.sent = [];
    const before = await snapshotAccounts(db);

    const forTaken = await signUpAnswer(owner.email);
    expect(await snapshotAccounts(db)).toEqual(before);
    const forNew = await signUpAnswer(NEW_ADDRESS);
    expect(forTaken).toBe(forNew);
    expect(forNew).toBe("/sign-in?confirm=1&email=<email>&next=%2Finvitations%2Fabc");
    expect(smtp.sent.map((mail) => [mail.to, mail.subject])).toEqual([
      [owner.email, "Someone tried to create a Gridfolio account with your address"],
      [NEW_ADDRESS, "Confirm your email address for Gridfolio"],
    ]);
    expect(smtp.sent[1]!.text).toMatch(/http:\/\/localhost:3000\/sign-up\/verify\?token=[\w.-]+&next=%2Finvitations%2Fabc/);
    expect(await db.session.count()).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id } })).toMatchObject({ name: owner.name, emailVerified: true });
  });
});
