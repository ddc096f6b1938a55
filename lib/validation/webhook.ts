import { z } from "zod";
import { optionalText, requiredText } from "./fields";

/**
 * Hosts that may receive deliveries over plain http: the developer's own machine, where a local receiver (the test
 * suites', the browser tests', `npx some-webhook-inspector`) has no TLS certificate and the request never leaves the
 * computer. Everywhere else a delivery carries the organization's events across the internet: https only.
 */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

const httpsOnly = "Use an https:// address: plain http is accepted only for localhost and 127.0.0.1 (a receiver on your own computer).";

/** The endpoint's address, as typed; returned normalized (URL's own spelling). */
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

export const ZWebhookDestinationForm = z.object({
  url: webhookUrl(),
  description: optionalText("the description", 200),
});
export type TWebhookDestinationForm = z.infer<typeof ZWebhookDestinationForm>;
