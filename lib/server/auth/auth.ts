/**
 * better-auth, configured for Gridfolio: email and password accounts, sessions in the database (no cookie
 * cache, so a sign-out or a revoked session takes effect on every app server at once), and the organization
 * plugin with our four roles. Server code calls it through `auth.api`; there is no public /api/auth route, so
 * every credential check goes through our server actions and their database-backed rate limit.
 *
 * Email addresses are proven only where mail really leaves: with a mail server (SMTP_URL), a new account must
 * confirm its address before it can sign in or accept an invitation. Without one (the demo) there is nothing to
 * confirm with, so a new account works at once; the outbox then never shows an invitation to whoever signed up with
 * the invited address, only to the inviting organization's owners and admins (lib/mail/outbox.ts).
 */
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { authAdapter, type AuthAdapter } from "../data/auth-store";
import { mailTransport, sendMail } from "../mail/send";
import { absoluteUrl, resolveAppUrl } from "./app-url";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../validation/passwords";
import { existingAccountMail, invitationMail, passwordResetMail, verifyEmailMail } from "./mails";
import { accessControl, roles } from "./roles";
import { resolveAuthSecret } from "./secret";

export const SESSION_COOKIE_PREFIX = "gridfolio";
const DAY = 60 * 60 * 24;

/** The page an address confirmation opens, with where to go afterwards (the sign-up's `next`), if anywhere. */
function verifyEmailLink(token: string, betterAuthUrl: string): string {
  const next = new URL(betterAuthUrl).searchParams.get("callbackURL");
  const query = new URLSearchParams({ token });
  if (next && next !== "/") query.set("next", next);
  return absoluteUrl(`/sign-up/verify?${query.toString()}`);
}

function createAuth(adapter: AuthAdapter) {
  const appUrl = resolveAppUrl();
  const proveAddresses = mailTransport() === "smtp";
  return betterAuth({
    appName: "Gridfolio",
    baseURL: appUrl.origin,
    secret: resolveAuthSecret(),
    database: adapter,
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      // Sign-up never signs in: only then can it answer an address that already has an account exactly as it
      // answers a new one (better-auth then answers both alike and calls onExistingUserSignUp).
      autoSignIn: false,
      requireEmailVerification: proveAddresses,
      onExistingUserSignUp: async ({ user }) => {
        await sendMail(existingAccountMail({ to: user.email, name: user.name, signInLink: absoluteUrl("/sign-in"), resetLink: absoluteUrl("/forgot-password") }));
      },
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await sendMail(passwordResetMail({ to: user.email, name: user.name, link: absoluteUrl(`/reset-password?token=${encodeURIComponent(token)}`) }));
      },
    },
    emailVerification: {
      sendOnSignUp: proveAddresses,
      // An unconfirmed account that signs in with the right password gets a fresh link (the first may be lost).
      sendOnSignIn: proveAddresses,
      autoSignInAfterVerification: false,
      expiresIn: DAY,
      sendVerificationEmail: async ({ user, token, url }) => {
        await sendMail(verifyEmailMail({ to: user.email, name: user.name, link: verifyEmailLink(token, url) }));
      },
    },
    session: { expiresIn: 7 * DAY, updateAge: DAY, cookieCache: { enabled: false } },
    // auth.api calls bypass better-auth's limiter; ours (lib/auth/rate-limit.ts) guards sign-in, sign-up and reset requests in the database.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: appUrl.protocol === "https:",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles,
        creatorRole: "owner",
        invitationExpiresIn: 7 * DAY,
        cancelPendingInvitationsOnReInvite: true,
        // With a mail server, the invitee proves the address by confirming it; lib/actions/organization/accept-invitation.ts checks the same first.
        requireEmailVerificationOnInvitation: proveAddresses,
        sendInvitationEmail: async ({ id, email, role, organization: org, inviter }) => {
          await sendMail({
            ...invitationMail({ to: email, organizationName: org.name, inviterName: inviter.user.name, role, link: absoluteUrl(`/invitations/${id}`) }),
            organizationId: org.id,
          });
        },
      }),
      // Lets auth.api calls inside server actions set and clear the session cookie.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { __gridfolioAuth?: { adapter: AuthAdapter; transport: string; auth: Auth } };

/**
 * The auth instance on the process's database (a test's database when a test replaced it), made again when the
 * mail transport changes (a test setting SMTP_URL), since whether addresses must be confirmed depends on it.
 */
export function getAuth(): Auth {
  const adapter = authAdapter();
  const transport = mailTransport();
  if (holder.__gridfolioAuth?.adapter !== adapter || holder.__gridfolioAuth.transport !== transport) holder.__gridfolioAuth = { adapter, transport, auth: createAuth(adapter) };
  return holder.__gridfolioAuth.auth;
}
