import type { Mail } from "./send";

/** To the installer who finalized a version, when the customer accepts it through their link. */
export function acceptedProposalMail(input: { to: string; installerName: string; customerName: string; optionName: string; number: number; link: string }): Mail {
  return {
    to: input.to,
    subject: `${input.customerName} accepted your proposal “${input.optionName}”`,
    text: [
      `Hello ${input.installerName},`,
      "",
      `${input.customerName} accepted version ${input.number} of the proposal “${input.optionName}” through their customer link.`,
      "The signed version, with its acceptance certificate, is here:",
      input.link,
      "",
      "The customer was told you will contact them about the next steps.",
    ].join("\n"),
  };
}
