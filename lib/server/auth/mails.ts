import type { Mail } from "../mail/send";
import { ROLE_LABELS, isRole } from "./roles";

export function passwordResetMail({ to, name, link }: { to: string; name: string; link: string }): Mail {
  return {
    to,
    subject: "Reset your Gridfolio password",
    text: [
      `Hello ${name},`,
      "",
      "Someone asked to reset the password of your Gridfolio account. To choose a new one, open this link within an hour:",
      link,
      "",
      "If it was not you, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}

export function invitationMail(input: { to: string; organizationName: string; inviterName: string; role: string; link: string }): Mail {
  const role = isRole(input.role) ? ROLE_LABELS[input.role].toLowerCase() : input.role;
  return {
    to: input.to,
    subject: `${input.inviterName} invited you to ${input.organizationName} on Gridfolio`,
    text: [
      "Hello,",
      "",
      `${input.inviterName} invited you to join ${input.organizationName} on Gridfolio as a ${role}. To accept, open this link within seven days:`,
      input.link,
      "",
      "If you do not have a Gridfolio account yet, you can create one from that page with this email address.",
    ].join("\n"),
  };
}

export function verifyEmailMail({ to, name, link }: { to: string; name: string; link: string }): Mail {
  return {
    to,
    subject: "Confirm your email address for Gridfolio",
    text: [
      `Hello ${name},`,
      "",
      "To finish creating your Gridfolio account, confirm that this address is yours by opening this link within a day:",
      link,
      "",
      "If you did not create an account, ignore this message: without the confirmation nobody can sign in with this address.",
    ].join("\n"),
  };
}

/** Sent instead of a confirmation when someone signs up with an address that already has an account. */
export function existingAccountMail({ to, name, signInLink, resetLink }: { to: string; name: string; signInLink: string; resetLink: string }): Mail {
  return {
    to,
    subject: "Someone tried to create a Gridfolio account with your address",
    text: [
      `Hello ${name},`,
      "",
      "Someone tried to create a new Gridfolio account with this email address, which already has one. Nothing was changed.",
      "",
      "If it was you, sign in with your existing account:",
      signInLink,
      "Forgot its password? Choose a new one here:",
      resetLink,
      "",
      "If it was not you, ignore this message: your account and password stay as they are.",
    ].join("\n"),
  };
}
