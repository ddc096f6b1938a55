"use server";

import { revalidatePath } from "next/cache";
import { generateApiKey } from "../../server/api/keys";
import { API_KEY_CREATION, rateLimitKeys } from "../../server/api/rate-limits";
import { describeRetryAfter, hitRateLimit } from "../../server/auth/rate-limit";
import { getDb } from "../../server/db/client";
import { describeWriteFailure } from "../../server/data/errors";
import { fieldErrorsOf, readForm, requiredText } from "../../validation/fields";
import { z } from "zod";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, type ActionState } from "../state";

export type ApiKeyCreated = ActionState & { key?: string };

const ZApiKeyForm = z.object({ name: requiredText("a name for the key", 80) });

/**
 * A new key for the REST API, shown once: only the hash of its secret is stored. Owners and admins only, and a few an hour
 * per organization (lib/api/rate-limits; a form with errors does not count).
 */
export async function createApiKey(_previous: ApiKeyCreated, formData: FormData): Promise<ApiKeyCreated> {
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZApiKeyForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "No key was created: check its name.");
  const generated = generateApiKey();
  try {
    const limit = await hitRateLimit(getDb(), rateLimitKeys.apiKeyCreation(allowed.access.organizationId), API_KEY_CREATION);
    if (!limit.allowed) {
      return failed(`No key was created: an organization can create at most ${API_KEY_CREATION.max} keys an hour. Wait ${describeRetryAfter(limit.retryAfterSeconds)} and try again.`);
    }
    await getDb().apiKey.create({
      data: { organizationId: allowed.access.organizationId, name: parsed.data.name, prefix: generated.prefix, secretHash: generated.secretHash, createdByName: allowed.access.userName },
    });
  } catch (error) {
    console.error("createApiKey failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return { ok: true, message: "Key created. Copy it now: it is not shown again.", fieldErrors: {}, key: generated.key };
}

/** Revokes a key of the organization at once; requests with it get 401 from then on. */
export async function revokeApiKey(keyIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!readForm(formData)) return failed(unreadableFormMessage);
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const keyId = parseId(keyIdArg);
  if (!keyId) return failed("That key does not exist.");
  try {
    const { count } = await getDb().apiKey.updateMany({ where: { id: keyId, organizationId: allowed.access.organizationId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return failed("That key was already revoked or does not exist.");
  } catch (error) {
    console.error("revokeApiKey failed", error);
    return failed(describeWriteFailure(error));
  }
  revalidatePath("/organization");
  return { ok: true, message: "Key revoked.", fieldErrors: {} };
}
