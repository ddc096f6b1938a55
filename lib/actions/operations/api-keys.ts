"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { generateApiKey } from "../../server/api/keys";
import { API_KEY_CREATION, rateLimitKeys } from "../../server/api/rate-limits";
import { describeRetryAfter } from "../../server/auth/rate-limit";
import { addApiKey, markApiKeyRevoked } from "../../server/data/api-keys";
import { hitRateLimit } from "../../server/data/rate-limit-counters";
import { requiredText } from "../../validation/fields";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, type ActionState } from "../state";

export type ApiKeyCreated = ActionState & { key?: string };

const ZApiKeyForm = z.object({ name: requiredText("a name for the key", 80) });

/**
 * A new key for the REST API, shown once: only the hash of its secret is stored. Owners and admins only, and a few an hour
 * per organization (lib/server/api/rate-limits; a form with errors does not count).
 */
export async function createApiKey(_previous: ApiKeyCreated, formData: FormData): Promise<ApiKeyCreated> {
  return runAction("createApiKey", async () => {
    const access = await authorize("organization", "update");
    const { name } = parseForm(ZApiKeyForm, requireForm(formData), "No key was created: check its name.");
    const generated = generateApiKey();
    const limit = await hitRateLimit(rateLimitKeys.apiKeyCreation(access.organizationId), API_KEY_CREATION);
    if (!limit.allowed) {
      return failed(`No key was created: an organization can create at most ${API_KEY_CREATION.max} keys an hour. Wait ${describeRetryAfter(limit.retryAfterSeconds)} and try again.`);
    }
    await addApiKey(access, { name, prefix: generated.prefix, secretHash: generated.secretHash });
    revalidatePath("/organization");
    return { ok: true, message: "Key created. Copy it now: it is not shown again.", fieldErrors: {}, key: generated.key };
  });
}

/** Revokes a key of the organization at once; requests with it get 401 from then on. */
export async function revokeApiKey(keyIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("revokeApiKey", async () => {
    // The form first, then who asks: a call that is not a click on the button costs no query.
    requireForm(formData);
    const access = await authorize("organization", "update");
    const { keyId } = requireIds({ keyId: keyIdArg }, "That key does not exist.");
    if (!(await markApiKeyRevoked(access.organizationId, keyId))) return failed("That key was already revoked or does not exist.");
    revalidatePath("/organization");
    return { ok: true, message: "Key revoked.", fieldErrors: {} };
  });
}
