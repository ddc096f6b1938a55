import { z } from "zod";
import { optionalText, requiredText } from "./fields";

/**
 * Hosts that may receive deliveries over plain http: the developer's own machine, where a local receiver (the test
 * suites', the browser tests', `npx some-webhook-inspector`) has no TLS certificate and the request never leaves the
 * computer. Everywhere else a delivery carries the organization's events across the internet: https only.
 */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const httpsOnly = "Use an https:// address: plain http is accepted only for localhost and 127.0.0.1 (a receiver on your own computer).";

/**
 * The endpoint's address, as typed; returned normalized (URL's own spelling: 0x7f000001 and 127.1 become 127.0.0.1).
 * This checks the form only, in the browser too. Where the address leads is checked on the server when the
 * destination is added (lib/webhooks/destination-address.ts): it needs the DNS and the server's settings.
 */
export function webhookUrl() {
  return requiredText("the endpoint URL", 2000).transform((text, ctx) => {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      ctx.addIssue({ code: "custom", message: "Enter a full address, starting with https://." });
      return z.NEVER;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      ctx.addIssue({ code: "custom", message: "Enter a full address, starting with https://." });
      return z.NEVER;
    }
    if (url.protocol === "http:" && !LOCAL_HOSTS.has(url.hostname)) {
      ctx.addIssue({ code: "custom", message: httpsOnly });
      return z.NEVER;
    }
    // The address is shown in the list and the log; a password in it would be shown too. The signature header is
    // what proves the request came from Gridfolio.
    if (url.username || url.password) {
      ctx.addIssue({ code: "custom", message: "Leave the user name and password out of the address: the signature header proves who sent the request." });
      return z.NEVER;
    }
    return url.href;
  });
}

/** The server's answers about where an address leads (a field error on the URL). */
export const destinationAddressMessages = {
  "not-public":
    "Use the address of a server on the public internet: Gridfolio does not send events to this computer, to private networks (10.x, 172.16–31.x, 192.168.x) or to other reserved addresses.",
  "not-found": "That host name was not found. Check its spelling; if its DNS record is new, try again in a few minutes.",
} as const;

export const ZWebhookDestinationForm = z.object({
  url: webhookUrl(),
  description: optionalText("the description", 200),
});
export type TWebhookDestinationForm = z.infer<typeof ZWebhookDestinationForm>;
