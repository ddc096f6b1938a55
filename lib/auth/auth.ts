/**
 * better-auth, configured for Gridfolio: email and password accounts, sessions in the database (no cookie
 * cache, so a sign-out or a revoked session takes effect on every app server at once), and the organization
 * plugin with our four roles. Server code calls it through `auth.api`; there is no public /api/auth route, so
 * every credential check goes through our server actions and their database-backed rate limit.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { getDb, type PrismaClient } from "../db/client";
import { sendMail } from "../mail/send";
import { absoluteUrl, resolveAppUrl } from "./app-url";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./limits";
import { invitationMail, passwordResetMail } from "./mails";
import { accessControl, roles } from "./roles";
import { resolveAuthSecret } from "./secret";

export const SESSION_COOKIE_PREFIX = "gridfolio";
const DAY = 60 * 60 * 24;

function createAuth(db: PrismaClient) {
  const appUrl = resolveAppUrl();
  return betterAuth({
    appName: "Gridfolio",
    baseURL: appUrl.origin,
    secret: resolveAuthSecret(),
    database: prismaAdapter(db, { provider: "postgresql" }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        await sendMail(db, passwordResetMail({ to: user.email, name: user.name, link: absoluteUrl(`/reset-password?token=${encodeURIComponent(token)}`) }));
      },
    },
    session: { expiresIn: 7 * DAY, updateAge: DAY, cookieCache: { enabled: false } },
    // auth.api calls bypass better-auth's limiter; ours (lib/auth/rate-limit.ts) guards sign-in in the database.
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
        sendInvitationEmail: async ({ id, email, role, organization: org, inviter }) => {
          await sendMail(db, invitationMail({ to: email, organizationName: org.name, inviterName: inviter.user.name, role, link: absoluteUrl(`/invitations/${id}`) }));
        },
      }),
      // Lets auth.api calls inside server actions set and clear the session cookie.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as typeof globalThis & { __gridfolioAuth?: { db: PrismaClient; auth: Auth } };

/** The auth instance on the process's database (a test's database when a test replaced it). */
export function getAuth(): Auth {
  const db = getDb();
  if (holder.__gridfolioAuth?.db !== db) holder.__gridfolioAuth = { db, auth: createAuth(db) };
  return holder.__gridfolioAuth.auth;
}
