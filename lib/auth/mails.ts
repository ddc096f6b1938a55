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
