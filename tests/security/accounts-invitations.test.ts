/**
 * Accepting an invitation meant for someone else (issue #14), replayed: only the account whose address the invitation
 * was sent to may accept it (in any letter case), and where mail really leaves (SMTP_URL), only once that account
 * has confirmed the address. Otherwise anyone holding the link could sign up with the invited address and join.
 */
import { describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import InvitationPage from "@/app/invitations/[invitationId]/page";
import { acceptInvitation } from "@/lib/actions/organization/accept-invitation";
import { signIn } from "@/lib/actions/account/sign-in";
import { signUp } from "@/lib/actions/account/sign-up";
import { useTestDatabase } from "../support/test-database";
import { expectRedirect, form, insertPeople, noState, ORG_A, people, testBackends } from "../support/actions";
import { createAccount, renderOrNotFound, requestHeaders, signedInCookie, snapshotAccounts, THIS_MACHINE, useServerEnvironment, type SentMail } from "../support/accounts";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }) }));
const smtp = vi.hoisted(() => ({ sent: [] as SentMail[] }));
vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail: async (mail: SentMail) => void smtp.sent.push(mail) }) }));

const INVITED = "Newcomer@Example.com";

describe.each(testBackends)("accepting an invitation on %s", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (testDb) => {
    db = testDb.db;
  });
  useServerEnvironment();

  /** Organization A invites INVITED as admin (the row better-auth writes; how it gets there is tested in the outbox file). */
  async function arrange() {
    await insertPeople(db);
    smtp.sent = [];
    return db.invitation.create({
      data: { id: "inv-to-newcomer", organizationId: ORG_A, email: INVITED, role: "admin", status: "pending", expiresAt: new Date(Date.now() + 86_400_000), inviterId: people.ownerA.userId },
    });
  }

  async function acceptAs(cookie: string, invitationId: string) {
    request.headers = requestHeaders({ peer: THIS_MACHINE, cookie });
    return acceptInvitation(invitationId, noState, new FormData());
  }

  it("replayed: holding the link, the attacker can accept it neither with their own account nor by signing up with the invited address", async () => {
    const invitation = await arrange();

    // Step 1: with their own account (another address). Nothing is stored, and the page offers no button.
    const attacker = await signedInCookie(db, people.designerB.userId, people.designerB.organizationId);
    const before = await snapshotAccounts(db);
    const answer = await acceptAs(attacker, invitation.id);
    expect(answer).toMatchObject({ ok: false, message: `This invitation was sent to another email address; you are signed in as ${people.designerB.email}.` });
    expect({ ...(await snapshotAccounts(db)), sessions: [] }).toEqual({ ...before, sessions: [] });
    request.headers = requestHeaders({ peer: THIS_MACHINE, cookie: attacker });
    const html = await renderOrNotFound(() => InvitationPage({ params: Promise.resolve({ invitationId: invitation.id }) }));
    expect(html).toContain(`but this invitation is for ${INVITED}`);
    expect(html).not.toContain("Accept invitation");

    // Step 2, on a server with a mail server: they sign up with the invited address (in another letter case).
    vi.stubEnv("SMTP_URL", "smtp://mail.example.com:587");
    request.headers = requestHeaders({ peer: THIS_MACHINE });
    await expectRedirect(signUp(noState, form({ name: "Mallory", email: INVITED.toLowerCase(), password: "mallory-password-1", next: `/invitations/${invitation.id}` })));
    const impostor = await db.user.findUniqueOrThrow({ where: { email: INVITED.toLowerCase() } });
    expect(impostor.emailVerified).toBe(false);
    // The confirmation link went to the address's owner, not to the attacker.
    expect(smtp.sent.map((mail) => [mail.to, mail.subject])).toEqual([[INVITED.toLowerCase(), "Confirm your email address for Gridfolio"]]);

    // Step 3: signing in is refused until the address is confirmed (and a new link goes to the owner again).
    const signedIn = await signIn(noState, form({ email: INVITED, password: "mallory-password-1" }));
    expect(signedIn).toMatchObject({ ok: false, message: expect.stringContaining("Confirm your email address first") });
    expect(await db.session.count({ where: { userId: impostor.id } })).toBe(0);

    // Step 4: even with a session (say, one from before the server had a mail server), accepting is refused.
    const beforeAccept = await snapshotAccounts(db);
    const refused = await acceptAs(await signedInCookie(db, impostor.id), invitation.id);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("Confirm your email address") });
    const afterAccept = await snapshotAccounts(db);
    expect(afterAccept.members).toEqual(beforeAccept.members);
    expect(afterAccept.invitations).toEqual(beforeAccept.invitations);

    // The owner of the address, once confirmed, joins: the positive control.
    await db.user.update({ where: { id: impostor.id }, data: { emailVerified: true } });
    await expectRedirect(acceptAs(await signedInCookie(db, impostor.id), invitation.id));
    expect(await db.member.findFirst({ where: { userId: impostor.id, organizationId: ORG_A } })).toMatchObject({ role: "admin" });
  });

  it("without a mail server (the demo), is accepted by the account with the invited address in any letter case", async () => {
    const invitation = await arrange();
    const invitee = await createAccount(db, { name: "Newcomer", email: INVITED.toLowerCase(), password: "newcomer-password-1", emailVerified: false });
    await expectRedirect(acceptAs(await signedInCookie(db, invitee.id), invitation.id));
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "accepted" });
  });
});
