/**
 * What every authenticated /api/v1 route does first, in this order: the client address's limit (before the key is
 * checked, so a guesser gets few tries and each costs a counter, not a key lookup), the key, then the organization's
 * limit. Requests our server cannot place (no peer address, see lib/security/client-address) skip the address's
 * limit; the organization's limit always applies.
 */
import { hitRateLimit } from "../data/rate-limit-counters";
import { clientAddress } from "../security/client-address";
import { authenticateApiKey, type ApiCaller } from "./keys";
import { tooManyRequests, unauthorized } from "./problems";
import { API_PER_CLIENT, API_PER_ORGANIZATION, rateLimitKeys } from "./rate-limits";

export type Admission = { ok: true; caller: ApiCaller } | { ok: false; response: Response };

export async function admitApiRequest(request: Request): Promise<Admission> {
  const address = clientAddress(request.headers);
  if (address) {
    const perClient = await hitRateLimit(rateLimitKeys.apiClient(address), API_PER_CLIENT);
    if (!perClient.allowed) {
      return { ok: false, response: tooManyRequests(`Too many requests from your address: at most ${API_PER_CLIENT.max} a minute.`, perClient.retryAfterSeconds) };
    }
  }
  const caller = await authenticateApiKey(request.headers.get("authorization"));
  if (!caller) return { ok: false, response: unauthorized() };
  const perOrganization = await hitRateLimit(rateLimitKeys.apiOrganization(caller.organizationId), API_PER_ORGANIZATION);
  if (!perOrganization.allowed) {
    return {
      ok: false,
      response: tooManyRequests(`Too many requests for this organization: at most ${API_PER_ORGANIZATION.max} a minute, counting all its keys.`, perOrganization.retryAfterSeconds),
    };
  }
  return { ok: true, caller };
}
