/**
 * The account takeover through the outbox (issue #14), replayed. Without a mail server, reset and invitation links
 * are stored in the outbox; the attack was: ask for someone's password reset, read the link at /outbox, choose a new
 * password, sign in as them (or read an invitation meant for someone else and accept it). Now the outbox exists only
 * for a request from this machine and only without a mail server, and shows a signed-in member only their own mail
 * and, to those who may invite, their organization's invitations (lib/mail/outbox.ts).
 */
import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import OutboxPage from "@/app/outbox/page";
import { requestPasswordReset } from "@/lib/actions/account/request-password-reset";
import { resetPassword } from "@/lib/actions/account/reset-password";
import { inviteMember } from "@/lib/actions/organization/invite-member";
import { getAuth } from "@/lib/server/auth/auth";
import { useTestDatabase } from "../support/test-database";
import { form, insertPeople, noState, ORG_A, people, testBackends } from "../support/actions";
import {
  createAccount,
  ELSEWHERE,
  renderOrNotFound,
  requestHeaders,
  signedInCookie,
  snapshotAccounts,
  THIS_MACHINE,
  useServerEnvironment,
  type SentMail,
} from "../support/accounts";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));
const smtp = vi.hoisted(() => ({ sent: [] as SentMail[] }));
vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail: async (mail: SentMail) => void smtp.sent.push(mail) }) }));

const victim = { name: "Dana Whitfield", email: "dana@a.test", password: "dana-own-password-1" };
const RESET_LINK = /\/reset-password\?token=[\w-]+/;

/** The outbox page as `cookie` sees it from `peer`: its HTML, or null for a 404. */
async function outboxAs(cookie: string | null, peer: string | undefined = THIS_MACHINE, extra: Record<string, string> = {}): Promise<string | null> {
  request.headers = requestHeaders({ peer, cookie, extra });
  return renderOrNotFound(OutboxPage);
}

describe.each(testBackends)("the outbox on %s", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (testDb) => {
    db = testDb.db;
  });
  useServerEnvironment();

  /** Organizations A and B with their people (no passwords), and the victim: an owner of A with a password. */
  async function arrange() {
    await insertPeople(db);
    const account = await createAccount(db, victim);
    await db.member.create({ data: { id: "member-victim", organizationId: ORG_A, userId: account.id, role: "owner" } });
    smtp.sent = [];
    return account;
  }

  /** Step 1 of the attack: anyone asks for the victim's reset link. The mail is stored, as the demo needs. */
  async function askForVictimsReset(cookie: string | null) {
    request.headers = requestHeaders({ peer: THIS_MACHINE, cookie });
    const answer = await requestPasswordReset(noState, form({ email: victim.email }));
    expect(answer.ok).toBe(true);
    const [mail] = await db.outboxMessage.findMany({ where: { to: victim.email } });
    expect(mail?.text).toMatch(RESET_LINK);
    return mail!;
  }

  it("shows a signed-in person who has no organization yet their own mail, and nobody else's", async () => {
    await insertPeople(db);
    const newcomer = await createAccount(db, { name: "Riley Newcomer", email: "riley@new.test", password: "riley-own-password-1" });
    await createAccount(db, victim);
    for (const email of [newcomer.email, victim.email]) {
      request.headers = requestHeaders({ peer: THIS_MACHINE });
      expect((await requestPasswordReset(noState, form({ email }))).ok).toBe(true);
    }
    const html = await outboxAs(await signedInCookie(db, newcomer.id));
    expect(html).toContain("To riley@new.test");
    expect(html).toMatch(RESET_LINK);
    expect(html).not.toContain(victim.email);
  });

  it("does not show someone's reset link to another signed-in person, even on this machine, so their password stays theirs", async () => {
    const account = await arrange();
    const attacker = await signedInCookie(db, people.designerB.userId, people.designerB.organizationId);
    await askForVictimsReset(attacker);
    const before = await snapshotAccounts(db);

    // Step 2: read the link at /outbox. A member of another organization, and an admin of the victim's own one, see
    // the page (they are members, on this machine) but not the victim's mail.
    for (const reader of [attacker, await signedInCookie(db, people.adminA.userId, ORG_A)]) {
      const html = await outboxAs(reader);
      expect(html).not.toBeNull();
      expect(html).not.toContain(victim.email);
      expect(html).not.toMatch(RESET_LINK);
    }
    // Signed out, on this machine: no page at all.
    expect(await outboxAs(null)).toBeNull();

    // Step 3: without the link, a new password cannot be set.
    request.headers = requestHeaders({ peer: THIS_MACHINE, cookie: attacker });
    const reset = await resetPassword(noState, form({ token: "guessed-reset-token", password: "attacker-password-1", confirmPassword: "attacker-password-1" }));
    expect(reset.ok).toBe(false);

    // Step 4: the victim's password still signs in, and the attacker's does not; no row changed but the sessions made above.
    const after = await snapshotAccounts(db);
    expect({ ...after, sessions: [] }).toEqual({ ...before, sessions: [] });
    await expect(getAuth().api.signInEmail({ body: { email: victim.email, password: "attacker-password-1" } })).rejects.toThrow();
    expect((await getAuth().api.signInEmail({ body: { email: victim.email, password: victim.password } })).user.id).toBe(account.id);

    // The positive control: the victim, signed in on this machine, reads their own mail (the demo still works).
    expect(await outboxAs(await signedInCookie(db, account.id, ORG_A))).toMatch(RESET_LINK);
  });

  it("exists only for a request from this machine and only without a mail server, even for the mail's own addressee", async () => {
    const account = await arrange();
    await askForVictimsReset(null);
    const own = await signedInCookie(db, account.id, ORG_A);
    expect(await outboxAs(own)).toMatch(RESET_LINK);

    // From another machine.
    expect(await outboxAs(own, ELSEWHERE)).toBeNull();
    // From another machine claiming to be this one: X-Forwarded-For is not believed without TRUST_PROXY.
    expect(await outboxAs(own, ELSEWHERE, { "x-forwarded-for": THIS_MACHINE })).toBeNull();
    // Behind a proxy on this machine that we trust (TRUST_PROXY=1), for a client elsewhere.
    vi.stubEnv("TRUST_PROXY", "1");
    expect(await outboxAs(own, THIS_MACHINE, { "x-forwarded-for": ELSEWHERE })).toBeNull();
    vi.stubEnv("TRUST_PROXY", "");
    // Under a server that does not report its peer (a bare `next start`), a client's own peer header proves nothing.
    vi.stubEnv("GRIDFOLIO_PEER_HEADER", "");
    expect(await outboxAs(own, THIS_MACHINE)).toBeNull();
    vi.stubEnv("GRIDFOLIO_PEER_HEADER", "1");
    // With a mail server: the page is gone, and a new reset request stores nothing (the mail leaves).
    vi.stubEnv("SMTP_URL", "smtp://mail.example.com:587");
    expect(await outboxAs(own)).toBeNull();
    const stored = await db.outboxMessage.count();
    request.headers = requestHeaders({ peer: THIS_MACHINE });
    expect((await requestPasswordReset(noState, form({ email: victim.email }))).ok).toBe(true);
    expect(await db.outboxMessage.count()).toBe(stored);
    expect(smtp.sent.map((mail) => mail.to)).toEqual([victim.email]);
  });

  it("shows an invitation only to those who may invite in its organization, never to whoever signs up with the invited address", async () => {
    await arrange();
    const owner = await signedInCookie(db, people.ownerA.userId, ORG_A);
    request.headers = requestHeaders({ peer: THIS_MACHINE, cookie: owner });
    const invited = await inviteMember(noState, form({ email: "newcomer@example.com", role: "admin" }));
    expect(invited).toMatchObject({ ok: true, message: expect.stringContaining("The email is in the outbox") });
    const invitation = await db.invitation.findFirstOrThrow({ where: { email: "newcomer@example.com" } });
    const link = `/invitations/${invitation.id}`;

    // The owner and A's admin hand the link over.
    expect(await outboxAs(owner)).toContain(link);
    expect(await outboxAs(await signedInCookie(db, people.adminA.userId, ORG_A))).toContain(link);
    // A's designer and viewer (who may not invite: an admin invitation would promote them), and B's designer: no.
    for (const key of ["designerA", "viewerA", "designerB"] as const) {
      const html = await outboxAs(await signedInCookie(db, people[key].userId, people[key].organizationId));
      expect(html, key).not.toBeNull();
      expect(html, key).not.toContain(link);
    }
    // Someone who signs up with the invited address (the demo proves no address) does not get the link either.
    const impostor = await createAccount(db, { name: "Not The Newcomer", email: "newcomer@example.com", password: "impostor-password-1", emailVerified: false });
    const withoutOrganization = await outboxAs(await signedInCookie(db, impostor.id));
    expect(withoutOrganization).not.toBeNull();
    expect(withoutOrganization).not.toContain(link);
    const member = await db.member.create({ data: { id: "member-impostor", organizationId: "org-b", userId: impostor.id, role: "viewer" } });
    const html = await outboxAs(await signedInCookie(db, impostor.id, member.organizationId));
    expect(html).not.toBeNull();
    expect(html).not.toContain(link);
  });
});
