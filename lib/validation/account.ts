import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords";
import { ROLE_LABELS } from "../core/roles/names";
import { safeRedirectPath } from "./safe-redirect";
import { requiredText } from "./fields";

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@company.com." }));

const newPassword = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

/** Where to go after signing in: only a path of this app, never another site (an open redirect). */
export const ZNextPath = z
  .unknown()
  .optional()
  // Never an error: a hidden field nobody can fix, or a URL someone tampered with, just falls back to the default.
  .transform((value) => safeRedirectPath(value));

export const ZSignInForm = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH, "That password is too long."),
  next: ZNextPath,
});

export const ZSignUpForm = z.object({
  name: requiredText("your name", 120),
  email,
  password: newPassword,
  next: ZNextPath,
});

export const ZForgotPasswordForm = z.object({ email });

export const ZResetPasswordForm = z
  .object({
    token: z
      .string({ error: "This reset link is incomplete. Ask for a new one." })
      .min(1, "This reset link is incomplete. Ask for a new one.")
      .max(500)
      .regex(/^[\w-]+$/, "This reset link is damaged. Open it again from the email, or ask for a new one."),
    password: newPassword,
    confirmPassword: z.string({ error: "Type the new password again." }).max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  })
  .refine((form) => form.password === form.confirmPassword, { path: ["confirmPassword"], message: "The two passwords differ." });

export const ZOrganizationForm = z.object({ name: requiredText("the company name", 120) });

/** Owners are made, not invited: an invitation grants admin, designer or viewer. */
export const invitableRoles = ["admin", "designer", "viewer"] as const;

export const ZInviteForm = z.object({
  email,
  role: z.enum(invitableRoles, { error: `Choose a role: ${invitableRoles.map((role) => ROLE_LABELS[role]).join(", ")}.` }),
});
